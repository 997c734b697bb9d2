package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class ListingsIT {

  @Test
  void staffListsAnItemOnAPlatformAndEditsTheListing(Api api, ResellServer server) {
    String lot = Listings.item(api, "20.00", 1);
    Response created =
        api.as("staff")
            .body(
                Map.of(
                    "platform", "ebay",
                    "status", "active",
                    "list_price", new BigDecimal("49.99"),
                    "listing_title", "Walnut side table, 1920s",
                    "listing_url", "https://www.ebay.com/itm/1234",
                    "external_id", "1234",
                    "views", 3,
                    "metadata", Map.of("promoted", true, "rate", 2)))
            .post(Listings.ITEMS + "/" + lot + "/listings");
    created.then().statusCode(201).header("ETag", "\"1\"");
    JsonPath listing = Listings.json(created);
    String id = listing.getString("id");
    assertThat(created.header("Location")).endsWith("/api/v1/listings/" + id);
    assertThat(listing.getString("lot_id")).isEqualTo(lot);
    assertThat(listing.getString("status")).isEqualTo("active");
    assertThat(Listings.money(listing, "list_price")).isEqualByComparingTo("49.99");
    assertThat(listing.getString("listed_date")).isNotBlank();
    assertThat(listing.getBoolean("needs_delist")).isFalse();
    assertThat(listing.getBoolean("metadata.promoted")).isTrue();
    assertThat(listing.getInt("views")).isEqualTo(3);

    api.as("viewer")
        .get(Listings.LISTINGS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("listing_title", equalTo("Walnut side table, 1920s"));
    api.as("viewer")
        .get(Listings.ITEMS + "/" + lot + "/listings")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of(id)));

    // merge patch: only what is sent changes; metadata merges key by key, null removes a key
    Response patched =
        api.as("staff")
            .contentType("application/merge-patch+json")
            .body(
                "{\"list_price\": 44.00, \"reason\": \"no bids in two weeks\","
                    + " \"metadata\": {\"rate\": null, \"note\": \"relist in spring\"}}")
            .patch(Listings.LISTINGS + "/" + id);
    patched.then().statusCode(200).header("ETag", "\"2\"");
    JsonPath after = Listings.json(patched);
    assertThat(Listings.money(after, "list_price")).isEqualByComparingTo("44.00");
    assertThat(after.getString("listing_title")).isEqualTo("Walnut side table, 1920s");
    assertThat(after.getMap("metadata")).containsOnlyKeys("promoted", "note");

    // full replacement: fields left out take their defaults, the status stays
    api.as("staff")
        .header("If-Match", "\"2\"")
        .body(Map.of("list_price", new BigDecimal("39.00"), "views", 10))
        .put(Listings.LISTINGS + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("status", equalTo("active"))
        .body("listing_title", nullValue())
        .body("views", equalTo(10))
        .body("list_price", equalTo(39.0f));

    List<Map<String, Object>> prices =
        server
            .database()
            .rows(
                "SELECT CAST(old_price AS text) AS old, CAST(new_price AS text) AS new, reason,"
                    + " CAST(platform AS text) AS platform, changed_by FROM price_history"
                    + " WHERE listing_id = ? AND price_type = 'list_price' ORDER BY changed_at, new",
                UUID.fromString(id));
    assertThat(prices).hasSize(3);
    assertThat(prices.get(0)).containsEntry("new", "49.99").containsEntry("reason", "manual edit");
    assertThat(prices.get(0).get("old")).isNull();
    assertThat(prices.get(1))
        .containsEntry("old", "49.99")
        .containsEntry("new", "44.00")
        .containsEntry("reason", "no bids in two weeks")
        .containsEntry("platform", "ebay");
    assertThat(prices.get(1).get("changed_by")).isNotNull();
    assertThat(prices.get(2)).containsEntry("old", "44.00").containsEntry("new", "39.00");

    List<Map<String, Object>> audit =
        server
            .database()
            .rows(
                "SELECT action_type FROM activity_logs WHERE entity_type = 'listing' AND entity_id = ?"
                    + " ORDER BY created_at",
                UUID.fromString(id));
    assertThat(audit)
        .extracting(r -> r.get("action_type"))
        .containsExactly("listing_create", "listing_patch", "listing_update");

    api.as("viewer")
        .get(Listings.ITEMS + "/" + lot)
        .then()
        .statusCode(200)
        .body("listings[0].id", equalTo(id))
        .body("listings[0].needs_delist", equalTo(false))
        .body("inventory.days_listed", equalTo(0))
        .body("activity_log.entity_type", hasItem("listing"));

    api.as("staff").delete(Listings.LISTINGS + "/" + id).then().statusCode(204);
    api.as("viewer").get(Listings.LISTINGS + "/" + id).then().statusCode(404);
  }

  /** RFC 6902 on a listing: the same rules as a merge patch, a failed test is 409. */
  @Test
  void aJsonPatchEditsAListingUnderTheMergePatchRules(Api api) {
    String lot = Listings.item(api, "20.00", 1);
    String id = Listings.listing(api, lot, "etsy", "active");
    String url = Listings.LISTINGS + "/" + id;
    String reprice =
        "[{\"op\": \"test\", \"path\": \"/list_price\", \"value\": 25},"
            + " {\"op\": \"replace\", \"path\": \"/list_price\", \"value\": 22.50},"
            + " {\"op\": \"add\", \"path\": \"/metadata/shop_section\", \"value\": \"tables\"}";

    api.as("staff")
        .contentType("application/json-patch+json")
        .body(reprice + ", {\"op\": \"replace\", \"path\": \"/sold_price\", \"value\": 1}]")
        .patch(url)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("patch[3].path"));
    api.as("staff")
        .contentType("application/json-patch+json")
        .body("[{\"op\": \"test\", \"path\": \"/list_price\", \"value\": 99}]")
        .patch(url)
        .then()
        .statusCode(409);

    JsonPath after =
        Listings.json(
            api.as("staff")
                .header("If-Match", "\"1\"")
                .contentType("application/json-patch+json")
                .body(reprice + "]")
                .patch(url));
    assertThat(Listings.money(after, "list_price")).isEqualByComparingTo("22.50");
    assertThat(after.getString("metadata.shop_section")).isEqualTo("tables");
    assertThat(after.getString("platform")).isEqualTo("etsy");
    assertThat(after.getLong("version")).isEqualTo(2);
  }

  @Test
  void aPriceLeftAloneWritesNoPriceHistory(Api api, ResellServer server) {
    String lot = Listings.item(api, "5.00", 1);
    String id = Listings.listing(api, lot, "etsy", "draft");
    Listings.patch(api, id, Map.of("listing_title", "Same price")).then().statusCode(200);
    assertThat(
            server
                .database()
                .rows(
                    "SELECT 1 FROM price_history WHERE listing_id = ? AND price_type = 'list_price'",
                    UUID.fromString(id)))
        .hasSize(1);
  }

  @Test
  void aSecondListingOnThePlatformIsAConflictNamingTheFirst(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String first = Listings.listing(api, lot, "mercari", "draft");
    api.as("staff")
        .body(Map.of("platform", "mercari"))
        .post(Listings.ITEMS + "/" + lot + "/listings")
        .then()
        .statusCode(409)
        .body("related.existing_listing", equalTo(first))
        .body("detail", containsString(first));
    // another platform is fine
    Listings.listing(api, lot, "poshmark", "draft");
  }

  @Test
  void statusChangesFollowTheLifecycleAndStampTheirDates(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String id = Listings.listing(api, lot, "depop", "not_listed");
    Listings.patch(api, id, Map.of("status", "expired"))
        .then()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("allowed", equalTo(List.of("draft", "active", "scheduled", "cancelled")))
        .body("detail", containsString("not_listed to expired"));
    Listings.patch(api, id, Map.of("status", "scheduled"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scheduled_date"));
    Listings.patch(api, id, Map.of("status", "scheduled", "scheduled_date", "2030-02-01"))
        .then()
        .statusCode(200)
        .body("scheduled_date", containsString("2030-02-01T00:00"));
    Listings.patch(api, id, Map.of("status", "active"))
        .then()
        .statusCode(200)
        .body("listed_date", notNullValue());
    Listings.patch(api, id, Map.of("status", "sold"))
        .then()
        .statusCode(409)
        .body("detail", containsString("Record a sale"))
        .body("allowed", equalTo(List.of("expired", "cancelled", "pending")));
    Listings.patch(api, id, Map.of("status", "pending")).then().statusCode(200);
    Listings.patch(api, id, Map.of("status", "active")).then().statusCode(200);
    Listings.patch(api, id, Map.of("status", "expired"))
        .then()
        .statusCode(200)
        .body("expired_date", notNullValue())
        .body("ended_date", notNullValue());
    Listings.patch(api, id, Map.of("status", "active"))
        .then()
        .statusCode(200)
        .body("expired_date", nullValue())
        .body("ended_date", nullValue());
    Listings.patch(api, id, Map.of("status", "cancelled"))
        .then()
        .statusCode(200)
        .body("ended_date", notNullValue());
    api.as("staff")
        .body(Map.of("platform", "whatnot", "status", "sold"))
        .post(Listings.ITEMS + "/" + lot + "/listings")
        .then()
        .statusCode(409)
        .body("detail", containsString("Record a sale"));
  }

  @Test
  void staleVersionsAreRefused(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String id = Listings.listing(api, lot, "chairish", "draft");
    String url = Listings.LISTINGS + "/" + id;
    api.as("staff").body(Map.of("views", 1)).put(url).then().statusCode(428);
    api.as("staff").body(Map.of("views", 1, "version", 7)).put(url).then().statusCode(409);
    api.as("staff")
        .header("If-Match", "\"7\"")
        .body(Map.of("views", 1))
        .put(url)
        .then()
        .statusCode(412);
    api.as("staff")
        .header("If-Match", "\"7\"")
        .contentType("application/merge-patch+json")
        .body(Map.of("views", 1))
        .patch(url)
        .then()
        .statusCode(412);
    Listings.patch(api, id, Map.of("views", 1, "version", 9)).then().statusCode(409);
    api.as("staff").body(Map.of("views", 2, "version", 1)).put(url).then().statusCode(200);
  }

  @Test
  void wrongValuesAreBadRequestsNamingTheField(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String create = Listings.ITEMS + "/" + lot + "/listings";
    badCreate(api, create, Map.of("platform", "myspace"), "platform", "ebay, etsy, facebook");
    badCreate(api, create, Map.of("status", "active"), "platform", "ebay");
    badCreate(api, create, Map.of("platform", "ebay", "status", "live"), "status", "not_listed");
    badCreate(api, create, Map.of("platform", "ebay", "list_price", -1), "list_price", "negative");
    badCreate(api, create, Map.of("platform", "ebay", "list_price", 0), "list_price", "more than");
    badCreate(
        api, create, Map.of("platform", "ebay", "list_price", 1.005), "list_price", "decimals");
    badCreate(
        api, create, Map.of("platform", "ebay", "list_price", "cheap"), "list_price", "amount");
    badCreate(api, create, Map.of("platform", "ebay", "views", -3), "views", "at least 0");
    badCreate(api, create, Map.of("platform", "ebay", "watchers", 1.5), "watchers", "whole");
    badCreate(
        api,
        create,
        Map.of("platform", "ebay", "listing_url", "ebay.com/x"),
        "listing_url",
        "http");
    badCreate(
        api, create, Map.of("platform", "ebay", "metadata", List.of(1)), "metadata", "object");
    badCreate(
        api,
        create,
        Map.of("platform", "ebay", "scheduled_date", "next week"),
        "scheduled_date",
        "ISO-8601");
    badCreate(api, create, Map.of("platform", "other"), "platform_name", "required");
    badCreate(api, create, Map.of("platform", "ebay", "list_prise", 3), "list_prise", "list_price");
    api.as("staff")
        .body("[1, 2]")
        .post(create)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));

    String id = Listings.listing(api, lot, "ebay", "draft");
    Listings.patch(api, id, Map.of("needs_delist", false))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("needs_delist"));
    Listings.patch(api, id, Map.of("platform", "etsy"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("platform"));
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body("{\"status\": null}")
        .patch(Listings.LISTINGS + "/" + id)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("not_listed, draft"));

    query(api, "platform", "myspace", "ebay, etsy");
    query(api, "status", "gone", "not_listed");
    query(api, "needs_delist", "maybe", "true, false");
    query(api, "limit", "101", "1 to 100");
    query(api, "page", "0", "of 1 or more");
    api.as("viewer").get(Listings.LISTINGS + "/not-a-uuid").then().statusCode(400);
    api.as("viewer").get(Listings.ITEMS + "/not-a-uuid/listings").then().statusCode(400);
  }

  @Test
  void missingThingsAreNotFound(Api api) {
    String nobody = UUID.randomUUID().toString();
    api.as("viewer").get(Listings.LISTINGS + "/" + nobody).then().statusCode(404);
    api.as("viewer").get(Listings.LISTINGS + "/" + nobody + "/sales").then().statusCode(404);
    api.as("viewer").get(Listings.ITEMS + "/" + nobody + "/listings").then().statusCode(404);
    api.as("viewer").get(Listings.ITEMS + "/" + nobody + "/sales").then().statusCode(404);
    api.as("staff")
        .body(Map.of("platform", "ebay"))
        .post(Listings.ITEMS + "/" + nobody + "/listings")
        .then()
        .statusCode(404);
    api.as("staff")
        .body(Map.of("sold_price", 5))
        .post(Listings.LISTINGS + "/" + nobody + "/sale")
        .then()
        .statusCode(404);
    Listings.patch(api, nobody, Map.of("views", 1)).then().statusCode(404);
    api.as("staff").delete(Listings.LISTINGS + "/" + nobody).then().statusCode(404);

    // the listings of a deleted item go with it
    String lot = Listings.item(api, "5.00", 1);
    String id = Listings.listing(api, lot, "booth", "active");
    api.as("staff").delete(Listings.ITEMS + "/" + lot).then().statusCode(204);
    api.as("viewer").get(Listings.LISTINGS + "/" + id).then().statusCode(404);
    assertThat(Listings.allIds(api, Map.of("platform", "booth"))).doesNotContain(id);
  }

  @Test
  void viewersReadButCannotWrite(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String id = Listings.listing(api, lot, "amazon", "active");
    String url = Listings.LISTINGS + "/" + id;
    api.as("viewer").get(url).then().statusCode(200);
    api.as("viewer").get(Listings.LISTINGS).then().statusCode(200);
    api.as("viewer")
        .body(Map.of("platform", "ebay"))
        .post(Listings.ITEMS + "/" + lot + "/listings")
        .then()
        .statusCode(403);
    api.as("viewer").body(Map.of("version", 1)).put(url).then().statusCode(403);
    api.as("viewer")
        .contentType("application/merge-patch+json")
        .body(Map.of("views", 4))
        .patch(url)
        .then()
        .statusCode(403);
    api.as("viewer").delete(url).then().statusCode(403);
    api.as("viewer").post(url + "/delisted").then().statusCode(403);
    api.as("viewer").body(Map.of("sold_price", 5)).post(url + "/sale").then().statusCode(403);
    api.anonymous().get(url).then().statusCode(401);
    api.as("viewer").get(url).then().statusCode(200).body("status", equalTo("active"));
  }

  @Test
  void theListCanBeFilteredByPlatformAndStatus(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String shopify = Listings.listing(api, lot, "shopify", "scheduled");
    String rubylane = Listings.listing(api, lot, "rubylane", "draft");
    assertThat(Listings.allIds(api, Map.of("platform", "shopify", "status", "scheduled")))
        .contains(shopify)
        .doesNotContain(rubylane);
    assertThat(Listings.allIds(api, Map.of("platform", "rubylane"))).contains(rubylane);
    JsonPath page =
        api.as("viewer")
            .queryParam("limit", 1)
            .get(Listings.LISTINGS)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("listings")).hasSize(1);
    assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
    assertThat(page.getLong("pages")).isEqualTo(page.getLong("total"));
  }

  @Test
  void listingsOfDeletedItemsAreNeitherListedNorCounted(Api api) {
    String lot = Listings.item(api, "5.00", 1);
    String listing = Listings.listing(api, lot, "rubylane", "scheduled");
    Map<String, String> filter = Map.of("platform", "rubylane", "status", "scheduled");
    long before = total(api, filter);
    assertThat(Listings.allIds(api, filter)).contains(listing);

    api.as("staff").delete(Listings.ITEMS + "/" + lot).then().statusCode(204);

    assertThat(total(api, filter)).isEqualTo(before - 1);
    assertThat(Listings.allIds(api, filter)).doesNotContain(listing);
  }

  private static long total(Api api, Map<String, String> filter) {
    return api.as("viewer")
        .queryParams(filter)
        .get(Listings.LISTINGS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }

  private static void badCreate(
      Api api, String url, Map<String, Object> body, String field, String message) {
    api.as("staff")
        .body(body)
        .post(url)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(message));
  }

  private static void query(Api api, String name, String value, String message) {
    api.as("viewer")
        .queryParam(name, value)
        .get(Listings.LISTINGS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(name))
        .body("errors[0].message", containsString(message));
  }
}

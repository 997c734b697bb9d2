package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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
class InventoryCrudIT {

  @Test
  void staffAddsAnItemWithItsLandedCostAndAnAuditRow(Api api, ResellServer server) {
    String sku = Items.unique("SKU-");
    Response answer =
        api.as("staff")
            .header("User-Agent", "crud-it")
            .body(
                Map.ofEntries(
                    Map.entry("item_name", "Oak washstand " + sku),
                    Map.entry("sku", sku),
                    Map.entry("invoice_id", "INV-7"),
                    Map.entry("auction_id", "MH-2024-11"),
                    Map.entry("lot_number", "112"),
                    Map.entry("category", "furniture"),
                    Map.entry("condition", "very_good"),
                    Map.entry("quantity", 2),
                    Map.entry("bid_amount", new BigDecimal("100.00")),
                    Map.entry("buyers_premium", new BigDecimal("18.00")),
                    Map.entry("sales_tax", new BigDecimal("8.26")),
                    Map.entry("shipping_cost", new BigDecimal("0.01")),
                    Map.entry("acquisition_date", "2024-11-02"),
                    Map.entry("estimated_value", new BigDecimal("250.00")),
                    Map.entry("market_demand", "high"),
                    Map.entry("keywords", List.of("oak", "washstand")),
                    Map.entry("needs_repair", true),
                    Map.entry("is_consignment", true)))
            .post(Items.PATH);
    answer.then().statusCode(201).header("ETag", "\"1\"");
    JsonPath item = Items.json(answer);
    String id = item.getString("lot_id");
    assertThat(answer.header("Location")).endsWith("/api/v1/inventory/" + id);
    assertThat(item.getObject("total_cost", BigDecimal.class)).isEqualByComparingTo("126.27");
    assertThat(item.getObject("cost_per_item", BigDecimal.class)).isEqualByComparingTo("63.14");
    assertThat(item.getString("category")).isEqualTo("furniture");
    assertThat(item.getString("condition")).isEqualTo("very_good");
    assertThat(item.getBoolean("is_consignment")).isTrue();
    assertThat(item.getBoolean("needs_repair")).isTrue();
    assertThat(item.getList("keywords")).containsExactly("oak", "washstand");
    assertThat(item.getLong("version")).isEqualTo(1);
    assertThat(item.getString("created_at")).isNotBlank();
    assertThat(item.getString("acquisition_date")).startsWith("2024-11-02");

    List<Map<String, Object>> audit =
        server
            .database()
            .rows(
                "SELECT action_type, user_email, user_agent, request_id, CAST(new_values AS text) AS nv,"
                    + " CAST(ip_address AS text) AS ip FROM activity_logs WHERE lot_id = ?",
                UUID.fromString(id));
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).get("action_type")).isEqualTo("create");
    assertThat((String) audit.get(0).get("user_email")).startsWith("staff-");
    assertThat(audit.get(0).get("user_agent")).isEqualTo("crud-it");
    assertThat(audit.get(0).get("request_id")).isNotNull();
    assertThat(audit.get(0).get("ip")).isNotNull();
    assertThat((String) audit.get(0).get("nv")).contains(sku);
    assertThat(
            server
                .database()
                .rows(
                    "SELECT new_price FROM price_history WHERE lot_id = ? AND price_type ="
                        + " 'estimated_value'",
                    UUID.fromString(id)))
        .hasSize(1);
  }

  @Test
  void getAnswersTheItemPageInTheDesignShapeWithAnETagOfTheWholePage(Api api) {
    String name = Items.unique("Teapot ");
    String id = Items.create(api, name, "40.00").getString("lot_id");
    Response first = api.as("viewer").get(Items.PATH + "/" + id);
    first
        .then()
        .statusCode(200)
        .header("ETag", matchesPattern("\"1\\.[0-9a-f]{24}\""))
        .body("inventory.lot_id", equalTo(id))
        .body("inventory.item_name", equalTo(name))
        .body("inventory.version", equalTo(1))
        .body("listings.size()", equalTo(0))
        .body("activity_log.action_type", hasItem("create"))
        .body("price_history.size()", equalTo(1))
        .body("comparable_sales.size()", equalTo(0))
        .body("similar_items", notNullValue())
        .body("$", not(hasKey("item_name")))
        .body("$", not(hasKey("activity")));
    String page = first.header("ETag");
    api.as("viewer")
        .header("If-None-Match", page)
        .get(Items.PATH + "/" + id)
        .then()
        .statusCode(304)
        .header("ETag", page);

    // a listing changes the page but not the item's version: the old tag no longer matches
    api.as("staff")
        .body(Map.of("platform", "ebay", "status", "active", "list_price", 60))
        .post(Items.PATH + "/" + id + "/listings")
        .then()
        .statusCode(201);
    Response after = api.as("viewer").header("If-None-Match", page).get(Items.PATH + "/" + id);
    after
        .then()
        .statusCode(200)
        .body("inventory.version", equalTo(1))
        .body("listings.platform", contains("ebay"));
    assertThat(after.header("ETag")).startsWith("\"1.").isNotEqualTo(page);

    // the page's tag names the item's version for an edit; a stale version is refused
    api.as("staff")
        .header("If-Match", "\"7.0123456789abcdef01234567\"")
        .contentType("application/json-patch+json")
        .body(List.of(Map.of("op", "replace", "path", "/notes", "value", "chipped lid")))
        .patch(Items.PATH + "/" + id)
        .then()
        .statusCode(412);
    api.as("staff")
        .header("If-Match", after.header("ETag"))
        .contentType("application/json-patch+json")
        .body(List.of(Map.of("op", "replace", "path", "/notes", "value", "chipped lid")))
        .patch(Items.PATH + "/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("notes", equalTo("chipped lid"));
  }

  @Test
  void detailListsListingsComparablesAndSimilarItemsButNotItself(Api api, ResellServer server) {
    String word = Items.unique("Majolica");
    String id = Items.create(api, word + " jardiniere", "90.00").getString("lot_id");
    String twin = Items.create(api, word + " planter", "70.00").getString("lot_id");
    Items.create(api, Map.of("item_name", word + " plate", "category", "china"));
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status, list_price, listed_date)"
                + " VALUES (?, 'ebay', 'active', 120.00, now() - interval '3 days')",
            UUID.fromString(id));
    server
        .database()
        .execute(
            "INSERT INTO comparable_sales (lot_id, source, title, price) VALUES (?, 'ebay', ?, 85.00)",
            UUID.fromString(id),
            word + " sold comp");
    JsonPath detail = Items.json(api.as("viewer").get(Items.PATH + "/" + id));
    assertThat(detail.getList("listings.platform")).containsExactly("ebay");
    assertThat(detail.getList("comparable_sales.title")).containsExactly(word + " sold comp");
    assertThat(detail.getList("similar_items.lot_id")).containsExactly(twin);
    assertThat(detail.getInt("inventory.days_listed")).isEqualTo(3);
  }

  /**
   * Similar items are ranked among capped candidates; an item with every word of the name is among
   * them however many items of the category share one of its words.
   */
  @Test
  void theClosestItemIsSimilarAmongHundredsSharingAWord(Api api, ResellServer server) {
    String word = Items.unique("Wedgwood");
    Map<String, Object> fields = new java.util.HashMap<>();
    fields.put("category", "pottery");
    fields.put("item_name", word + " jasperware teapot");
    String id = Items.create(api, fields).getString("lot_id");
    server
        .database()
        .execute(
            "INSERT INTO inventory (item_name, category, bid_amount)"
                + " SELECT ? || ' filler ' || g, 'pottery', 1.00 FROM generate_series(1, 400) g",
            word);
    fields.put("item_name", word + " jasperware teapot lid");
    String twin = Items.create(api, fields).getString("lot_id");

    List<String> similar =
        Items.json(api.as("viewer").get(Items.PATH + "/" + id)).getList("similar_items.lot_id");
    assertThat(similar).hasSize(10).startsWith(twin).doesNotContain(id);
  }

  @Test
  void unknownDeletedAndMalformedIdsAreProblems(Api api) {
    api.as("viewer")
        .get(Items.PATH + "/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api.as("viewer")
        .get(Items.PATH + "/not-a-uuid")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("id"));
    String id = Items.create(api, Items.unique("Gone "), null).getString("lot_id");
    api.as("staff").delete(Items.PATH + "/" + id).then().statusCode(204);
    api.as("viewer").get(Items.PATH + "/" + id).then().statusCode(404);
  }

  @Test
  void itemNameIsRequiredAndEnumsListTheirValues(Api api) {
    api.as("staff")
        .body(Map.of("description", "no name"))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("item_name"));
    api.as("staff")
        .body(Map.of("item_name", "Thing", "category", "spaceships"))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("category"))
        .body("errors[0].message", containsString("furniture"));
    api.as("staff")
        .body(Map.of("item_name", "Thing", "condition", "shiny"))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("condition"))
        .body("errors[0].message", containsString("very_good"));
    api.as("staff")
        .body(Map.of("item_name", "Thing", "market_demand", "huge"))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("market_demand"));
    api.as("staff")
        .body(Map.of("item_name", "Thing", "bid_amount", new BigDecimal("-1")))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("bid_amount"));
    api.as("staff")
        .body(Map.of("item_name", "Thing", "location_id", UUID.randomUUID().toString()))
        .post(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("location_id"));
  }

  @Test
  void duplicateSkuIsConflict(Api api) {
    String sku = Items.unique("DUP-");
    Items.create(api, Map.of("item_name", "First", "sku", sku));
    api.as("staff")
        .body(Map.of("item_name", "Second", "sku", sku))
        .post(Items.PATH)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(sku));
  }

  @Test
  void missingCategoryAndConditionAreSuggested(Api api) {
    JsonPath item =
        Items.create(
            api,
            Map.of(
                "item_name", "14k gold diamond engagement ring size 7, NIB " + Items.unique("")));
    assertThat(item.getString("category")).isEqualTo("jewelry");
    assertThat(item.getString("condition")).isEqualTo("mint");
    assertThat(item.getBoolean("auto_categorized")).isTrue();
    JsonPath manual =
        Items.create(api, Map.of("item_name", "Sterling ring", "auto_categorize", false));
    assertThat(manual.getString("category")).isEqualTo("other");
    assertThat(manual.getBoolean("auto_categorized")).isFalse();
  }

  @Test
  void viewerCannotWrite(Api api) {
    api.as("viewer")
        .body(Map.of("item_name", "Nope"))
        .post(Items.PATH)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String id = Items.create(api, Items.unique("Guarded "), null).getString("lot_id");
    api.as("viewer").delete(Items.PATH + "/" + id).then().statusCode(403);
    api.as("viewer").post(Items.PATH + "/" + id + "/restore").then().statusCode(403);
    api.anonymous().get(Items.PATH).then().statusCode(401);
  }

  @Test
  void softDeleteRestoreAndPermanentDelete(Api api, ResellServer server) {
    String id = Items.create(api, Items.unique("Lamp "), "30.00").getString("lot_id");
    UUID lot = UUID.fromString(id);
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status) VALUES (?, 'etsy', 'draft')",
            lot);
    api.as("staff").delete(Items.PATH + "/" + id).then().statusCode(204);
    assertThat(
            server
                .database()
                .rows("SELECT 1 FROM inventory WHERE lot_id = ? AND deleted_at IS NOT NULL", lot))
        .hasSize(1);
    api.as("staff")
        .post(Items.PATH + "/" + id + "/restore")
        .then()
        .statusCode(200)
        .body("lot_id", equalTo(id))
        .body("deleted_at", org.hamcrest.Matchers.nullValue());
    api.as("staff").post(Items.PATH + "/" + id + "/restore").then().statusCode(409);

    api.as("staff")
        .queryParam("permanent", "true")
        .delete(Items.PATH + "/" + id)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    api.asAdmin()
        .queryParam("permanent", "true")
        .delete(Items.PATH + "/" + id)
        .then()
        .statusCode(204);
    assertThat(server.database().rows("SELECT 1 FROM inventory WHERE lot_id = ?", lot)).isEmpty();
    assertThat(server.database().rows("SELECT 1 FROM platform_listings WHERE lot_id = ?", lot))
        .isEmpty();
    assertThat(
            server
                .database()
                .rows(
                    "SELECT action_type FROM activity_logs WHERE entity_id = ? ORDER BY created_at",
                    lot))
        .extracting(r -> r.get("action_type"))
        .containsExactly("delete_permanent");
    api.asAdmin()
        .queryParam("permanent", "true")
        .delete(Items.PATH + "/" + id)
        .then()
        .statusCode(404);
  }

  @Test
  void deleteAndRestoreAreAudited(Api api, ResellServer server) {
    String id = Items.create(api, Items.unique("Vase "), null).getString("lot_id");
    api.as("staff").delete(Items.PATH + "/" + id).then().statusCode(204);
    api.as("staff").post(Items.PATH + "/" + id + "/restore").then().statusCode(200);
    assertThat(
            server
                .database()
                .rows(
                    "SELECT action_type FROM activity_logs WHERE lot_id = ? ORDER BY created_at",
                    UUID.fromString(id)))
        .extracting(r -> r.get("action_type"))
        .containsExactly("create", "delete", "restore");
  }
}

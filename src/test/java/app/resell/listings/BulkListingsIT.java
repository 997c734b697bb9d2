package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The inventory list's bulk edit of listings: a new price or status for the selected items'
 * listings on one platform, all or nothing. Each refusal stands beside the same request succeeding.
 */
@ResellIT
class BulkListingsIT {

  @Test
  void theSelectedItemsEbayListingsGetANewPriceTogetherOrNotAtAll(Api api, ResellServer server) {
    String a = Listings.item(api, "10.00", 1);
    String b = Listings.item(api, "12.00", 1);
    String onlyEtsy = Listings.item(api, "8.00", 1);
    String ebayA = Listings.listing(api, a, "ebay", "active");
    String ebayB = Listings.listing(api, b, "ebay", "draft");
    Listings.listing(api, onlyEtsy, "etsy", "active");
    Map<String, Object> newPrice =
        Map.of("lot_ids", List.of(a, b), "platform", "ebay", "changes", Map.of("list_price", 39.5));

    api.anonymous().body(newPrice).patch(Listings.LISTINGS).then().statusCode(401);
    api.as("viewer").body(newPrice).patch(Listings.LISTINGS).then().statusCode(403);
    // an item without an eBay listing refuses the whole edit, named as the seller knows it
    String etsyName =
        api.as("viewer").get(Listings.ITEMS + "/" + onlyEtsy).path("inventory.item_name");
    api.as("staff")
        .body(
            Map.of(
                "lot_ids",
                List.of(a, onlyEtsy),
                "platform",
                "ebay",
                "changes",
                Map.of("list_price", 39.5)))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString(etsyName))
        .body("detail", not(containsString(onlyEtsy)));
    api.as("viewer").get(Listings.LISTINGS + "/" + ebayA).then().body("list_price", equalTo(25.0f));
    // a change the listings do not take in bulk, an unknown platform, nothing chosen
    api.as("staff")
        .body(Map.of("lot_ids", List.of(a, b), "platform", "ebay", "changes", Map.of("views", 3)))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("changes"));
    api.as("staff")
        .body(
            Map.of(
                "lot_ids",
                List.of(a, b),
                "platform",
                "ebayy",
                "changes",
                Map.of("list_price", 39.5)))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(400)
        .body("detail", containsString("ebay"));
    api.as("staff")
        .body(
            Map.of("lot_ids", List.of(), "platform", "ebay", "changes", Map.of("list_price", 39.5)))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lot_ids"));

    api.as("staff")
        .body(newPrice)
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(200)
        .body("updated", equalTo(2))
        .body("listings.id", org.hamcrest.Matchers.containsInAnyOrder(ebayA, ebayB));
    for (String id : List.of(ebayA, ebayB)) {
      api.as("viewer").get(Listings.LISTINGS + "/" + id).then().body("list_price", equalTo(39.5f));
    }
    assertThat(
            server
                .database()
                .rows(
                    "SELECT 1 FROM price_history WHERE listing_id IN (?, ?) AND new_price = 39.50",
                    UUID.fromString(ebayA),
                    UUID.fromString(ebayB)))
        .hasSize(2);
  }

  @Test
  void aStatusTheLifecycleRefusesForOneListingRefusesTheWholeEdit(Api api) {
    String a = Listings.item(api, "10.00", 1);
    String b = Listings.item(api, "12.00", 1);
    String active = Listings.listing(api, a, "etsy", "active");
    String draft = Listings.listing(api, b, "etsy", "draft");
    String draftName = api.as("viewer").get(Listings.ITEMS + "/" + b).path("inventory.item_name");

    // a draft never went live, so it cannot expire: nothing changes, the item is named
    api.as("staff")
        .body(
            Map.of(
                "lot_ids",
                List.of(a, b),
                "platform",
                "etsy",
                "changes",
                Map.of("status", "expired")))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(409)
        .body("detail", containsString(draftName));
    api.as("viewer").get(Listings.LISTINGS + "/" + active).then().body("status", equalTo("active"));

    api.as("staff")
        .body(
            Map.of(
                "lot_ids",
                List.of(a, b),
                "platform",
                "etsy",
                "changes",
                Map.of("status", "cancelled")))
        .patch(Listings.LISTINGS)
        .then()
        .statusCode(200)
        .body("updated", equalTo(2));
    for (String id : List.of(active, draft)) {
      api.as("viewer")
          .get(Listings.LISTINGS + "/" + id)
          .then()
          .body("status", equalTo("cancelled"));
    }
  }
}

package app.resell.problems;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values a client should never send — negative, NaN or over-precise money, numbers beyond any
 * column, quantities beyond int, SQL in search and sort, unknown enum names — are a 400 naming the
 * field, never a 500 and never a query the database sees as SQL.
 */
@ResellIT
class BadValuesIT {

  private static final String ITEMS = "/api/v1/inventory";
  private static final String LISTINGS = "/api/v1/listings";

  @Test
  void newItemsWithBadMoneyNameTheField(Api api) {
    for (String value :
        new String[] {"-1.00", "\"NaN\"", "1.123456789012", "1e309", "\"Infinity\""}) {
      refused(
          post(api, ITEMS, "{\"item_name\":\"Lamp\",\"bid_amount\":" + value + "}"), "bid_amount");
      refused(
          post(api, ITEMS, "{\"item_name\":\"Lamp\",\"estimated_value\":" + value + "}"),
          "estimated_value");
    }
  }

  @Test
  void quantitiesBeyondIntAreRefused(Api api) {
    for (String value : new String[] {"3000000000", "-1", "0", "99999999999999999999", "1.5"}) {
      refused(post(api, ITEMS, "{\"item_name\":\"Lamp\",\"quantity\":" + value + "}"), "quantity");
    }
  }

  @Test
  void unknownEnumNamesAreRefused(Api api) {
    refused(post(api, ITEMS, "{\"item_name\":\"Lamp\",\"category\":\"weapons\"}"), "category");
    refused(post(api, ITEMS, "{\"item_name\":\"Lamp\",\"condition\":\"mint'--\"}"), "condition");
    refused(
        post(api, ITEMS, "{\"item_name\":\"Lamp\",\"market_demand\":\"sky-high\"}"),
        "market_demand");
  }

  @Test
  void patchesWithBadValuesNameTheField(Api api) {
    String lot = item(api);
    for (String[] op :
        new String[][] {
          {"bid_amount", "-5"},
          {"bid_amount", "1e309"},
          {"bid_amount", "0.001"},
          {"quantity", "3000000000"},
          {"category", "\"weapons\""},
          {"condition", "\"broken'; DROP TABLE items; --\""}
        }) {
      Response answer =
          api.as("staff")
              .contentType("application/json-patch+json")
              .body("[{\"op\":\"replace\",\"path\":\"/" + op[0] + "\",\"value\":" + op[1] + "}]")
              .patch(ITEMS + "/" + lot);
      refused(answer, op[0]);
    }
  }

  @Test
  void inventoryQueryParametersAreChecked(Api api) {
    refused(api.as("viewer").queryParam("sort", "item_name; DROP TABLE items").get(ITEMS), "sort");
    refused(api.as("viewer").queryParam("sort", "(select 1)").get(ITEMS), "sort");
    refused(api.as("viewer").queryParam("order", "asc; --").get(ITEMS), "order");
    refused(api.as("viewer").queryParam("category", "weapons").get(ITEMS), "category");
    refused(api.as("viewer").queryParam("condition", "x' OR '1'='1").get(ITEMS), "condition");
    refused(api.as("viewer").queryParam("status", "everything").get(ITEMS), "status");
    refused(api.as("viewer").queryParam("platform", "ebay' --").get(ITEMS), "platform");
    refused(api.as("viewer").queryParam("min_roi", "NaN").get(ITEMS), "min_roi");
    refused(api.as("viewer").queryParam("limit", "99999999999").get(ITEMS), "limit");
    refused(api.as("viewer").queryParam("page", "-1").get(ITEMS), "page");
    refused(api.as("viewer").queryParam("max_days_listed", "1e309").get(ITEMS), "max_days_listed");
    refused(api.as("viewer").queryParam("acquired_from", "2024-13-45").get(ITEMS), "acquired_from");
  }

  @Test
  void sqlInSearchIsOnlyText(Api api) {
    String name = "Quoted ' lamp " + UUID.randomUUID();
    String lot =
        post(api, ITEMS, "{\"item_name\":\"" + name + "\",\"category\":\"furniture\"}")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    for (String search :
        new String[] {
          "' OR '1'='1", "'; DROP TABLE inventory; --",
              "%' UNION SELECT password_hash FROM users --",
          "\\", "%_%", "Quoted ' lamp"
        }) {
      api.as("viewer")
          .queryParam("search", search)
          .get(ITEMS)
          .then()
          .statusCode(200)
          .body(not(containsString("password")));
    }
    // the table is still there, and the quote is part of the name, not of any SQL
    api.as("viewer")
        .get(ITEMS + "/" + lot)
        .then()
        .statusCode(200)
        .body("inventory.item_name", equalTo(name));
  }

  @Test
  void listingsWithBadValuesNameTheField(Api api) {
    String lot = item(api);
    String path = ITEMS + "/" + lot + "/listings";
    refused(post(api, path, "{\"platform\":\"myspace\",\"status\":\"active\"}"), "platform");
    refused(post(api, path, "{\"platform\":\"ebay\",\"status\":\"sold-ish\"}"), "status");
    for (String value : new String[] {"-1", "\"NaN\"", "1.123456789012", "1e309"}) {
      refused(
          post(
              api,
              path,
              "{\"platform\":\"ebay\",\"status\":\"active\",\"list_price\":" + value + "}"),
          "list_price");
    }
    refused(
        post(api, path, "{\"platform\":\"ebay\",\"status\":\"active\",\"views\":3000000000}"),
        "views");
    String listing =
        post(api, path, "{\"platform\":\"ebay\",\"status\":\"active\",\"list_price\":20}")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String[] change :
        new String[][] {
          {"list_price", "-3"},
          {"list_price", "1e309"},
          {"status", "\"gone\""},
          {"platform", "\"x\""}
        }) {
      refused(
          api.as("staff")
              .contentType("application/merge-patch+json")
              .body("{\"" + change[0] + "\":" + change[1] + "}")
              .patch(LISTINGS + "/" + listing),
          change[0]);
    }
    refused(api.as("viewer").queryParam("platform", "nope").get(LISTINGS), "platform");
    refused(api.as("viewer").queryParam("status", "nope").get(LISTINGS), "status");

    String sale = LISTINGS + "/" + listing + "/sale";
    for (String value : new String[] {"-1", "\"NaN\"", "10.001", "1e309"}) {
      refused(post(api, sale, "{\"sold_price\":" + value + "}"), "sold_price");
      refused(
          post(api, sale, "{\"sold_price\":10,\"platform_fees\":" + value + "}"), "platform_fees");
    }
    refused(post(api, sale, "{\"sold_price\":10,\"quantity\":3000000000}"), "quantity");
    refused(post(api, sale, "{\"sold_price\":10,\"quantity\":-2}"), "quantity");
  }

  @Test
  void idsAndFlagsInPathsAndQueriesAreReadOneWay(Api api) {
    String lot = item(api);
    refused(api.as("viewer").get(ITEMS + "/" + lot + "x"), "id");
    refused(api.as("viewer").get(ITEMS + "/1-2-3-4-5"), "id");
    refused(api.as("viewer").get(LISTINGS + "/not-an-id"), "id");
    refused(api.as("viewer").get("/api/v1/locations/not-an-id/items"), "id");
    refused(api.as("viewer").queryParam("totals", "maybe").get(ITEMS), "totals");
    refused(api.as("staff").queryParam("permanent", "yes").delete(ITEMS + "/" + lot), "permanent");
    // the same requests, well formed, are answered
    api.as("viewer").get(ITEMS + "/" + lot.toUpperCase()).then().statusCode(200);
    api.as("viewer").queryParam("totals", "TRUE").get(ITEMS).then().statusCode(200);
    api.as("viewer").get(LISTINGS + "/" + UUID.randomUUID()).then().statusCode(404);
    api.as("staff")
        .queryParam("permanent", "false")
        .delete(ITEMS + "/" + lot)
        .then()
        .statusCode(204);
  }

  private static String item(Api api) {
    return post(
            api, ITEMS, "{\"item_name\":\"Brass lamp\",\"category\":\"furniture\",\"quantity\":2}")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  private static Response post(Api api, String path, String json) {
    return api.as("staff").body(json).post(path);
  }

  /** 400 as a problem naming the field, with nothing of Java or SQL in it. */
  private static void refused(Response answer, String field) {
    answer
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body(not(containsString("Exception")))
        .body(not(containsString("SQL")));
  }
}

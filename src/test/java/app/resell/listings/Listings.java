package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data for the listing and sales ITs: items and listings of their own, database looks. */
final class Listings {

  static final String ITEMS = "/api/v1/inventory";
  static final String LISTINGS = "/api/v1/listings";

  private Listings() {}

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** An item of {@code quantity} units costing {@code bid} in all, in a furniture category. */
  static String item(Api api, String bid, int quantity) {
    return item(api, bid, quantity, Map.of());
  }

  static String item(Api api, String bid, int quantity, Map<String, Object> more) {
    Map<String, Object> fields = new HashMap<>(more);
    fields.put("item_name", unique("Walnut side table "));
    fields.put("bid_amount", new BigDecimal(bid));
    fields.put("quantity", quantity);
    fields.putIfAbsent("category", "furniture");
    fields.put("auto_categorize", false);
    Response answer = api.as("staff").body(fields).post(ITEMS);
    answer.then().statusCode(201);
    return answer.path("lot_id");
  }

  /** A listing of the item on the platform in the status (with a list price of 25.00). */
  static String listing(Api api, String lotId, String platform, String status) {
    Map<String, Object> body = new HashMap<>();
    body.put("platform", platform);
    body.put("status", status);
    body.put("list_price", new BigDecimal("25.00"));
    if (status.equals("scheduled")) body.put("scheduled_date", "2030-01-01T09:00:00Z");
    if (platform.equals("other")) body.put("platform_name", "Antique fair");
    Response answer = api.as("staff").body(body).post(ITEMS + "/" + lotId + "/listings");
    answer.then().statusCode(201);
    return answer.path("id");
  }

  /** A listing moved through allowed steps to expired. */
  static String expiredListing(Api api, String lotId, String platform) {
    String id = listing(api, lotId, platform, "active");
    patch(api, id, Map.of("status", "expired")).then().statusCode(200);
    return id;
  }

  static Response patch(Api api, String listingId, Map<String, Object> changes) {
    return api.as("staff")
        .contentType("application/merge-patch+json")
        .body(changes)
        .patch(LISTINGS + "/" + listingId);
  }

  static Response sell(Api api, String listingId, Map<String, Object> sale) {
    return api.as("staff").body(sale).post(LISTINGS + "/" + listingId + "/sale");
  }

  static JsonPath json(Response answer) {
    return answer
        .jsonPath()
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  static BigDecimal money(JsonPath json, String path) {
    Object value = json.get(path);
    assertThat(value).as(path).isNotNull();
    return new BigDecimal(value.toString());
  }

  /** Every id of {@code GET /listings} with the query, over all pages. */
  static List<String> allIds(Api api, Map<String, String> query) {
    List<String> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonPath answer =
          api.as("viewer")
              .queryParams(query)
              .queryParam("limit", 100)
              .queryParam("page", page)
              .get(LISTINGS)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> found = answer.getList("listings.id");
      ids.addAll(found);
      if (found.size() < 100) return ids;
    }
  }
}

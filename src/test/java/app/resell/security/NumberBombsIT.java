package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decimals a probe sent to make the server compute with ten million digits (48 s and a 20 MB answer
 * once): each is a 400 naming the field within a second, and the sane request next to it is
 * answered as usual.
 */
@ResellIT
class NumberBombsIT {

  private static final String FEES = "/api/v1/tools/fees";
  private static final long FAST_MILLIS = 2_000;

  @Test
  void aFeeQuoteForAnAstronomicalPriceIsRefusedAtOnce(Api api) {
    String longNumber = "1" + "0".repeat(100_000);
    for (String bomb :
        new String[] {"\"1e10000000\"", "1e10000000", "\"1e-10000000\"", "1E400", longNumber}) {
      refusedFast(
          api.as("viewer").body("{\"platform\":\"ebay\",\"sold_price\":" + bomb + "}").post(FEES),
          "sold_price");
    }
    api.as("viewer")
        .body(Map.of("platform", "ebay", "sold_price", "25.00"))
        .post(FEES)
        .then()
        .statusCode(200);
  }

  @Test
  void aListIsNotAnAmount(Api api) {
    refusedFast(
        api.as("viewer").body("{\"platform\":\"ebay\",\"sold_price\":[1]}").post(FEES),
        "sold_price");
    refusedFast(
        api.as("viewer").body("{\"platform\":\"ebay\",\"sold_price\":{\"a\":1}}").post(FEES),
        "sold_price");
    api.as("viewer")
        .body("{\"platform\":\"ebay\",\"sold_price\":1}")
        .post(FEES)
        .then()
        .statusCode(200);
  }

  @Test
  void pricingWithAnAstronomicalShippingCostIsRefusedAtOnce(Api api) {
    String lot =
        api.as("staff")
            .body(Map.of("item_name", "number bombs lamp", "bid_amount", "10.00"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    String pricing = "/api/v1/inventory/" + lot + "/pricing";
    refusedFast(
        api.as("viewer").queryParam("shipping_cost", "1e1000000").get(pricing), "shipping_cost");
    refusedFast(api.as("viewer").queryParam("target_roi", "1e-1000000").get(pricing), "target_roi");
    api.as("viewer").queryParam("shipping_cost", "5.00").get(pricing).then().statusCode(200);
  }

  @Test
  void searchFiltersAndMaxBidsAreBoundedToo(Api api) {
    refusedFast(
        api.as("viewer").queryParam("min_roi", "9e999999").get("/api/v1/inventory"), "min_roi");
    api.as("viewer").queryParam("min_roi", "10").get("/api/v1/inventory").then().statusCode(200);
    refusedFast(
        api.as("viewer")
            .body("{\"platform\":\"ebay\",\"expected_sale_price\":\"1e10000000\"}")
            .post("/api/v1/tools/max-bid"),
        "expected_sale_price");
  }

  private static void refusedFast(Response answer, String field) {
    answer
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
    assertThat(answer.time()).isLessThan(FAST_MILLIS);
    assertThat(answer.asString().length()).isLessThan(2_000);
  }
}

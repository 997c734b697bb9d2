package app.resell.security;

import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text fields are capped at 20,000 characters (a 10 MB description was once stored) and links in
 * comparable sales and listings are http(s) only: each refusal is a 400 naming the field, and the
 * request at the cap, or with a web link, is stored.
 */
@ResellIT
class InputSizesIT {

  private static final int CAP = 20_000;

  @Test
  void aDescriptionOverTheCapIsRefusedAndOneAtTheCapIsStored(Api api) {
    refused(
        api.as("staff")
            .body(Map.of("item_name", "Long lamp", "description", "x".repeat(CAP + 1)))
            .post("/api/v1/inventory"),
        "description");
    String lot =
        api.as("staff")
            .body(Map.of("item_name", "Long lamp", "description", "x".repeat(CAP)))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    refused(
        api.as("staff")
            .contentType("application/json-patch+json")
            .body(List.of(Map.of("op", "replace", "path", "/notes", "value", "n".repeat(CAP + 1))))
            .patch("/api/v1/inventory/" + lot),
        "notes");
  }

  @Test
  void anyOtherTextFieldOverTheCapIsRefused(Api api) {
    refused(
        api.asAdmin()
            .body(
                Map.of("email", "x@resell.test", "password", "p".repeat(CAP + 1), "role", "viewer"))
            .post("/api/v1/users"),
        "password");
  }

  @Test
  void compsAndListingsTakeWebLinksOnly(Api api) {
    String lot =
        api.as("staff")
            .body(Map.of("item_name", "Linked lamp", "bid_amount", "10.00"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    for (String link :
        new String[] {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,<b>x</b>",
          "ftp://x/y",
          "//evil.example/x",
          "https://"
        }) {
      refused(api.as("staff").body(comp(link)).post(comps(lot)), "url");
      Map<String, Object> listing = new HashMap<>();
      listing.put("platform", "ebay");
      listing.put("status", "active");
      listing.put("list_price", "25.00");
      listing.put("listing_url", link);
      refused(
          api.as("staff").body(listing).post("/api/v1/inventory/" + lot + "/listings"),
          "listing_url");
    }
    api.as("staff")
        .body(comp("https://www.ebay.com/itm/1"))
        .post(comps(lot))
        .then()
        .statusCode(201);
  }

  private static String comps(String lot) {
    return "/api/v1/inventory/" + lot + "/comps";
  }

  private static Map<String, Object> comp(String url) {
    return Map.of("source", "ebay", "title", "Carnival glass bowl", "price", "20.00", "url", url);
  }

  private static void refused(Response answer, String field) {
    answer
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
  }
}

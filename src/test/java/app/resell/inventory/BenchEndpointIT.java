package app.resell.inventory;

import static org.hamcrest.Matchers.containsString;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import org.junit.jupiter.api.Test;

/** The benchmarks' bare item endpoint is not reachable unless resell.bench.endpoints is on. */
@ResellIT
class BenchEndpointIT {

  @Test
  void benchItemEndpointAnswersNotFoundByDefault(Api api) {
    String location =
        api.as("staff")
            .body(
                "{\"item_name\": \"Fenton hobnail vase\", \"category\": \"glass\","
                    + " \"condition\": \"good\", \"bid_amount\": \"12.50\"}")
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);
    api.asAdmin().get("/api/v1/inventory/" + id).then().statusCode(200);
    api.asAdmin()
        .get("/api/v1/bench/inventory/" + id)
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void benchItemEndpointNeedsSignIn(Api api) {
    api.anonymous()
        .get("/api/v1/bench/inventory/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(401);
  }
}

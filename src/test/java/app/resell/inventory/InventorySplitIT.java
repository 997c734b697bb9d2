package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class InventorySplitIT {

  private static String boxLot(Api api, String name) {
    return Items.create(
            api,
            Map.of(
                "item_name", name,
                "category", "collectibles",
                "storage_location", "Garage",
                "bid_amount", new BigDecimal("100.00"),
                "buyers_premium", new BigDecimal("18.00"),
                "sales_tax", new BigDecimal("8.27"),
                "shipping_cost", new BigDecimal("10.01"),
                "estimated_value", new BigDecimal("400.00")))
        .getString("lot_id");
  }

  @Test
  void splitsCostsByEstimatedValueExactlyToTheCent(Api api, ResellServer server) {
    String lot = boxLot(api, Items.unique("Box lot "));
    JsonPath answer =
        Items.json(
            api.as("staff")
                .body(
                    Map.of(
                        "items",
                        List.of(
                            Map.of(
                                "item_name", "Tin toy", "estimated_value", 100, "category", "toys"),
                            Map.of("item_name", "Brass bell", "estimated_value", 50),
                            Map.of("item_name", "Postcards", "estimated_value", 33))))
                .post(Items.PATH + "/" + lot + "/split")
                .then()
                .statusCode(201)
                .extract()
                .response());
    List<BigDecimal> costs = answer.getList("items.total_cost", BigDecimal.class);
    assertThat(costs).hasSize(3);
    assertThat(costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("136.28");
    assertThat(costs.get(0)).isGreaterThan(costs.get(1));
    assertThat(answer.getList("items.parent_lot_id")).containsOnly(lot);
    assertThat(answer.getList("items.category"))
        .containsExactly("toys", "collectibles", "collectibles");
    assertThat(answer.getList("items.storage_location")).containsOnly("Garage");

    Map<String, Object> sums =
        server
            .database()
            .rows(
                "SELECT sum(bid_amount) AS bid, sum(buyers_premium) AS premium, sum(sales_tax) AS"
                    + " tax, sum(shipping_cost) AS ship, sum(total_cost) AS total FROM inventory"
                    + " WHERE parent_lot_id = ?",
                UUID.fromString(lot))
            .get(0);
    assertThat((BigDecimal) sums.get("bid")).isEqualByComparingTo("100.00");
    assertThat((BigDecimal) sums.get("premium")).isEqualByComparingTo("18.00");
    assertThat((BigDecimal) sums.get("tax")).isEqualByComparingTo("8.27");
    assertThat((BigDecimal) sums.get("ship")).isEqualByComparingTo("10.01");
    assertThat((BigDecimal) sums.get("total")).isEqualByComparingTo("136.28");

    api.as("viewer").get(Items.PATH + "/" + lot).then().statusCode(404);
    assertThat(
            server
                .database()
                .rows(
                    "SELECT action_type FROM activity_logs WHERE lot_id = ? ORDER BY created_at",
                    UUID.fromString(lot)))
        .extracting(r -> r.get("action_type"))
        .containsExactly("create", "split");
    api.as("staff")
        .post(Items.PATH + "/" + lot + "/restore")
        .then()
        .statusCode(409)
        .body("detail", containsString("split"));
  }

  @Test
  void withoutEstimatesThePiecesShareEqually(Api api) {
    String lot = boxLot(api, Items.unique("Equal lot "));
    JsonPath answer =
        Items.json(
            api.as("staff")
                .body(
                    Map.of(
                        "items",
                        List.of(
                            Map.of("item_name", "One"),
                            Map.of("item_name", "Two"),
                            Map.of("item_name", "Three"))))
                .post(Items.PATH + "/" + lot + "/split")
                .then()
                .statusCode(201)
                .extract()
                .response());
    List<BigDecimal> costs = answer.getList("items.total_cost", BigDecimal.class);
    assertThat(costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("136.28");
    assertThat(
            costs.stream()
                .max(BigDecimal::compareTo)
                .get()
                .subtract(costs.stream().min(BigDecimal::compareTo).get()))
        .isLessThanOrEqualTo(new BigDecimal("0.05"));
  }

  @Test
  void splitProblems(Api api) {
    String lot = boxLot(api, Items.unique("Bad split "));
    String path = Items.PATH + "/" + lot + "/split";
    api.as("staff")
        .body(Map.of("items", List.of(Map.of("item_name", "Alone"))))
        .post(path)
        .then()
        .statusCode(400);
    api.as("staff")
        .body(
            Map.of(
                "items",
                List.of(Map.of("item_name", "A", "estimated_value", 5), Map.of("item_name", "B"))))
        .post(path)
        .then()
        .statusCode(400)
        .body("detail", containsString("estimated value"));
    api.as("staff")
        .body(
            Map.of(
                "items",
                List.of(Map.of("item_name", "A", "bid_amount", 5), Map.of("item_name", "B"))))
        .post(path)
        .then()
        .statusCode(400);
    api.as("staff")
        .body(Map.of("items", List.of(Map.of("item_name", "A"), Map.of("description", "B"))))
        .post(path)
        .then()
        .statusCode(400);
    api.as("viewer")
        .body(Map.of("items", List.of(Map.of("item_name", "A"), Map.of("item_name", "B"))))
        .post(path)
        .then()
        .statusCode(403);
    api.as("staff")
        .body(Map.of("items", List.of(Map.of("item_name", "A"), Map.of("item_name", "B"))))
        .post(Items.PATH + "/" + UUID.randomUUID() + "/split")
        .then()
        .statusCode(404);
    // the lot is untouched by the failed attempts
    api.as("viewer").get(Items.PATH + "/" + lot).then().statusCode(200);
  }

  /**
   * The preview a person confirms shows, cent by cent, what the split then does; it writes nothing.
   * Each refusal stands beside the same request succeeding.
   */
  @Test
  void thePreviewShowsEachPiecesCostsExactlyAsTheSplitAllocatesThemAndWritesNothing(
      Api api, ResellServer server) {
    String lot = boxLot(api, Items.unique("Previewed lot "));
    Map<String, Object> body =
        Map.of(
            "items",
            List.of(
                Map.of("item_name", "Tin toy", "estimated_value", 100),
                Map.of("item_name", "Brass bell", "estimated_value", 50),
                Map.of("item_name", "Postcards", "estimated_value", 33)));
    String preview = Items.PATH + "/" + lot + "/split/preview";

    api.anonymous().body(body).post(preview).then().statusCode(401);
    api.as("viewer").body(body).post(preview).then().statusCode(403);
    api.as("staff")
        .body(
            Map.of(
                "items",
                List.of(Map.of("item_name", "A", "estimated_value", 5), Map.of("item_name", "B"))))
        .post(preview)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("estimated value"));
    JsonPath shown =
        Items.json(
            api.as("staff").body(body).post(preview).then().statusCode(200).extract().response());
    assertThat(shown.getString("item_name")).startsWith("Previewed lot ");
    assertThat(shown.getString("total_cost")).isEqualTo("136.28");
    assertThat(shown.getList("items.item_name"))
        .containsExactly("Tin toy", "Brass bell", "Postcards");
    List<BigDecimal> costs = shown.getList("items.total_cost", BigDecimal.class);
    assertThat(costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("136.28");
    for (String part : List.of("bid_amount", "buyers_premium", "sales_tax", "shipping_cost")) {
      assertThat(
              shown.getList("items." + part, BigDecimal.class).stream()
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(
              Map.of(
                      "bid_amount", "100.00",
                      "buyers_premium", "18.00",
                      "sales_tax", "8.27",
                      "shipping_cost", "10.01")
                  .get(part));
    }
    // nothing was written: the lot is there, it has no pieces
    api.as("viewer").get(Items.PATH + "/" + lot).then().statusCode(200);
    assertThat(
            server
                .database()
                .rows("SELECT 1 FROM inventory WHERE parent_lot_id = ?", UUID.fromString(lot)))
        .isEmpty();

    JsonPath split =
        Items.json(
            api.as("staff")
                .body(body)
                .post(Items.PATH + "/" + lot + "/split")
                .then()
                .statusCode(201)
                .extract()
                .response());
    assertThat(split.getList("items.total_cost", BigDecimal.class)).isEqualTo(costs);
    assertThat(split.getList("items.bid_amount", BigDecimal.class))
        .isEqualTo(shown.getList("items.bid_amount", BigDecimal.class));
    // a split lot is gone: previewing it again is 404
    api.as("staff").body(body).post(preview).then().statusCode(404);
  }
}

package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The invoice pages and the fees switch refuse what they must, each refusal next to the same
 * request without its fault succeeding: the switch is staff's, needs its answer, finds its invoice,
 * needs fees to spread, and cannot take back shares from items split since.
 */
@ResellIT
class InvoiceFeesIT {

  private static final Path CORPUS = Path.of("src/test/resources/invoices");

  @Test
  void theSwitchIsStaffsAndNeedsItsAnswer(Api api) throws IOException {
    String invoice = importInvoice(api, "twinoaks-text-receipt-writer");
    String path = "/api/v1/invoices/" + invoice + "/capitalize-fees";

    api.as("viewer").body(Map.of("capitalize", true)).put(path).then().statusCode(403);
    api.as("staff")
        .contentType("application/json")
        .body("{}")
        .put(path)
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("capitalize"));
    api.as("staff")
        .body(Map.of("capitalize", true))
        .put("/api/v1/invoices/" + UUID.randomUUID() + "/capitalize-fees")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
    api.as("staff")
        .body(Map.of("capitalize", true))
        .put(path)
        .then()
        .statusCode(200)
        .body("fees_capitalized", equalTo(true))
        .body("fees_on_invoice", equalTo(0.0f));

    // the list shows it, newest first, to anyone signed in
    List<Map<String, Object>> list =
        api.as("viewer")
            .get("/api/v1/invoices?limit=500")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    assertThat(list).anySatisfy(i -> assertThat(i).containsEntry("id", invoice));
    api.as("viewer").get("/api/v1/invoices?limit=0").then().statusCode(400);
  }

  @Test
  void anInvoiceWithoutFeesHasNothingToCapitalise(Api api) throws IOException {
    String without = importInvoice(api, "lakeside-void-writer");
    api.as("staff")
        .body(Map.of("capitalize", true))
        .put("/api/v1/invoices/" + without + "/capitalize-fees")
        .then()
        .statusCode(409)
        .body("detail", containsString("no invoice-level fees"));
    // returning fees that were never capitalised is already done
    api.as("staff")
        .body(Map.of("capitalize", false))
        .put("/api/v1/invoices/" + without + "/capitalize-fees")
        .then()
        .statusCode(200)
        .body("fees_capitalized", equalTo(false));
  }

  @Test
  void sharesCannotComeBackFromALotSplitSince(Api api) throws IOException {
    String invoice = importInvoice(api, "bluegrass-sheet-calc");
    String path = "/api/v1/invoices/" + invoice + "/capitalize-fees";
    JsonPath view =
        api.as("staff")
            .body(Map.of("capitalize", true))
            .put(path)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String lot = view.getString("items[0].lot_id");
    BigDecimal lotCost = new BigDecimal(view.getString("items[0].total_cost"));
    api.as("staff")
        .body(
            Map.of(
                "items",
                List.of(
                    Map.of("item_name", "First piece", "estimated_value", 10),
                    Map.of("item_name", "Second piece", "estimated_value", 10))))
        .post("/api/v1/inventory/" + lot + "/split")
        .then()
        .statusCode(201);

    // the pieces carry the lot's cost, share of the fees included, in the invoice's items
    JsonPath after =
        api.as("viewer").get("/api/v1/invoices/" + invoice).then().extract().jsonPath();
    assertThat(after.getList("items.lot_id")).doesNotContain(lot).hasSize(6);
    assertThat(new BigDecimal(after.getString("items_total_cost")))
        .isEqualByComparingTo(view.getString("items_total_cost"));
    assertThat(lotCost).isPositive();

    api.as("staff")
        .body(Map.of("capitalize", false))
        .put(path)
        .then()
        .statusCode(409)
        .body("detail", containsString("split or deleted"));
    // restoring is not possible for a split lot, but the split-free invoice above switches back
    // (InvoiceLandedCostIT); here the fees stay capitalised
    api.as("viewer")
        .get("/api/v1/invoices/" + invoice)
        .then()
        .body("fees_capitalized", equalTo(true));
  }

  private static String importInvoice(Api api, String name) {
    return Imports.importInvoice(api, name, "IF-" + UUID.randomUUID()).getString("invoice.id");
  }
}

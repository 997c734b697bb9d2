package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dry run of an invoice shows the whole cost of every line under the same names as the items
 * the import then creates (hammer, premium, tax, shipping, other fees, total and per-unit landed
 * cost), so what the user checks is what gets written.
 */
@ResellIT
class InvoicePreviewCostIT {

  private static final Path INVOICE =
      Path.of("src/test/resources/invoices/prairie-totals-fees-chromium.pdf");

  private static final List<String> COST =
      List.of(
          "bid_amount",
          "buyers_premium",
          "sales_tax",
          "shipping_cost",
          "other_fees",
          "total_cost",
          "cost_per_item");

  private static JsonPath upload(Api api, Map<String, String> fields, int status) throws Exception {
    var request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", "invoice.pdf", Files.readAllBytes(INVOICE), "application/pdf")
            .multiPart("force", "true");
    fields.forEach(request::multiPart);
    return request.post("/api/v1/import/pdf").then().statusCode(status).extract().jsonPath();
  }

  @Test
  void theDryRunCarriesTheWholeCostOfEveryLineAsTheCreatedItemsDo(Api api) throws Exception {
    String number = "COST-" + UUID.randomUUID();
    JsonPath preview = upload(api, Map.of("dry_run", "true", "invoice_id", number), 200);
    List<Map<String, Object>> previewed = preview.getList("result.items");
    assertThat(previewed).isNotEmpty();
    for (Map<String, Object> line : previewed) {
      assertThat(line).containsKeys(COST.toArray(String[]::new));
      assertThat(line).doesNotContainKey("ocr_confidence");
    }
    assertThat(preview.getMap("totals_check")).containsKeys("matches", "expected", "computed");

    String jobId = upload(api, Map.of("invoice_id", number), 202).getString("job_id");
    JsonPath done = Imports.awaitFinished(api, jobId);
    assertThat(done.getString("status")).isEqualTo("completed");
    List<Map<String, Object>> created = done.getList("result.items");

    assertThat(created).hasSameSizeAs(previewed);
    for (int i = 0; i < created.size(); i++) {
      Map<String, Object> item = new HashMap<>(created.get(i));
      Map<String, Object> line = new HashMap<>(previewed.get(i));
      assertThat(item.remove("lot_id")).isNotNull();
      assertThat(item.keySet()).isEqualTo(line.keySet());
      for (String field : COST) {
        assertThat(item.get(field))
            .as(field + " of line " + line.get("source_row"))
            .isEqualTo(line.get(field));
      }
    }
  }
}

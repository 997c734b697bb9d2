package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23, item 4: the inventory exported (filtered) and imported back creates no copies. Its rows
 * carry their items' lot ids (and SKUs): the preview counts them, the import skips them or, when
 * asked, updates those items from the sheet; the same file a second time is refused like an invoice
 * imported twice.
 */
@ResellIT
class ExportReimportIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static RequestSpecification upload(
      Api api, String format, byte[] file, Map<String, String> fields) {
    RequestSpecification request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file", "inventory." + format, file, format.equals("csv") ? "text/csv" : XLSX);
    fields.forEach(request::multiPart);
    return request;
  }

  private static String path(String format) {
    return "/api/v1/import/" + (format.equals("csv") ? "csv" : "excel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void anExportImportedBackCreatesNoCopies(String format, Api api, ResellServer server) {
    String word = "reimport" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String clock = item(api, "Shelf clock " + word, "SKU-" + word, "40.00");
    item(api, "Brass bell " + word, null, "12.00");
    String lamp = item(api, "Oil lamp " + word, null, "20.00");
    byte[] file = Imports.exported(api, format, word);

    // the preview: three rows are items already, nothing new; an unknown choice is refused
    upload(api, format, file, Map.of("dry_run", "true", "on_existing", "merge"))
        .post(path(format))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("on_existing"));
    JsonPath preview =
        upload(api, format, file, Map.of("dry_run", "true"))
            .post(path(format))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(preview.getInt("result.imported")).isZero();
    assertThat(preview.getInt("result.existing.matched")).isEqualTo(3);
    assertThat(preview.getString("result.existing.on_existing")).isEqualTo("skip");
    assertThat(preview.getList("result.existing.rows.lot_id")).contains(clock, lamp);

    // imported (skipping them, the default): no new item, each row reported
    String first =
        upload(api, format, file, Map.of())
            .post(path(format))
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath done = Imports.awaitFinished(api, first);
    assertThat(done.getString("status")).isEqualTo("completed");
    assertThat(done.getInt("result.imported")).isZero();
    assertThat(done.getInt("result.existing.skipped")).isEqualTo(3);
    assertThat(done.getList("result.existing.rows.outcome")).containsOnly("skipped");
    assertThat(Imports.liveItemsEndingIn(server, word)).isEqualTo(3);

    // the same file again is refused in words, then taken when the person insists
    upload(api, format, file, Map.of())
        .post(path(format))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("before"))
        .body("detail", not(containsString("force")))
        .body("detail", not(containsString(first)));

    // changed since the export: updating from the sheet brings the exported estimate back
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(Map.of("estimated_value", new BigDecimal("99.00")))
        .patch("/api/v1/inventory/" + lamp)
        .then()
        .statusCode(200);
    String second =
        upload(api, format, file, Map.of("force", "true", "on_existing", "update"))
            .post(path(format))
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath updated = Imports.awaitFinished(api, second);
    assertThat(updated.getString("status")).isEqualTo("completed");
    assertThat(updated.getInt("result.imported")).isZero();
    assertThat(updated.getInt("result.existing.updated")).isEqualTo(1);
    assertThat(updated.getInt("result.existing.unchanged")).isEqualTo(2);
    assertThat(Imports.liveItemsEndingIn(server, word)).isEqualTo(3);
    JsonPath page =
        api.as("viewer")
            .get("/api/v1/inventory/" + lamp)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(new BigDecimal(page.getString("inventory.estimated_value")))
        .isEqualByComparingTo("20.00");
    assertThat(page.getString("activity_log[0].action_type")).isEqualTo("import_update");
  }

  private static String item(Api api, String name, String sku, String estimate) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name);
    fields.put("category", "collectibles");
    fields.put("condition", "good");
    fields.put("bid_amount", new BigDecimal("5.00"));
    fields.put("estimated_value", new BigDecimal(estimate));
    if (sku != null) fields.put("sku", sku);
    return api.as("staff")
        .body(fields)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }
}

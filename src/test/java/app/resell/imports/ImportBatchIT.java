package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /import/batch}: several files in one upload, one job each, all or none. */
@ResellIT
class ImportBatchIT {

  private static byte[] sheet(String marker, String thing) {
    return String.join(
            "\n",
            "Item,Qty,Paid,Date Bought",
            "\"" + thing + " one " + marker + "\",1,$10.00,3/14/2025",
            "\"" + thing + " two " + marker + "\",2,$4.50,3/15/2025",
            "," + "1,$3.00,3/15/2025")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void startsOneJobPerFileAndTellsEachKindByItsContent(Api api) throws IOException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    byte[] invoice =
        Files.readAllBytes(Path.of("src/test/resources/invoices/harborview-perline-chromium.pdf"));
    JsonPath accepted =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("files[]", "lamps.csv", sheet(marker, "Brass lamp"), "text/csv")
            .multiPart("files[]", "clocks.csv", sheet(marker, "Mantel clock"), "text/csv")
            .multiPart("files[]", "invoice.pdf", invoice, "application/pdf")
            .multiPart("force", "true")
            .post("/api/v1/import/batch")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    assertThat(accepted.getString("batch_id")).isNotBlank();
    List<String> jobIds = accepted.getList("job_ids");
    assertThat(jobIds).hasSize(3).doesNotHaveDuplicates();
    assertThat(accepted.getList("jobs.type")).containsExactly("csv", "csv", "pdf");
    assertThat(accepted.getList("jobs.file_name"))
        .containsExactly("lamps.csv", "clocks.csv", "invoice.pdf");

    for (int i = 0; i < 2; i++) {
      JsonPath status = Imports.awaitFinished(api, jobIds.get(i));
      assertThat(status.getString("status")).isEqualTo("completed");
      assertThat(status.getInt("result.imported")).isEqualTo(2);
      assertThat(status.getInt("result.rejected")).isEqualTo(1);
      assertThat(status.getList("result.items.item_name", String.class))
          .allMatch(name -> name.endsWith(marker));
    }
    // read as an invoice: imported, or refused as an invoice already imported by another test
    JsonPath pdf = Imports.awaitFinished(api, jobIds.get(2));
    if (pdf.getString("status").equals("failed")) {
      assertThat(pdf.getString("error.code")).isEqualTo("duplicate_invoice");
    } else {
      assertThat(pdf.getString("status")).isIn("completed", "needs_review");
      assertThat(pdf.getInt("result.imported")).isPositive();
    }
  }

  @Test
  void aFileSeenBeforeStartsNoneOfTheBatch(Api api, ResellServer server) throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    byte[] known = sheet(marker, "Pewter tankard");
    String earlier =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", "tankards.csv", known, "text/csv")
            .post("/api/v1/import/csv")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    Imports.awaitFinished(api, earlier);

    byte[] fresh = sheet(marker, "Cast iron skillet");
    batch(api, "csv")
        .multiPart("files[]", "skillets.csv", fresh, "text/csv")
        .multiPart("files[]", "tankards-again.csv", known, "text/csv")
        .post("/api/v1/import/batch")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("tankards-again.csv"))
        .body("related.job_id", equalTo(earlier));
    assertThat(jobsOfSkillets(server, marker)).as("the fresh file was not imported").isZero();

    batch(api, "csv")
        .multiPart("files[]", "skillets.csv", fresh, "text/csv")
        .multiPart("files[]", "skillets-copy.csv", fresh, "text/csv")
        .post("/api/v1/import/batch")
        .then()
        .statusCode(409)
        .body("detail", containsString("twice"));
    assertThat(jobsOfSkillets(server, marker)).isZero();
  }

  @Test
  void badBatchesAreRefusedWithTheField(Api api) {
    batch(api, "csv")
        .post("/api/v1/import/batch")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("files"));
    batch(api, "word")
        .multiPart("files[]", "a.csv", "Item\nx".getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/v1/import/batch")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"))
        .body("detail", containsString("excel"));
    api.as("viewer")
        .contentType("multipart/form-data")
        .multiPart("files[]", "a.csv", "Item\nx".getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/v1/import/batch")
        .then()
        .statusCode(403);
  }

  private static RequestSpecification batch(Api api, String type) {
    return api.as("staff").contentType("multipart/form-data").multiPart("type", type);
  }

  private static int jobsOfSkillets(ResellServer server, String marker) throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement("SELECT count(*) FROM inventory WHERE item_name LIKE ?")) {
      st.setString(1, "Cast iron skillet%" + marker);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

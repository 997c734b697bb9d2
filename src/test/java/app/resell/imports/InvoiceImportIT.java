package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Invoice PDFs from the test corpus (src/test/resources/invoices, each with its expected results)
 * imported over HTTP through the batch job into real PostgreSQL.
 */
@ResellIT
class InvoiceImportIT {

  private static final Path CORPUS = Path.of("src/test/resources/invoices");

  @Test
  void importsAnInvoiceAsPricedItemsLinkedToTheInvoice(Api api, ResellServer server)
      throws IOException, SQLException {
    JsonPath expected = expected("harborview-perline-chromium");
    String jobId =
        upload(api, "harborview-perline-chromium.pdf", null)
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");

    JsonPath status = Imports.awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getString("invoice.auction_house"))
        .isEqualTo(expected.getString("header.auctionHouse"));
    assertThat(status.getString("invoice.invoice_number"))
        .isEqualTo(expected.getString("header.invoiceNumber"));
    assertThat(status.getBoolean("totals_check.matches")).isTrue();
    int lots = expected.getList("items").size();
    assertThat(status.getInt("result.imported")).isEqualTo(lots);
    assertThat(status.getList("result.items.lot_number", String.class))
        .containsExactlyElementsOf(expected.getList("items.lot", String.class));

    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT count(*), sum(i.total_cost), min(v.printed_total), bool_and(i.invoice_id = v.invoice_number)"
                    + " FROM inventory i JOIN invoices v ON v.id = i.invoice_record_id WHERE i.import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(lots);
        // every cent of hammer, premium and tax is in the items' landed cost
        assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(rs.getBigDecimal(3));
        assertThat(rs.getBoolean(4)).isTrue();
      }
    }
  }

  @Test
  void anInvoiceWhoseLinesDisagreeWithItsTotalsNeedsReview(Api api) throws IOException {
    String jobId =
        upload(api, "maplewood-mismatch-pdfbox.pdf", null)
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = Imports.awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("needs_review");
    assertThat(status.getBoolean("totals_check.matches")).isFalse();
    assertThat(new BigDecimal(status.getString("result.totals_difference")))
        .isEqualByComparingTo("-10.00");
  }

  @Test
  void aDryRunShowsTheInvoiceAndWritesNothing(Api api) throws IOException {
    JsonPath expected = expected("prairie-totals-fees-chromium");
    upload(api, "prairie-totals-fees-chromium.pdf", "dry_run")
        .then()
        .statusCode(200)
        .body("dry_run", equalTo(true))
        .body("job_id", nullValue())
        .body("invoice.invoice_number", equalTo(expected.getString("header.invoiceNumber")))
        .body("result.imported", equalTo(expected.getList("items").size()))
        .body("result.skipped", equalTo(expected.getList("skipped").size()));
  }

  @Test
  void aFileThatIsNotAPdfIsRefusedAtUploadAndStartsNoJob(Api api) {
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart(
            "file",
            "invoice.pdf",
            "Dear bidder, thank you".getBytes(StandardCharsets.UTF_8),
            "application/pdf")
        .post("/api/v1/import/pdf")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", endsWith("/not-pdf"))
        .body("errors[0].field", equalTo("file"));
  }

  @Test
  void theSameInvoiceFromAnotherFileIsRefused(Api api) throws IOException {
    String first =
        upload(api, "ironbridge-tbl-groff.pdf", null)
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    assertThat(Imports.awaitFinished(api, first).getString("status"))
        .isIn("completed", "needs_review");
    String second =
        upload(api, "ironbridge-tbl-groff.pdf", "force")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = Imports.awaitFinished(api, second);
    assertThat(status.getString("status")).isEqualTo("failed");
    assertThat(status.getString("error.code")).isEqualTo("duplicate_invoice");
    assertThat(status.getInt("result.imported")).isZero();
  }

  private static io.restassured.response.Response upload(Api api, String file, String flag)
      throws IOException {
    var request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", file, Files.readAllBytes(CORPUS.resolve(file)), "application/pdf");
    if (flag != null) request = request.multiPart(flag, "true");
    return request.post("/api/v1/import/pdf");
  }

  private static JsonPath expected(String name) throws IOException {
    return new JsonPath(Files.readString(CORPUS.resolve(name + ".expected.json")));
  }
}

package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A scanned invoice (no text layer) is read by tesseract, but never becomes inventory by itself:
 * the import ends needs_review with no item, showing each line with its OCR confidence and the
 * totals check, and the items are created when the user confirms, with their corrections. Runs
 * where tesseract is installed (.ci/run installs it).
 */
@ResellIT
class ScannedInvoiceIT {

  private static final Path SCAN = Path.of("src/test/resources/scans/harborview-scan-200dpi.pdf");

  @BeforeAll
  static void needsTesseract() {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/tesseract"))
            || Files.isExecutable(Path.of("/usr/local/bin/tesseract")),
        "tesseract is not installed; .ci/run installs it");
  }

  private static String upload(Api api, byte[] pdf, Map<String, String> fields, int status) {
    var request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", "scan.pdf", pdf, "application/pdf")
            .multiPart("force", "true");
    fields.forEach(request::multiPart);
    return request.post("/api/v1/import/pdf").then().statusCode(status).extract().asString();
  }

  @Test
  void aScannedInvoiceWaitsForConfirmationThenBecomesTheConfirmedItems(Api api, ResellServer server)
      throws Exception {
    String number = "SCAN-" + UUID.randomUUID();
    JsonPath accepted =
        new JsonPath(upload(api, Files.readAllBytes(SCAN), Map.of("invoice_id", number), 202));
    String jobId = accepted.getString("job_id");

    JsonPath review = Imports.awaitFinished(api, jobId);
    assertThat(review.getString("status")).isEqualTo("needs_review");
    assertThat(review.getInt("result.imported")).isZero();
    assertThat(review.getList("result.items")).isEmpty();
    assertThat(itemsOf(server, jobId)).isZero();
    assertThat(review.getBoolean("totals_check.matches")).isTrue();
    assertThat(review.getBoolean("ocr.awaiting_confirmation")).isTrue();
    assertThat(review.getString("ocr.confirm_url"))
        .isEqualTo("/api/v1/import/" + jobId + "/confirm");
    List<Map<String, Object>> lines = review.getList("ocr.lines");
    assertThat(lines)
        .extracting(l -> l.get("lot_number"))
        .containsExactly("0012", "0013", "12A", "0101", "0117", "0120");
    for (Map<String, Object> line : lines) {
      assertThat(((Number) line.get("ocr_confidence")).doubleValue()).isBetween(0.5, 1.0);
      assertThat(line)
          .containsKeys(
              "bid_amount",
              "buyers_premium",
              "sales_tax",
              "shipping_cost",
              "other_fees",
              "total_cost",
              "cost_per_item");
    }
    int first = (Integer) lines.get(0).get("source_row");
    int second = (Integer) lines.get(1).get("source_row");

    JsonPath confirmed =
        api.as("staff")
            .contentType("application/json")
            .body(
                Map.of(
                    "lines",
                    List.of(
                        Map.of("source_row", first, "exclude", true),
                        Map.of(
                            "source_row",
                            second,
                            "item_name",
                            "Oak washstand",
                            "bid_amount",
                            250.00))))
            .post("/api/v1/import/" + jobId + "/confirm")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(confirmed.getString("status")).isEqualTo("completed");
    assertThat(confirmed.getInt("result.imported")).isEqualTo(5);
    assertThat(confirmed.getBoolean("ocr.awaiting_confirmation")).isFalse();
    assertThat(itemsOf(server, jobId)).isEqualTo(5);
    Map<String, Object> washstand = confirmed.getMap("result.items[0]");
    assertThat(washstand)
        .containsEntry("lot_number", "0013")
        .containsEntry("item_name", "Oak washstand");
    assertThat(washstand.get("bid_amount").toString()).isEqualTo("250.0");
    assertThat(washstand.get("buyers_premium").toString()).isEqualTo("43.2");

    api.as("staff")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/import/" + jobId + "/confirm")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void theDryRunShowsEachLineWithItsConfidenceAndWritesNothing(Api api) throws Exception {
    JsonPath preview =
        new JsonPath(upload(api, Files.readAllBytes(SCAN), Map.of("dry_run", "true"), 200));

    assertThat(preview.getString("status")).isEqualTo("needs_review");
    assertThat(preview.getList("result.items")).hasSize(6);
    assertThat(preview.getDouble("result.items[0].ocr_confidence")).isBetween(0.5, 1.0);
    assertThat(preview.getString("result.items[0].cost_per_item")).isEqualTo("107.57");
    assertThat(preview.getList("ocr.lines")).hasSize(6);
    assertThat(preview.getBoolean("totals_check.matches")).isTrue();
  }

  @Test
  void aScanOcrCannotReadFailsAsScannedWithNoText(Api api) throws Exception {
    String jobId =
        new JsonPath(
                upload(api, blankScan(), Map.of("invoice_id", "BLANK-" + UUID.randomUUID()), 202))
            .getString("job_id");

    JsonPath report = Imports.awaitFinished(api, jobId);
    assertThat(report.getString("status")).isEqualTo("failed");
    assertThat(report.getString("error.code")).isEqualTo("no_text");
    assertThat(report.getString("error.message")).contains("no text layer");
  }

  @Test
  void onlyAScanWaitingForConfirmationCanBeConfirmed(Api api) {
    api.as("staff")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/import/" + UUID.randomUUID() + "/confirm")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api.as("viewer")
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/import/" + UUID.randomUUID() + "/confirm")
        .then()
        .statusCode(403);
  }

  /** A one-page PDF holding only a blank grey image: a scan of nothing. */
  private static byte[] blankScan() throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_BYTE_GRAY);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, 612, 792);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static int itemsOf(ResellServer server, String jobId) throws Exception {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement("SELECT count(*) FROM inventory WHERE import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

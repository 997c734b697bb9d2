package app.resell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.photos.TestImages;
import app.resell.testing.Api;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A small business on the test server: a staff user, an item bought and sold out in {@link #YEAR}
 * (nothing of it stays on hand into a later year's inventory figures) with its history, listing,
 * fees and a photo, an invoice import with its kept file and a failed import of the same invoice,
 * also with its file.
 */
record Business(
    String staffEmail,
    String staffPassword,
    String lotId,
    String invoiceJob,
    String failedJob,
    String photoId,
    byte[] photo) {

  /** A year no other test's data reaches. */
  static final int YEAR = 2009;

  static Business build(Api api) throws IOException {
    String email = "backup-staff-" + BackupRestoreIT.unique() + "@resell.test";
    String password = "a-backed-up-staff-password";
    api.asAdmin()
        .body(Map.of("email", email, "password", password, "role", "staff"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    String lot =
        api.as("staff")
            .body(
                Map.of(
                    "item_name",
                    "Backed-up walnut chest " + BackupRestoreIT.unique(),
                    "bid_amount",
                    "40.00",
                    "buyers_premium",
                    "6.00",
                    "quantity",
                    1,
                    "category",
                    "furniture",
                    "auto_categorize",
                    false,
                    "acquisition_date",
                    YEAR + "-03-02T10:00:00Z"))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .extract()
            .path("lot_id");
    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(Map.of("estimated_value", new BigDecimal("120.00"), "notes", "dovetailed drawers"))
        .patch("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200);
    String listing =
        api.as("staff")
            .body(Map.of("platform", "ebay", "status", "active", "list_price", "95.00"))
            .post("/api/v1/inventory/" + lot + "/listings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    api.as("staff")
        .body(
            Map.of(
                "sold_price", "89.00",
                "sold_date", YEAR + "-06-15T12:00:00Z",
                "platform_fees", "11.75",
                "actual_shipping", "14.20",
                "shipping_paid", "15.00"))
        .post("/api/v1/listings/" + listing + "/sale")
        .then()
        .statusCode(201);
    String photoId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "chest.png",
                TestImages.encode(TestImages.quadrants(120, 80), "png"),
                "image/png")
            .post("/api/v1/inventory/" + lot + "/photos")
            .then()
            .statusCode(201)
            .extract()
            .path("[0].id");
    byte[] stored = photo(api, photoId);
    // an invoice number of its own, so no other test's import of the same file makes it a duplicate
    String number = "BK-" + UUID.randomUUID();
    String invoice = uploadInvoice(api, number);
    assertThat(finished(api, invoice)).isIn("completed", "needs_review");
    String failed = uploadInvoice(api, number);
    assertThat(finished(api, failed)).isEqualTo("failed");
    assertThat(BackupRestoreIT.status(api, failed).getString("error.code"))
        .as("refused as a duplicate by its header step, no line step after it")
        .isEqualTo("duplicate_invoice");
    return new Business(email, password, lot, invoice, failed, photoId, stored);
  }

  /** The staff user signs in with the password it had before the backup. */
  void signsIn(Api api) {
    api.anonymous()
        .contentType(ContentType.JSON)
        .body(Map.of("email", staffEmail, "password", staffPassword))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200);
  }

  /** The photo's stored image as the server serves it. */
  static byte[] photo(Api api, String photoId) {
    return api.as("viewer")
        .get("/api/v1/photos/" + photoId)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static String uploadInvoice(Api api, String number) throws IOException {
    String file = "ironbridge-tbl-groff.pdf";
    return api.as("staff")
        .contentType("multipart/form-data")
        .multiPart(
            "file",
            file,
            Files.readAllBytes(BackupRestoreIT.CORPUS.resolve(file)),
            "application/pdf")
        .multiPart("force", "true")
        .multiPart("invoice_id", number)
        .post("/api/v1/import/pdf")
        .then()
        .statusCode(202)
        .extract()
        .path("job_id");
  }

  private static String finished(Api api, String jobId) {
    String[] status = new String[1];
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              status[0] = BackupRestoreIT.status(api, jobId).getString("status");
              return !status[0].matches("pending|processing");
            });
    return status[0];
  }
}

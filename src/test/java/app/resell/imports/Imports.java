package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Imports for tests: waits for an import to finish and answers its last status report. */
public final class Imports {

  /** The hand-made invoices with their expected results. */
  public static final Path CORPUS = Path.of("src/test/resources/invoices");

  private Imports() {}

  /**
   * Imports a corpus invoice as staff under an invoice number of its own (other tests import the
   * same files) and answers its status once completed.
   */
  public static JsonPath importInvoice(Api api, String name, String number) {
    byte[] pdf;
    try {
      pdf = Files.readAllBytes(CORPUS.resolve(name + ".pdf"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", name + ".pdf", pdf, "application/pdf")
            .multiPart("invoice_id", number)
            .multiPart("force", "true")
            .post("/api/v1/import/pdf")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    return status;
  }

  public static JsonPath awaitFinished(Api api, String jobId) {
    return awaitFinished(api, jobId, Duration.ofSeconds(180));
  }

  public static JsonPath awaitFinished(Api api, String jobId, Duration atMost) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] =
                  api.asAdmin()
                      .get("/api/v1/import/status/" + jobId)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return !last[0].getString("status").matches("pending|processing");
            });
    return last[0];
  }

  /** The inventory export (xlsx or csv) of the items a search finds. */
  public static byte[] exported(Api api, String format, String search) {
    return api.as("viewer")
        .queryParam("format", format)
        .queryParam("search", search)
        .get("/api/v1/export/excel")
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  /** How many live items have a name ending in the word. */
  public static int liveItemsEndingIn(ResellServer server, String word) {
    return server
        .database()
        .rows(
            "SELECT lot_id FROM inventory WHERE item_name LIKE ? AND deleted_at IS NULL",
            "% " + word)
        .size();
  }
}

package app.resell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** A sheet import large enough to be running while a backup is taken. */
public final class BigImport {

  private BigImport() {}

  public static String start(Api api, int rows, int everyBad) {
    String marker = BackupRestoreIT.unique();
    StringBuilder csv = new StringBuilder("Item,Qty,Paid,Date Bought\n");
    for (int i = 1; i <= rows; i++) {
      String name = i % everyBad == 0 ? "" : "Backup lot " + i + " " + marker;
      csv.append(name).append(",1,$").append(i % 97).append(".25,2025-03-01\n");
    }
    return api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(202)
        .extract()
        .path("job_id");
  }

  /** The import's status as its page shows it (one item listed). */
  public static JsonPath status(Api api, String jobId) {
    return BackupRestoreIT.status(api, jobId);
  }

  public static int rows(TestDatabase db, String jobId) throws SQLException {
    return BackupRestoreIT.count(
        db, "SELECT count(*) FROM inventory WHERE import_job_id = ?::uuid", jobId);
  }

  /**
   * Waits for the import to complete, then finds every good line once and every bad one refused.
   */
  public static void assertEveryLineOnce(
      Api api, TestDatabase db, String jobId, int rows, int everyBad) throws SQLException {
    await()
        .atMost(Duration.ofMinutes(6))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> BackupRestoreIT.status(api, jobId).getString("status").equals("completed"));
    int good = rows - rows / everyBad;
    var done = BackupRestoreIT.status(api, jobId);
    assertThat(done.getInt("result.imported")).isEqualTo(good);
    assertThat(done.getInt("result.rejected")).isEqualTo(rows / everyBad);
    Map<String, Object> counts =
        db.rows(
                "SELECT count(*) AS n, count(DISTINCT source_line) AS lines FROM inventory"
                    + " WHERE import_job_id = ?::uuid",
                jobId)
            .get(0);
    assertThat(((Number) counts.get("n")).intValue()).isEqualTo(good);
    assertThat(((Number) counts.get("lines")).intValue()).isEqualTo(good);
  }
}

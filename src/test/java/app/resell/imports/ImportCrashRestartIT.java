package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The server is killed (SIGKILL) in the middle of a large import; after it starts again the
 * interrupted execution is marked failed, and restarting it from the jobs console finishes the
 * import with every line exactly once. 100,000 lines (about 4.5 MB) stay under the test server's 5
 * MB body cap.
 */
@ResellIT
class ImportCrashRestartIT {

  static final int ROWS = 100_000;
  static final int EVERY_BAD = 1_000;

  @Test
  void aKilledImportRestartsAndImportsEveryLineExactlyOnce(Api api, ResellServer server)
      throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("Item,Qty,Paid,Date Bought\n");
    for (int i = 1; i <= ROWS; i++) {
      String name = i % EVERY_BAD == 0 ? "" : "Crash lot " + i + " " + marker;
      csv.append(name).append(",1,$").append(i % 97).append(".25,2025-03-01\n");
    }
    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/api/v1/import/csv")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> imported(server, jobId) > 0);
    assertThat(status(api, jobId).getString("status")).isEqualTo("processing");
    server.kill();
    server.start();

    JsonPath interrupted = status(api, jobId);
    assertThat(interrupted.getString("status")).isEqualTo("failed");
    assertThat(interrupted.getString("error.code")).isEqualTo("interrupted");
    long execution = interrupted.getLong("execution_id");

    api.asAdmin().post("/api/v1/jobs/" + execution + "/restart").then().statusCode(202);
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> status(api, jobId).getString("status").equals("completed"));

    int bad = ROWS / EVERY_BAD;
    JsonPath done = status(api, jobId);
    assertThat(done.getInt("result.imported")).isEqualTo(ROWS - bad);
    assertThat(done.getInt("result.rejected")).isEqualTo(bad);
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT count(*), count(DISTINCT source_line), count(DISTINCT item_name) FROM inventory"
                    + " WHERE import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(ROWS - bad);
        assertThat(rs.getInt(2)).isEqualTo(ROWS - bad);
        assertThat(rs.getInt(3)).isEqualTo(ROWS - bad);
      }
    }
  }

  private static JsonPath status(Api api, String jobId) {
    return api.asAdmin()
        .get("/api/v1/import/status/" + jobId + "?items_limit=1")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static int imported(ResellServer server, String jobId) throws SQLException {
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

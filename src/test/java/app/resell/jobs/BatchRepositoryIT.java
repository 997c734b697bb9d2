package app.resell.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@ResellIT
class BatchRepositoryIT {

  /** That the history also survives a restart is checked where the server restarts anyway. */
  @Test
  void batchHistoryLivesInPostgresql(Api api, ResellServer server) throws SQLException {
    insertStaleRefreshTokens(server, 3);

    int executionId =
        api.asAdmin()
            .post("/api/v1/jobs/start/purge-refresh-tokens")
            .then()
            .statusCode(202)
            .body("job_name", equalTo("purge-refresh-tokens"))
            .extract()
            .path("execution_id");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                api.asAdmin()
                    .get("/api/v1/jobs/" + executionId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED")));
    api.asAdmin()
        .get("/api/v1/jobs/" + executionId)
        .then()
        .body("steps[0].name", equalTo("purge"))
        .body("steps[0].metrics.read_count", equalTo(3))
        .body("steps[0].metrics.write_count", equalTo(3));
    assertThat(count(server, "SELECT count(*) FROM refresh_tokens WHERE user_agent = 'stale-test'"))
        .isZero();
    assertThat(batchTables(server))
        .anyMatch(t -> t.endsWith("jobinstancedata"))
        .anyMatch(t -> t.endsWith("executioninstancedata"))
        .anyMatch(t -> t.endsWith("checkpointdata"));
  }

  @Test
  void jobConsoleIsForAdminsAndAnswersProblems(Api api) {
    api.as("staff").get("/api/v1/jobs").then().statusCode(403);
    api.asAdmin()
        .get("/api/v1/jobs/987654321")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api.asAdmin()
        .post("/api/v1/jobs/start/drop-everything")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("job"))
        .body("errors[0].message", containsString("purge-refresh-tokens"));
  }

  private static void insertStaleRefreshTokens(ResellServer server, int n) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO refresh_tokens (user_id, family_id, token_hash, issued_at, expires_at, user_agent)"
              + " SELECT (SELECT id FROM users ORDER BY created_at LIMIT 1), gen_random_uuid(),"
              + " md5(random()::text) || md5(random()::text), now() - interval '60 days',"
              + " now() - interval '30 days', 'stale-test' FROM generate_series(1, "
              + n
              + ")");
    }
  }

  private static long count(ResellServer server, String sql) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> batchTables(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT lower(table_schema || '.' || table_name) FROM information_schema.tables")) {
      List<String> names = new ArrayList<>();
      while (rs.next()) names.add(rs.getString(1));
      return names;
    }
  }
}

package app.resell.imports;

import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Waits for an import to finish and answers its last status report. */
final class Imports {

  private Imports() {}

  static JsonPath awaitFinished(Api api, String jobId) {
    return awaitFinished(api, jobId, Duration.ofSeconds(180));
  }

  static JsonPath awaitFinished(Api api, String jobId, Duration atMost) {
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
}

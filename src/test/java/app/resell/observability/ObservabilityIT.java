package app.resell.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ResellIT
class ObservabilityIT {

  @Test
  void healthIsPublicAndReadinessChecksTheDatabase(Api api) {
    api.anonymous().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    api.anonymous()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
    api.anonymous()
        .get("/api/v1/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("healthy"))
        .body("version", matchesPattern("\\d+\\.\\d+\\.\\d+.*"))
        .body("services.database", equalTo("healthy"))
        .body("services.jobs", equalTo("healthy"));
  }

  @Test
  void metricsRecordRequestDurationByEndpointAndStatus(Api api) {
    api.asAdmin().get("/api/v1/users").then().statusCode(200);
    api.anonymous()
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(containsString("resell_http_request_duration_milliseconds{"))
        .body(containsString("endpoint=\"GET /users\""))
        .body(containsString("status=\"200\""));
  }

  @Test
  void openApiDocumentsTheApiAndSwaggerUiIsServed(Api api) {
    api.anonymous()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/auth/login"))
        .body(containsString("bearer"));
    api.anonymous().get("/api-docs/").then().statusCode(200).body(containsString("swagger-ui"));
    api.anonymous().get("/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js").then().statusCode(200);
  }

  /** Every worked example of openapi-examples.json is in the document, on its operation. */
  @Test
  @SuppressWarnings("unchecked")
  void openApiCarriesTheWorkedExamples(Api api) throws Exception {
    Map<String, Object> document =
        api.anonymous()
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$");
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    Map<String, Object> examples;
    try (InputStream in =
        getClass().getResourceAsStream("/app/resell/setup/openapi-examples.json")) {
      examples = io.restassured.path.json.JsonPath.from(in).getMap("$");
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
    for (Map.Entry<String, Object> entry : examples.entrySet()) {
      String[] methodAndPath = entry.getKey().split(" ", 2);
      Map<String, Object> operation =
          (Map<String, Object>)
              ((Map<String, Object>) paths.get(methodAndPath[1]))
                  .get(methodAndPath[0].toLowerCase(Locale.ROOT));
      assertThat(operation).as(entry.getKey()).isNotNull();
      Map<String, Object> example = (Map<String, Object>) entry.getValue();
      if (example.containsKey("request")) {
        assertThat(firstExample(operation.get("requestBody")))
            .as(entry.getKey() + " request")
            .isEqualTo(example.get("request"));
      }
      Map<String, Object> responses = (Map<String, Object>) example.get("responses");
      if (responses == null) continue;
      for (Map.Entry<String, Object> answer : responses.entrySet()) {
        Object response = ((Map<String, Object>) operation.get("responses")).get(answer.getKey());
        assertThat(firstExample(response))
            .as(entry.getKey() + " " + answer.getKey())
            .isEqualTo(answer.getValue());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Object firstExample(Object bodyOrResponse) {
    Map<String, Object> content =
        (Map<String, Object>) ((Map<String, Object>) bodyOrResponse).get("content");
    return ((Map<String, Object>) content.values().iterator().next()).get("example");
  }

  @Test
  void theWebUiIsServedAtTheRoot(Api api) {
    api.anonymous().get("/").then().statusCode(200).body(containsString("Resell"));
  }
}

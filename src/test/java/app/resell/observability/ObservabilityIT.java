package app.resell.observability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
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
        .body(containsString("resell_http_request_duration"))
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

  @Test
  void theWebUiIsServedAtTheRoot(Api api) {
    api.anonymous().get("/").then().statusCode(200).body(containsString("Resell"));
  }
}

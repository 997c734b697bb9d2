package app.resell.problems;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.http.ContentType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@ResellIT
class ProblemsIT {

  @Test
  void invalidJsonIsBadRequestProblem(Api api) {
    api.anonymous()
        .body("{\"email\": ")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("detail", containsString("not valid JSON"))
        .body("request_id", notNullValue())
        .body(not(containsString("Exception")));
  }

  @Test
  void missingFieldsAreNamedInTheProblem(Api api) {
    api.anonymous()
        .body("{\"email\": \"someone@resell.test\"}")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("password"));
  }

  @Test
  void oversizedBodyIsPayloadTooLarge(Api api) {
    byte[] body = new byte[(int) ResellServer.MAX_BODY_BYTES + 1024];
    Arrays.fill(body, (byte) 'a');
    api.anonymous()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/auth/login")
        .then()
        .statusCode(413)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void unsupportedMediaTypeIsAProblem(Api api) {
    api.anonymous()
        .contentType(ContentType.XML)
        .body("<login/>")
        .post("/api/v1/auth/login")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
  }

  @Test
  void unknownPathsAndMethodsAreProblems(Api api) {
    api.asAdmin()
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api.anonymous()
        .get("/api/v1/auth/login")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }

  @Test
  void requestIdIsEchoed(Api api) {
    api.anonymous()
        .header("X-Request-Id", "support-ticket-42")
        .get("/api/v1/users")
        .then()
        .statusCode(401)
        .header("X-Request-Id", "support-ticket-42")
        .body("request_id", equalTo("support-ticket-42"));
  }
}

package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Hardening headers on every kind of answer, and CORS only for the configured origin. */
@ResellIT
class SecurityHeadersIT {

  @Test
  void apiAnswersCarryTheHardeningHeadersAndARequestId(Api api) {
    Response answer = api.asAdmin().get("/api/v1/users");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertHardened(answer);
    assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
    assertThat(answer.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void problemAnswersCarryThemToo(Api api) {
    Response unknownItem = api.asAdmin().get("/api/v1/inventory/not-an-id");
    Response badToken =
        api.anonymous().header("Authorization", "Bearer not-a-token").get("/api/v1/inventory");
    Response noToken = api.anonymous().get("/api/v1/inventory");
    Response unknownFile = api.anonymous().get("/no-such-file.txt");
    for (Response problem : new Response[] {unknownItem, badToken, noToken, unknownFile}) {
      assertThat(problem.statusCode()).isBetween(400, 404);
      assertThat(problem.contentType()).startsWith("application/problem+json");
      assertHardened(problem);
      assertThat(problem.header("X-Request-Id"))
          .as("the header names the same request as the problem")
          .isEqualTo(problem.jsonPath().getString("request_id"));
    }
  }

  @Test
  void theWebUiPagesAllowOnlyTheirOwnScripts(Api api) {
    for (String page : new String[] {"/", "/api-docs/"}) {
      Response answer = api.anonymous().get(page);
      assertThat(answer.statusCode()).isEqualTo(200);
      assertHardened(answer);
      String policy = answer.header("Content-Security-Policy");
      assertThat(policy).contains("script-src 'self';");
      assertThat(answer.body().asString())
          .as("no inline script on %s: the policy would block it", page)
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }
    Response module = api.anonymous().get("/app/app.js");
    assertThat(module.statusCode()).isEqualTo(200);
    assertHardened(module);
  }

  @Test
  void aPreflightFromTheConfiguredOriginIsAnswered(Api api) {
    Response preflight =
        api.anonymous()
            .header("Origin", ResellServer.CORS_ORIGIN)
            .header("Access-Control-Request-Method", "PATCH")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .options("/api/v1/inventory");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ResellServer.CORS_ORIGIN);
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
    assertThat(preflight.header("Access-Control-Allow-Headers"))
        .contains("Authorization")
        .contains("Content-Type");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

    Response call = api.asAdmin().header("Origin", ResellServer.CORS_ORIGIN).get("/api/v1/users");
    assertThat(call.statusCode()).isEqualTo(200);
    assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(ResellServer.CORS_ORIGIN);
    assertThat(call.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
  }

  @Test
  void otherOriginsGetNoCorsHeaders(Api api) {
    Response preflight =
        api.anonymous()
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "DELETE")
            .options("/api/v1/inventory");
    assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();
    Response call = api.asAdmin().header("Origin", "https://evil.example").get("/api/v1/users");
    assertThat(call.statusCode()).isEqualTo(200);
    assertThat(call.header("Access-Control-Allow-Origin")).isNull();
  }

  static void assertHardened(Response answer) {
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
    String policy = answer.header("Content-Security-Policy");
    assertThat(policy).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
    assertThat(policy.replaceAll("style-src [^;]*;", "")).doesNotContain("unsafe-inline");
  }
}

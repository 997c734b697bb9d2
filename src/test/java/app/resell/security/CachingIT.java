package app.resell.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No cache keeps tokens or business data: every API answer says {@code Cache-Control: no-store}.
 * HSTS only over TLS: not on plain HTTP, and not because an untrusted caller claims {@code
 * X-Forwarded-Proto: https} (RateLimitIT's server trusts its proxy and gets it).
 */
@ResellIT
class CachingIT {

  @Test
  void tokensAreNotStored(Api api) {
    Response login =
        api.anonymous()
            .body(
                Map.of("email", ResellServer.ADMIN_EMAIL, "password", ResellServer.ADMIN_PASSWORD))
            .post("/api/v1/auth/login");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    Response refresh =
        api.anonymous()
            .body(Map.of("refresh_token", login.jsonPath().getString("refresh_token")))
            .post("/api/v1/auth/refresh");
    assertThat(refresh.statusCode()).isEqualTo(200);
    assertThat(refresh.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void businessDataAndProblemsAreNotStored(Api api) {
    for (String path :
        new String[] {
          "/api/v1/inventory", "/api/v1/dashboard", "/api/v1/users", "/api/v1/no-such"
        }) {
      Response answer = api.asAdmin().get(path);
      assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
    }
  }

  @Test
  void plainHttpGetsNoHstsWhateverTheCallerClaims(Api api) {
    assertThat(api.asAdmin().get("/api/v1/inventory").header("Strict-Transport-Security")).isNull();
    assertThat(
            api.asAdmin()
                .header("X-Forwarded-Proto", "https")
                .get("/api/v1/inventory")
                .header("Strict-Transport-Security"))
        .isNull();
  }
}

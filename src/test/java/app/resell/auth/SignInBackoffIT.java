package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins slow the account down: after ten failures each attempt waits twice as long as the
 * one before, also with the right password, so 300 guesses an hour are no longer possible (the
 * hourly cap of 100 and the doubling are in SignInBackoffTest). The shared server's per-minute
 * limit is out of reach, so this is the back-off alone.
 */
@ResellIT
class SignInBackoffIT {

  private static final int FREE_FAILURES = 10;

  @Test
  void repeatedFailuresMakeTheAccountWaitAndThenItSignsIn(Api api) {
    String email = "guessed-" + UUID.randomUUID() + "@resell.test";
    String password = "the-real-passphrase";
    api.asAdmin()
        .body(Map.of("email", email, "password", password, "role", "viewer"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    for (int i = 0; i < FREE_FAILURES; i++) {
      assertThat(login(api, email, "guess-number-" + i).statusCode()).isEqualTo(401);
    }
    Response waiting = login(api, email, password);
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(waiting.header("Retry-After"))).isBetween(1L, 2L);
    // the same for an account that does not exist: the answers do not tell accounts apart
    String nobody = "nobody-" + UUID.randomUUID() + "@resell.test";
    for (int i = 0; i < FREE_FAILURES; i++) login(api, nobody, "guess-" + i);
    assertThat(login(api, nobody, "guess").statusCode()).isEqualTo(429);

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> login(api, email, password).statusCode() == 200);
    assertThat(login(api, email, "wrong-again").statusCode()).isEqualTo(401);
  }

  private static Response login(Api api, String email, String password) {
    return api.anonymous()
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }
}

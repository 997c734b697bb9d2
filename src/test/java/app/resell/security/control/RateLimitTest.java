package app.resell.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void aStrictLimitRefusesTheSixthAttemptOfTheMinute() {
    RateLimit limit = RateLimit.strict(5);
    for (int i = 1; i <= 5; i++) {
      Verdict verdict = limit.take("ann@example.com");
      assertThat(verdict.allowed()).isTrue();
      assertThat(verdict.remaining()).isEqualTo(5 - i);
    }
    Verdict refused = limit.take("ann@example.com");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    assertThat(limit.take("bob@example.com").allowed()).as("keys are counted apart").isTrue();
  }

  @Test
  void aSmoothLimitLetsTheFirstMinutesRequestsThrough() {
    RateLimit limit = RateLimit.smooth(120);
    for (int i = 1; i <= 120; i++) assertThat(limit.take("user:1").allowed()).isTrue();
  }

  @Test
  void headersNameTheLimitAndRetryAfterOnlyWhenRefused() {
    Map<String, String> allowed = new LinkedHashMap<>();
    new Verdict(true, 120, 119, 1, 0).headers(allowed::put);
    assertThat(allowed)
        .containsEntry("X-RateLimit-Limit", "120")
        .containsEntry("X-RateLimit-Remaining", "119")
        .containsEntry("X-RateLimit-Reset", "1")
        .doesNotContainKey("Retry-After");
    Map<String, String> refused = new LinkedHashMap<>();
    new Verdict(false, 5, 0, 42, 42).headers(refused::put);
    assertThat(refused).containsEntry("Retry-After", "42");
  }

  @Test
  void aLimitNeedsAtLeastOneRequest() {
    assertThatThrownBy(() -> RateLimit.smooth(0)).isInstanceOf(IllegalArgumentException.class);
  }
}

package app.resell.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInBackoffTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void afterTheFreeFailuresEachWaitDoubles() {
    SignInBackoff backoff = SignInBackoff.of(3, 100);
    for (int i = 0; i < 3; i++) {
      assertThat(backoff.wait("a@x", T0)).isZero();
      backoff.failed("a@x", T0);
    }
    assertThat(backoff.wait("A@X ", T0)).isEqualTo(Duration.ofSeconds(1));
    backoff.failed("a@x", T0.plusSeconds(1));
    assertThat(backoff.wait("a@x", T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
    backoff.failed("a@x", T0.plusSeconds(3));
    assertThat(backoff.wait("a@x", T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.wait("a@x", T0.plusSeconds(7))).isZero();
    assertThat(backoff.wait("someone-else@x", T0.plusSeconds(3))).isZero();
    assertThatThrownBy(() -> backoff.check("a@x", T0.plusSeconds(4)))
        .isInstanceOf(RateLimitedException.class)
        .satisfies(
            e -> assertThat(((RateLimitedException) e).verdict().retryAfterSeconds()).isEqualTo(3));
  }

  @Test
  void theHourlyCapHoldsHoweverSlowlyTheFailuresCome() {
    SignInBackoff backoff = SignInBackoff.of(1_000, 100);
    Instant at = T0;
    for (int i = 0; i < 100; i++) {
      assertThat(backoff.wait("a@x", at)).isZero();
      backoff.failed("a@x", at);
      at = at.plusSeconds(30);
    }
    // 100 failures from T0 to T0+49.5 min: the next attempt waits until the first is an hour old
    assertThat(backoff.wait("a@x", at))
        .isEqualTo(Duration.between(at, T0.plus(Duration.ofHours(1))));
    assertThat(backoff.wait("a@x", T0.plus(Duration.ofHours(1)).plusSeconds(1))).isZero();
  }

  @Test
  void theWaitNeverExceedsFifteenMinutesAndSuccessForgets() {
    SignInBackoff backoff = SignInBackoff.of(0, 100);
    for (int i = 0; i < 40; i++) backoff.failed("a@x", T0);
    assertThat(backoff.wait("a@x", T0)).isEqualTo(Duration.ofMinutes(15));
    backoff.succeeded("a@x");
    assertThat(backoff.wait("a@x", T0)).isZero();
  }
}

package app.resell.auth.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EndedSessionsTest {

  @AfterEach
  void forget() {
    EndedSessions.clear();
    EndedSessions.keepFor(Duration.ofMinutes(15));
  }

  @Test
  void anEndedSessionEndsItsTokensOnly() {
    UUID user = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    long now = Instant.now().getEpochSecond();
    EndedSessions.endSession(session, Instant.now());
    assertThat(EndedSessions.ended(user.toString(), session.toString(), now)).isTrue();
    assertThat(EndedSessions.ended(user.toString(), Json.createValue(session.toString()), now))
        .isTrue();
    assertThat(EndedSessions.ended(user.toString(), UUID.randomUUID().toString(), now)).isFalse();
    assertThat(EndedSessions.ended(user.toString(), null, now)).isFalse();
  }

  @Test
  void aUsersEndCoversTokensIssuedInEarlierSecondsOnly() {
    UUID user = UUID.randomUUID();
    Instant at = Instant.now().plusMillis(600);
    EndedSessions.endUser(user, at);
    long second = at.getEpochSecond();
    assertThat(EndedSessions.ended(user.toString(), null, second - 1)).isTrue();
    assertThat(EndedSessions.ended(user.toString(), "s", second)).isFalse();
    assertThat(EndedSessions.ended(user.toString(), null, second + 5)).isFalse();
    assertThat(EndedSessions.ended(UUID.randomUUID().toString(), null, second - 1)).isFalse();
    // a later end moves the line forward, an earlier one never back
    EndedSessions.endUser(user, at.plusSeconds(60));
    EndedSessions.endUser(user, at.minusSeconds(600));
    assertThat(EndedSessions.ended(user.toString(), null, second + 30)).isTrue();
  }

  @Test
  void endsOlderThanAnyLiveTokenAreForgotten() {
    UUID old = UUID.randomUUID();
    UUID user = UUID.randomUUID();
    EndedSessions.endSession(old, Instant.now().minus(Duration.ofMinutes(30)));
    EndedSessions.endUser(user, Instant.now().minus(Duration.ofMinutes(30)));
    EndedSessions.endSession(UUID.randomUUID(), Instant.now()); // prunes
    assertThat(EndedSessions.ended(null, old.toString(), 0)).isFalse();
    assertThat(EndedSessions.ended(user.toString(), null, 0)).isFalse();
  }
}

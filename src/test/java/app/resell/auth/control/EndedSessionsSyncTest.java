package app.resell.auth.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What one instance announces about an ended session is what every other one applies. */
class EndedSessionsSyncTest {

  @AfterEach
  void forget() {
    EndedSessions.clear();
    EndedSessions.keepFor(Duration.ofMinutes(15));
  }

  @Test
  void anAnnouncedSessionEndIsAppliedAsItWasEnded() {
    UUID user = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    EndedSessionsSync.apply(EndedSessionsSync.message("session", session, Instant.now()));
    long now = Instant.now().getEpochSecond();
    assertThat(EndedSessions.ended(user.toString(), session.toString(), now)).isTrue();
    assertThat(EndedSessions.ended(user.toString(), UUID.randomUUID().toString(), now)).isFalse();
  }

  @Test
  void anAnnouncedUserEndCoversTheTokensIssuedBeforeIt() {
    UUID user = UUID.randomUUID();
    Instant at = Instant.now();
    EndedSessionsSync.apply(EndedSessionsSync.message("user", user, at));
    assertThat(EndedSessions.ended(user.toString(), null, at.getEpochSecond() - 1)).isTrue();
    assertThat(EndedSessions.ended(user.toString(), null, at.getEpochSecond() + 1)).isFalse();
  }

  @Test
  void aMalformedMessageChangesNothing() {
    UUID user = UUID.randomUUID();
    EndedSessionsSync.apply("user " + user);
    EndedSessionsSync.apply("planet " + user + " 1");
    EndedSessionsSync.apply(null);
    assertThat(EndedSessions.ended(user.toString(), null, 0)).isFalse();
  }
}

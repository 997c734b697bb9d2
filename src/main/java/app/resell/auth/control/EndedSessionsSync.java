package app.resell.auth.control;

import app.resell.setup.control.ClusterSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Keeps {@link EndedSessions} the same on every instance. An instance that ends a session sends
 * {@code "session <family> <epoch millis>"} or {@code "user <id> <epoch millis>"} on the sessions
 * channel in the ending transaction; every instance applies it when it arrives, milliseconds after
 * the commit. When the channel (re)connects, notifications may have been lost: the registry is
 * filled again from the database, as at start-up ({@link EndedSessionsLoader}).
 */
@ApplicationScoped
public class EndedSessionsSync {

  private static final Logger LOG = Logger.getLogger(EndedSessionsSync.class.getName());

  @Inject EndedSessionsLoader loader;

  void received(@Observes ClusterSignal signal) {
    if (signal.resync()) {
      loader.load();
    } else if (signal.is(app.resell.setup.control.ClusterChannel.SESSIONS)) {
      apply(signal.payload());
    }
  }

  static String message(String kind, UUID id, Instant at) {
    return kind + " " + id + " " + at.toEpochMilli();
  }

  static void apply(String message) {
    String[] parts = message == null ? new String[0] : message.split(" ");
    if (parts.length != 3) {
      LOG.warning(() -> "Ignoring a malformed ended-session message: " + message);
      return;
    }
    UUID id = UUID.fromString(parts[1]);
    Instant at = Instant.ofEpochMilli(Long.parseLong(parts[2]));
    switch (parts[0]) {
      case "session" -> EndedSessions.endSession(id, at);
      case "user" -> EndedSessions.endUser(id, at);
      default -> LOG.warning(() -> "Ignoring an ended-session message of kind " + parts[0]);
    }
  }
}

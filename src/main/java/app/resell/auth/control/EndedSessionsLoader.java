package app.resell.auth.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Fills {@link EndedSessions} at start-up with what ended while tokens issued before it could still
 * be valid: sessions whose every refresh token is revoked, and users' sessions_valid_after. The
 * same again whenever the cluster channel reconnects, for the ends announced while it was down.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class EndedSessionsLoader {

  @PersistenceContext EntityManager em;
  @Inject TokenIssuer tokens;

  /** At start-up, and again whenever the cluster channel reconnects ({@link EndedSessionsSync}). */
  @PostConstruct
  public void load() {
    EndedSessions.keepFor(tokens.accessLifetime());
    OffsetDateTime since = EndedSessions.keptSince(OffsetDateTime.now());
    @SuppressWarnings("unchecked")
    List<Object[]> families =
        em.createNativeQuery(
                "SELECT family_id, max(revoked_at) FROM refresh_tokens GROUP BY family_id"
                    + " HAVING bool_and(revoked_at IS NOT NULL) AND max(revoked_at) > ?")
            .setParameter(1, since)
            .getResultList();
    for (Object[] row : families) {
      EndedSessions.endSession(uuid(row[0]), instant(row[1]));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> users =
        em.createNativeQuery(
                "SELECT id, sessions_valid_after FROM users WHERE sessions_valid_after > ?")
            .setParameter(1, since)
            .getResultList();
    for (Object[] row : users) EndedSessions.endUser(uuid(row[0]), instant(row[1]));
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID id ? id : UUID.fromString(value.toString());
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) return time.toInstant();
    if (value instanceof java.sql.Timestamp time) return time.toInstant();
    if (value instanceof Instant time) return time;
    throw new IllegalStateException("not a time: " + value);
  }
}

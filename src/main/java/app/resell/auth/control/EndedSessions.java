package app.resell.auth.control;

import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions that ended before their access tokens expire. An access token is checked by its
 * signature alone, so without this a signed-out, deactivated or re-roled user's token would keep
 * working for up to its lifetime (15 minutes). Two kinds of end are kept, each only as long as a
 * token issued before it could still be valid:
 *
 * <ul>
 *   <li>a session (refresh-token family, the token's {@code sid} claim) ended by sign-out, by the
 *       reuse of a rotated refresh token, or with all the user's sessions (deactivation, role
 *       change);
 *   <li>for tokens without a session (issued before sessions were named), every token of a user
 *       issued before a moment, in whole seconds as a token's {@code iat} is.
 * </ul>
 *
 * Every API call (through {@code SecureByDefault}) and every live-events socket asks {@link
 * #ended}. The registry is in memory, filled as sessions end (on any instance: {@link
 * EndedSessionsSync} brings the ends of the others within milliseconds) and at start-up from the
 * database ({@link EndedSessionsLoader}).
 */
public final class EndedSessions {

  private static final Map<String, Instant> SESSIONS = new ConcurrentHashMap<>();
  private static final Map<String, Long> USERS = new ConcurrentHashMap<>();
  private static volatile Duration keep = Duration.ofMinutes(16);

  private EndedSessions() {}

  /** How long an end is kept: the access token lifetime plus the allowed clock skew. */
  static void keepFor(Duration accessLifetime) {
    keep = accessLifetime.plusMinutes(1);
  }

  /**
   * The earliest moment an end still matters at {@code now}: a token issued before it has expired.
   */
  static OffsetDateTime keptSince(OffsetDateTime now) {
    return now.minus(keep);
  }

  /** The session (refresh-token family) has ended: its access tokens stop working. */
  public static void endSession(UUID family, Instant at) {
    SESSIONS.put(family.toString(), at);
    prune(Instant.now());
  }

  /** Every access token of the user issued before {@code at} stops working. */
  public static void endUser(UUID user, Instant at) {
    USERS.merge(user.toString(), at.getEpochSecond(), Math::max);
    prune(Instant.now());
  }

  /**
   * Whether a token of {@code subject} (user id) for the session {@code sid} (null for tokens
   * without one), issued at {@code issuedAt} (epoch seconds), belongs to an ended session.
   */
  public static boolean ended(String subject, Object sid, long issuedAt) {
    String session =
        sid instanceof JsonString json
            ? json.getString()
            : sid == null ? null : String.valueOf(sid);
    if (session != null && SESSIONS.containsKey(session)) return true;
    Long notBefore = subject == null ? null : USERS.get(subject);
    return notBefore != null && issuedAt < notBefore;
  }

  private static void prune(Instant now) {
    Instant horizon = now.minus(keep);
    SESSIONS.values().removeIf(at -> at.isBefore(horizon));
    USERS.values().removeIf(second -> second < horizon.getEpochSecond());
  }

  /** Forgets every end (tests of this class only). */
  static void clear() {
    SESSIONS.clear();
    USERS.clear();
  }
}

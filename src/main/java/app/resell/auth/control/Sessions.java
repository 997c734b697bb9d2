package app.resell.auth.control;

import app.resell.auth.entity.RefreshToken;
import app.resell.auth.entity.User;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.ClusterChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in, token refresh with rotation, and sign-out. Runs inside the caller's transaction.
 *
 * <p>A refresh token is 256 random bits shown to the client once; only its SHA-256 is stored. Each
 * refresh revokes the presented token and issues a new one of the same family; a revoked token
 * presented again revokes the family, so a stolen token is good for one use at most.
 */
@ApplicationScoped
public class Sessions {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String BAD_CREDENTIALS = "The email or password is not correct.";

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject TokenIssuer tokens;

  @Inject
  @ConfigProperty(name = "resell.jwt.refresh-days", defaultValue = "14")
  int refreshDays;

  private volatile String dummyHash;

  /** The tokens of a session: a short-lived access token and a refresh token. */
  public record Issued(
      User user,
      String accessToken,
      Duration accessLifetime,
      String refreshToken,
      Duration refreshLifetime) {}

  public Issued signIn(String email, String password, String ip, String userAgent) {
    User user =
        em.createNamedQuery(User.BY_EMAIL, User.class)
            .setParameter("email", User.normalize(email))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      passwords.matches(password, dummyHash()); // same work as a real check: no timing oracle
      throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }
    if (!passwords.matches(password, user.passwordHash()) || !user.canSignIn()) {
      throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }
    user.recordLogin();
    return issue(user, UUID.randomUUID(), ip, userAgent).issued();
  }

  /** A new session for a user who has just proven who they are (a password change). */
  public Issued start(User user, String ip, String userAgent) {
    return issue(user, UUID.randomUUID(), ip, userAgent).issued();
  }

  public Issued refresh(String refreshToken, String ip, String userAgent) {
    RefreshToken current = find(refreshToken);
    OffsetDateTime now = OffsetDateTime.now();
    if (current.wasRotated()) {
      em.createNamedQuery(RefreshToken.REVOKE_FAMILY)
          .setParameter("now", now)
          .setParameter("family", current.familyId())
          .executeUpdate();
      ended("session", current.familyId(), now);
      throw ProblemException.unauthorized("This refresh token was already used; sign in again.");
    }
    if (!current.usable(now) || !current.user().canSignIn()) {
      throw ProblemException.unauthorized("The session has ended; sign in again.");
    }
    Minted next = issue(current.user(), current.familyId(), ip, userAgent);
    current.rotatedTo(next.stored());
    return next.issued();
  }

  /** Ends the session of the refresh token: its refresh tokens and its access tokens. */
  public void signOut(String refreshToken) {
    RefreshToken current = find(refreshToken);
    OffsetDateTime now = OffsetDateTime.now();
    em.createNamedQuery(RefreshToken.REVOKE_FAMILY)
        .setParameter("now", now)
        .setParameter("family", current.familyId())
        .executeUpdate();
    ended("session", current.familyId(), now);
  }

  /**
   * Ends every session of the user (after a deactivation or a role change): their refresh tokens
   * are revoked and the access tokens of each of their sessions stop working, also one issued in
   * the very second of the change. (A session's access tokens are issued with its refresh tokens,
   * so the sessions that can hold a live access token are those with a refresh token issued within
   * an access token's lifetime.)
   */
  public void endAll(User user) {
    OffsetDateTime now = OffsetDateTime.now();
    List<UUID> recent =
        em.createNamedQuery(RefreshToken.RECENT_FAMILIES_OF_USER, UUID.class)
            .setParameter("user", user)
            .setParameter("since", EndedSessions.keptSince(now))
            .getResultList();
    user.endSessions(now);
    em.createNamedQuery(RefreshToken.REVOKE_USER)
        .setParameter("now", now)
        .setParameter("user", user)
        .executeUpdate();
    for (UUID family : recent) ended("session", family, now);
    ended("user", user.id(), now);
  }

  /**
   * Ends a session or a user's sessions here at once, and on every other instance when the
   * transaction commits (a notification sent in it: {@link EndedSessionsSync} receives it).
   */
  private void ended(String kind, UUID id, OffsetDateTime at) {
    EndedSessionsSync.apply(EndedSessionsSync.message(kind, id, at.toInstant()));
    em.createNativeQuery("SELECT pg_notify(?, ?)")
        .setParameter(1, ClusterChannel.SESSIONS)
        .setParameter(2, EndedSessionsSync.message(kind, id, at.toInstant()))
        .getSingleResult();
  }

  private RefreshToken find(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw ProblemException.invalid("refresh_token", "is required");
    }
    return em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
        .setParameter("hash", sha256(refreshToken))
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> ProblemException.unauthorized("The refresh token is not valid; sign in again."));
  }

  private record Minted(Issued issued, RefreshToken stored) {}

  private Minted issue(User user, UUID family, String ip, String userAgent) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Duration refreshLifetime = Duration.ofDays(refreshDays);
    RefreshToken stored =
        new RefreshToken(
            user,
            family,
            sha256(refresh),
            OffsetDateTime.now().plus(refreshLifetime),
            ip,
            userAgent);
    em.persist(stored);
    em.flush(); // the rotated token will refer to this one
    return new Minted(
        new Issued(
            user,
            tokens.accessToken(user, family),
            tokens.accessLifetime(),
            refresh,
            refreshLifetime),
        stored);
  }

  private String dummyHash() {
    if (dummyHash == null) dummyHash = passwords.hash("no-such-user-" + RANDOM.nextLong());
    return dummyHash;
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package app.resell.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per account (ASVS V2.2.1): the first {@code free} failures within an hour cost
 * nothing; after them each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s
 * ... at most 15 minutes) after the latest failure, and at {@code hourly} failures in an hour the
 * account takes no attempt until the oldest of them is an hour old. A waiting account is refused
 * with 429 and Retry-After, also with the right password, so guessing is not sped up by trying
 * anyway; a successful sign-in forgets the failures. Accounts are keyed by the email as typed
 * (normalized), known or not, so the answers do not tell which accounts exist. In this instance's
 * memory, like the API limit: several instances count separately (the per-minute sign-in limits of
 * {@link RateLimits} are shared).
 */
@ApplicationScoped
public class SignInBackoff {

  static final Duration WINDOW = Duration.ofHours(1);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  private static final int SWEEP_ABOVE = 10_000;

  @Inject
  @ConfigProperty(name = "resell.signin.free-failures", defaultValue = "10")
  int free;

  @Inject
  @ConfigProperty(name = "resell.signin.hourly-failures", defaultValue = "100")
  int hourly;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** For unit tests. */
  static SignInBackoff of(int free, int hourly) {
    SignInBackoff backoff = new SignInBackoff();
    backoff.free = free;
    backoff.hourly = hourly;
    return backoff;
  }

  /** How long the account must wait before its next attempt; zero when it may try now. */
  public Duration wait(String email, Instant now) {
    Deque<Instant> failed = failures.get(key(email));
    if (failed == null) return Duration.ZERO;
    synchronized (failed) {
      forgetOld(failed, now);
      if (failed.isEmpty()) return Duration.ZERO;
      Duration left;
      if (failed.size() >= hourly) {
        left = Duration.between(now, failed.peekFirst().plus(WINDOW));
      } else if (failed.size() < free) {
        return Duration.ZERO;
      } else {
        int beyond = Math.min(failed.size() - free, 20);
        Duration backoff = Duration.ofSeconds(1L << beyond);
        if (backoff.compareTo(LONGEST_WAIT) > 0) backoff = LONGEST_WAIT;
        left = Duration.between(now, failed.peekLast().plus(backoff));
      }
      return left.isNegative() ? Duration.ZERO : left;
    }
  }

  /** Refuses the attempt with 429 and Retry-After while the account must wait. */
  public void check(String email, Instant now) {
    long seconds = (wait(email, now).toMillis() + 999) / 1000;
    if (seconds == 0) return;
    throw new RateLimitedException(
        new Verdict(false, hourly, 0, seconds, seconds),
        "Too many failed sign-ins for this account; try again in " + seconds + " s.");
  }

  public void failed(String email, Instant now) {
    if (failures.size() > SWEEP_ABOVE) sweep(now);
    Deque<Instant> failed = failures.computeIfAbsent(key(email), k -> new ArrayDeque<>());
    synchronized (failed) {
      forgetOld(failed, now);
      failed.addLast(now);
      while (failed.size() > hourly) failed.removeFirst();
    }
  }

  public void succeeded(String email) {
    failures.remove(key(email));
  }

  private static void forgetOld(Deque<Instant> failed, Instant now) {
    Instant horizon = now.minus(WINDOW);
    while (!failed.isEmpty() && !failed.peekFirst().isAfter(horizon)) failed.removeFirst();
  }

  private synchronized void sweep(Instant now) {
    Instant horizon = now.minus(WINDOW);
    failures
        .values()
        .removeIf(
            failed -> {
              synchronized (failed) {
                return failed.isEmpty() || !failed.peekLast().isAfter(horizon);
              }
            });
  }

  private static String key(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}

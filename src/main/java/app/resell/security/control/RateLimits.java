package app.resell.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request limits of this server, read once from configuration. The API limit is per signed-in
 * user (per address for anonymous callers); sign-in attempts are limited per account and per
 * address, both, so neither guessing one account's password from many addresses nor trying many
 * accounts from one address gets more than a handful of tries a minute. The sign-in limits are
 * counted in the database ({@link SharedWindows}) and hold across every instance; the API limit is
 * counted by each instance on its own (with {@code n} instances behind a balancer a user gets up to
 * {@code n} times the limit: it guards an instance's capacity, not an account).
 */
@ApplicationScoped
public class RateLimits {

  @Inject
  @ConfigProperty(name = "resell.ratelimit.api.per-minute", defaultValue = "120")
  long apiPerMinute;

  @Inject
  @ConfigProperty(name = "resell.ratelimit.login.per-minute", defaultValue = "5")
  long loginPerMinute;

  private RateLimit api;
  @Inject SharedWindows windows;

  @PostConstruct
  void create() {
    api = RateLimit.smooth(apiPerMinute);
  }

  /** One API request of a user (by id) or, anonymous, of an address. */
  public Verdict apiRequest(String userId, String address) {
    return api.take(userId != null ? "user:" + userId : "ip:" + address);
  }

  /**
   * One sign-in attempt; refused with 429 when the address or the account has used its attempts.
   */
  public void signInAttempt(String email, String address) {
    Verdict byAddress =
        windows.take("signin-ip:" + (address == null ? "" : address), loginPerMinute);
    if (!byAddress.allowed()) {
      throw new RateLimitedException(
          byAddress, "Too many sign-in attempts from your address; try again later.");
    }
    String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    Verdict byAccount = windows.take("signin-account:" + account, loginPerMinute);
    if (!byAccount.allowed()) {
      throw new RateLimitedException(
          byAccount, "Too many sign-in attempts for this account; try again later.");
    }
  }
}

package app.resell.security;

import app.resell.testing.ServerProfile;
import java.util.Map;

/**
 * A server with the limits the shared test server lifts: real rate limits behind a trusted proxy,
 * no CORS origins, two imports at a time (RateLimitIT), and one API request worked on at a time
 * with a 300 ms queue (BusyServerIT). The tests send one request at a time, so the single turn only
 * shows when a test holds it on purpose.
 */
final class LimitedServer implements ServerProfile {

  static final int API_PER_MINUTE = 40;

  @Override
  public Map<String, String> settings() {
    return Map.of(
        "RESELL_RATELIMIT_API_PER_MINUTE", Integer.toString(API_PER_MINUTE),
        "RESELL_RATELIMIT_LOGIN_PER_MINUTE", "5",
        "RESELL_RATELIMIT_IMPORTS_MAX_RUNNING", "2",
        "RESELL_CORS_ORIGINS", "",
        "RESELL_HTTP_TRUSTED_PROXY", "true",
        "RESELL_HTTP_MAX_IN_FLIGHT", "1",
        "RESELL_HTTP_QUEUE_MILLIS", "300");
  }
}

package app.resell.security.control;

import java.util.function.BiConsumer;

/**
 * What a limit answered for one request: whether it may go ahead, and the figures the client sees
 * as {@code X-RateLimit-*} headers (reset and retry-after in seconds from now).
 */
public record Verdict(
    boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

  /** Writes the headers of this verdict; {@code Retry-After} only when the request is refused. */
  public void headers(BiConsumer<String, String> header) {
    header.accept("X-RateLimit-Limit", Long.toString(limit));
    header.accept("X-RateLimit-Remaining", Long.toString(remaining));
    header.accept("X-RateLimit-Reset", Long.toString(resetSeconds));
    if (!allowed) header.accept("Retry-After", Long.toString(retryAfterSeconds));
  }
}

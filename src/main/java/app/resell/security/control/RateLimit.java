package app.resell.security.control;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One limit ("n requests per minute") kept as a Bucket4j token bucket per key (a user, an address,
 * an account), in this JVM's memory. A smooth limit refills greedily, so a caller who used the
 * whole minute gets a request back every {@code 60/n} seconds; a strict one refills all {@code n}
 * at once a minute after the key's first request, so the {@code n+1}-th attempt within that minute
 * is refused however slowly the attempts came. A bucket unused for a whole minute is full again and
 * can be dropped without changing any answer: that keeps the map bounded when callers send ever new
 * keys.
 */
public final class RateLimit {

  private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();
  private static final int SWEEP_ABOVE = 10_000;

  private final long perMinute;
  private final boolean smooth;
  private final Map<String, Slot> buckets = new ConcurrentHashMap<>();
  private long lastSweep = System.nanoTime();

  private record Slot(Bucket bucket, long[] lastUsed) {}

  private RateLimit(long perMinute, boolean smooth) {
    if (perMinute < 1) throw new IllegalArgumentException("a limit needs at least 1 per minute");
    this.perMinute = perMinute;
    this.smooth = smooth;
  }

  /** Refills one request every {@code 60/n} seconds: for the API's steady traffic. */
  public static RateLimit smooth(long perMinute) {
    return new RateLimit(perMinute, true);
  }

  /** Refills all {@code n} at once, a minute after the window began: for sign-in attempts. */
  public static RateLimit strict(long perMinute) {
    return new RateLimit(perMinute, false);
  }

  public long perMinute() {
    return perMinute;
  }

  /** Takes one request from the key's bucket and tells whether it may go ahead. */
  public Verdict take(String key) {
    long now = System.nanoTime();
    Slot slot = buckets.get(key);
    if (slot == null) {
      if (buckets.size() > SWEEP_ABOVE) sweep(now);
      slot = buckets.computeIfAbsent(key, k -> new Slot(newBucket(), new long[] {now}));
    }
    slot.lastUsed()[0] = now;
    ConsumptionProbe probe = slot.bucket().tryConsumeAndReturnRemaining(1);
    return new Verdict(
        probe.isConsumed(),
        perMinute,
        probe.getRemainingTokens(),
        seconds(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            l ->
                smooth
                    ? l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                    : l.capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)))
        .build();
  }

  /** Drops idle buckets, at most once a second however many new keys arrive. */
  private synchronized void sweep(long now) {
    if (now - lastSweep < 1_000_000_000L) return;
    lastSweep = now;
    buckets.values().removeIf(slot -> now - slot.lastUsed()[0] > WINDOW_NANOS);
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}

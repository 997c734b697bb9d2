package app.resell.webhooks.control;

import app.resell.setup.control.ClusterLock;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends due webhook deliveries every two seconds: a signed JSON POST (see {@link Signatures}),
 * answered by any 2xx within {@value #TIMEOUT_SECONDS} s. A failure is retried with exponential
 * backoff, {@value #BASE_DELAY_SECONDS} s x 2^(attempts-1) (5 s, 10 s, 20 s ... about 21 minutes
 * over {@value #MAX_ATTEMPTS} attempts), then given up. The schedule lives in the rows
 * (next_attempt_at), so pending retries survive a restart; rows are leased before sending so a slow
 * receiver is never sent the same delivery twice at once. Before each attempt the target is checked
 * again ({@link WebhookTargets}); the log says only "HTTP status", "no answer" or why it was
 * refused, never the network error, which would map the server's neighbourhood. With several
 * instances, the one holding the task's {@link ClusterLock} sends (the leases would keep two apart
 * anyway; one sender keeps the receivers' load and the order as with one instance).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

  static final int MAX_ATTEMPTS = 8;
  static final int BASE_DELAY_SECONDS = 5;
  static final int TIMEOUT_SECONDS = 10;
  static final int BATCH = 100;
  static final int PARALLEL = 16;
  static final String NO_ANSWER = "no answer from the receiver";
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject WebhookTargets targets;
  @Inject ClusterLock cluster;

  private final AtomicBoolean running = new AtomicBoolean();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  record Due(long id, String url, String secret, String eventType, String body, int attempt) {}

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void poll() {
    if (!cluster.leads("webhook-delivery")) return;
    if (!running.compareAndSet(false, true)) return;
    try {
      // a full lease is sent and the next one taken at once: a bulk import's thousands of events
      // drain at the receivers' pace, not at one lease per poll
      List<Due> due;
      do {
        due = lease();
        sendAll(due);
      } while (due.size() == BATCH);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Webhook dispatch failed; retrying on the next poll", e);
    } finally {
      running.set(false);
    }
  }

  /** Due rows, pushed a minute into the future so nobody else picks them while we send. */
  private List<Due> lease() throws SQLException {
    List<Due> due = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE webhook_deliveries d SET next_attempt_at = now() + interval '1 minute'"
                    + " FROM webhooks w WHERE w.id = d.webhook_id AND d.id IN ("
                    + "   SELECT id FROM webhook_deliveries WHERE delivered_at IS NULL"
                    + "   AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ?"
                    + "   FOR UPDATE SKIP LOCKED)"
                    + " RETURNING d.id, w.url, w.secret, d.event_type, d.payload::text AS body,"
                    + " d.attempt")) {
      st.setInt(1, BATCH);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          due.add(
              new Due(
                  rs.getLong("id"),
                  rs.getString("url"),
                  rs.getString("secret"),
                  rs.getString("event_type"),
                  rs.getString("body"),
                  rs.getInt("attempt")));
        }
      }
    }
    return due;
  }

  /** What became of one attempt: the receiver's status, or why there was none. */
  private record Outcome(Integer status, String error) {}

  /**
   * Sends a lease's deliveries at once, at most {@link #PARALLEL} in flight (each with its time
   * limit), then records every outcome: one slow receiver holds up no other.
   */
  private void sendAll(List<Due> lease) throws SQLException {
    java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(PARALLEL);
    List<java.util.concurrent.CompletableFuture<Outcome>> sent = new ArrayList<>();
    for (Due due : lease) {
      slots.acquireUninterruptibly();
      sent.add(send(due).whenComplete((outcome, failure) -> slots.release()));
    }
    for (int i = 0; i < lease.size(); i++) {
      Outcome outcome = sent.get(i).join();
      record(lease.get(i), outcome.status(), outcome.error());
    }
  }

  private java.util.concurrent.CompletableFuture<Outcome> send(Due due) {
    long timestamp = Instant.now().getEpochSecond();
    try {
      URI target = URI.create(due.url());
      Optional<String> refused = targets.refusal(target, false);
      if (refused.isPresent()) {
        LOG.log(
            Level.WARNING,
            "Webhook delivery {0} refused: {1}",
            new Object[] {due.id(), refused.get()});
        return java.util.concurrent.CompletableFuture.completedFuture(
            new Outcome(null, "refused: " + refused.get()));
      }
      HttpRequest request =
          HttpRequest.newBuilder(target)
              .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
              .header("Content-Type", "application/json")
              .header("User-Agent", "Resell-Webhooks/1")
              .header("X-Resell-Event", due.eventType())
              .header("X-Resell-Delivery", Long.toString(due.id()))
              .header("X-Resell-Timestamp", Long.toString(timestamp))
              .header("X-Resell-Signature", Signatures.sign(due.secret(), timestamp, due.body()))
              .POST(HttpRequest.BodyPublishers.ofString(due.body()))
              .build();
      return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .handle(
              (response, failure) -> {
                if (failure != null) return noAnswer(due, failure);
                int status = response.statusCode();
                return new Outcome(status, status / 100 == 2 ? null : "HTTP " + status);
              });
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.completedFuture(noAnswer(due, e));
    }
  }

  /**
   * One word for every way of not getting an answer: which one it was (refused, reset, timed out)
   * would tell an admin whether a port is open. The server log keeps the detail.
   */
  private static Outcome noAnswer(Due due, Throwable failure) {
    LOG.log(Level.FINE, "Webhook delivery " + due.id() + " failed", failure);
    return new Outcome(null, NO_ANSWER);
  }

  private void record(Due due, Integer status, String error) throws SQLException {
    int attempts = due.attempt() + 1;
    String sql =
        error == null
            ? "UPDATE webhook_deliveries SET attempt = ?, status_code = ?, error = NULL,"
                + " delivered_at = now(), next_attempt_at = NULL WHERE id = ?"
            : "UPDATE webhook_deliveries SET attempt = ?, status_code = ?, error = ?,"
                + " next_attempt_at = CASE WHEN ? THEN NULL"
                + "   ELSE now() + make_interval(secs => ?) END WHERE id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setInt(1, attempts);
      st.setObject(2, status);
      if (error == null) {
        st.setLong(3, due.id());
      } else {
        st.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
        st.setBoolean(4, attempts >= MAX_ATTEMPTS);
        st.setDouble(5, delaySeconds(attempts));
        st.setLong(6, due.id());
      }
      st.executeUpdate();
    }
  }

  /** Seconds to wait after the given number of failed attempts. */
  static long delaySeconds(int attempts) {
    return (long) BASE_DELAY_SECONDS << Math.max(0, attempts - 1);
  }
}

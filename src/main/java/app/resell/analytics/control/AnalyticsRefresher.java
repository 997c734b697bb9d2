package app.resell.analytics.control;

import app.resell.events.control.LiveBroadcast;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the dashboard's roll-ups close behind the data, debounced: a statement trigger bumps the
 * {@code analytics_changes} sequence on every change of items, listings or sales; once a second
 * this bean looks at it, and refreshes the roll-ups when it has moved and then stayed still for a
 * tick, or at the latest {@link #MAX_DELAY_SECONDS} after the first change of a busy stretch (an
 * import). After each refresh, open live sessions get {@code dashboard.changed} (on every
 * instance). With several instances on one database, one of them refreshes: the one holding the
 * task's {@link ClusterLock}.
 *
 * <p>A refresh is {@code analytics_refresh()} (V50): it recomputes only the days that triggers
 * logged as changed since the last one, then their months and years, in one transaction (readers
 * see the roll-ups before or after it, never half of it). After one sale that is the rows of the
 * three or so days it touched (75 ms at 100,000 items on a loaded machine, against 5 s for every
 * day); after a bulk load that touched more than a thousand days it is one pass over all rows. So a
 * refresh still waits as long as the last one took times {@link #SETTLED_FACTOR} once the changes
 * have stopped, or times {@link #BUSY_FACTOR} while they go on: the refresher never takes more than
 * a fifth of the database's time.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnalyticsRefresher {

  static final int MAX_DELAY_SECONDS = 5;

  /** The scheduled task's name for {@link ClusterLock}. */
  static final String TASK = "analytics-refresh";

  /** The pause after a refresh, in multiples of its duration, once the changes have stopped. */
  static final int SETTLED_FACTOR = 4;

  /** The same while changes keep coming (a bulk load). */
  static final int BUSY_FACTOR = 10;

  private static final Logger LOG = Logger.getLogger(AnalyticsRefresher.class.getName());

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject ClusterLock cluster;
  @Inject LiveBroadcast live;

  private volatile long refreshedAtChange = -1;
  private volatile long lastSeenChange = -1;
  private volatile Instant dirtySince;
  private volatile OffsetDateTime refreshedAt;
  private volatile Instant lastEnded = Instant.MIN;
  private volatile Duration lastTook = Duration.ZERO;
  private final Object refreshing = new Object();

  public OffsetDateTime refreshedAt() {
    return refreshedAt;
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    if (!cluster.leads(TASK)) return;
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      long change = currentChange(st);
      if (change == refreshedAtChange) return;
      Instant now = Instant.now();
      if (dirtySince == null) dirtySince = now;
      boolean settled = change == lastSeenChange;
      lastSeenChange = change;
      boolean overdue = now.isAfter(dirtySince.plusSeconds(MAX_DELAY_SECONDS));
      Duration rest = lastTook.multipliedBy(settled ? SETTLED_FACTOR : BUSY_FACTOR);
      boolean rested = !now.isBefore(lastEnded.plus(rest));
      if ((settled || overdue) && rested || refreshedAtChange < 0) refresh(st, change);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Refreshing the analytics roll-ups failed; retrying next tick", e);
    }
  }

  /** Refreshes now, whatever the change counter says (after start-up, and from tests). */
  public void refreshNow() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      refresh(st, currentChange(st));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot refresh the analytics roll-ups", e);
    }
  }

  private void refresh(Statement st, long change) throws SQLException {
    synchronized (refreshing) {
      long started = System.nanoTime();
      st.execute("SELECT analytics_refresh()");
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      refreshedAtChange = change;
      dirtySince = null;
      refreshedAt = OffsetDateTime.now(ZoneOffset.UTC);
      lastTook = took;
      lastEnded = Instant.now();
      LOG.fine(() -> "Analytics roll-ups refreshed in " + took.toMillis() + " ms");
    }
    live.publish("dashboard.changed", Map.of("refreshed_at", refreshedAt.toString()));
  }

  private static long currentChange(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM analytics_changes")) {
      rs.next();
      return rs.getBoolean("is_called") ? rs.getLong("last_value") : 0;
    }
  }
}

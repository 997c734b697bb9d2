package app.resell.setup.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL LISTEN/NOTIFY as the instances' message bus: what one instance writes with {@code
 * SELECT pg_notify(channel, payload)} (in its transaction: sent at commit, dropped at rollback)
 * every instance, itself included, receives here as a {@link ClusterSignal} CDI event, within
 * milliseconds. One connection of its own listens on a thread of its own; when it breaks, it
 * reconnects and fires a resync signal, because notifications sent meanwhile are lost. Sending
 * outside a transaction: {@link ClusterNotifier}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterChannel {

  /** Ended sessions (auth). */
  public static final String SESSIONS = "resell_sessions";

  /** Live events for the open browser sockets (events). */
  public static final String LIVE = "resell_live";

  /** A notification's payload must stay under PostgreSQL's 8000 bytes. */
  public static final int MAX_PAYLOAD = 7900;

  static final List<String> CHANNELS = List.of(SESSIONS, LIVE);
  private static final Logger LOG = Logger.getLogger(ClusterChannel.class.getName());

  @Resource ManagedThreadFactory threads;
  @Inject Event<ClusterSignal> signals;

  private volatile boolean running = true;
  private volatile Connection connection;
  private Thread listener;

  @PostConstruct
  void start() {
    listener = threads.newThread(this::listen);
    listener.setName("resell-cluster-channel");
    listener.setDaemon(true);
    listener.start();
  }

  private void listen() {
    long backoff = 500;
    while (running) {
      try (Connection c = DirectConnection.open("listener")) {
        connection = c;
        try (Statement st = c.createStatement()) {
          for (String channel : CHANNELS) st.execute("LISTEN " + channel);
        }
        fire(new ClusterSignal(ClusterSignal.RESYNC, null));
        backoff = 500;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = pg.getNotifications(500);
          if (received == null) continue;
          for (PGNotification n : received) {
            fire(new ClusterSignal(n.getName(), payload(c, n.getParameter())));
          }
        }
      } catch (SQLException e) {
        if (!running) return;
        LOG.log(Level.WARNING, "The cluster channel broke; listening again shortly", e);
        sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
  }

  /** The notification's payload, read from {@code cluster_payloads} when it names a stored one. */
  private static String payload(Connection c, String message) throws SQLException {
    if (message == null || !message.startsWith(ClusterNotifier.STORED)) return message;
    try (PreparedStatement st =
        c.prepareStatement("SELECT payload FROM cluster_payloads WHERE id = ?")) {
      st.setLong(1, Long.parseLong(message.substring(ClusterNotifier.STORED.length())));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void fire(ClusterSignal signal) {
    try {
      signals.fire(signal);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A cluster signal on " + signal.channel() + " was not handled", e);
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    Connection c = connection;
    try {
      if (c != null) c.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "closing the listener", e);
    }
    if (listener != null) listener.interrupt();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package app.resell.setup.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which instance runs a scheduled task: the one holding the task's PostgreSQL advisory lock. Every
 * scheduler asks {@link #leads} at each tick; the first instance to ask takes the lock on a
 * connection of its own and keeps it, so the task runs on that instance alone, tick after tick,
 * until it stops or dies. Then PostgreSQL drops the lock with the session and the next instance to
 * ask takes the task over (within a tick). One instance alone always leads. The lock's key is the
 * pair (a constant for Resell, hashtext(task)).
 */
@ApplicationScoped
public class ClusterLock {

  /** The first key of every lock Resell takes: ASCII "RSEL". */
  static final int NAMESPACE = 0x5253454c;

  private static final Logger LOG = Logger.getLogger(ClusterLock.class.getName());

  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private Connection connection;

  /** Whether this instance runs {@code task} now; takes the task when nobody runs it. */
  public synchronized boolean leads(String task) {
    try {
      Connection c = connection();
      if (held.contains(task)) return true;
      try (PreparedStatement st =
          c.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
        st.setInt(1, NAMESPACE);
        st.setString(2, task);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          if (!rs.getBoolean(1)) return false;
        }
      }
      held.add(task);
      LOG.info(() -> "This instance (" + ClusterMember.id() + ") now runs " + task);
      return true;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cannot tell who runs " + task + "; skipping this tick", e);
      drop();
      return false;
    }
  }

  /** The tasks this instance runs now. */
  public Set<String> tasks() {
    return new TreeSet<>(held);
  }

  private Connection connection() throws SQLException {
    if (connection != null && !connection.isValid(2)) drop(); // the locks went with the session
    if (connection == null) connection = DirectConnection.open("locks");
    return connection;
  }

  private void drop() {
    held.clear();
    if (connection == null) return;
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "closing a broken lock connection", e);
    }
    connection = null;
  }

  @PreDestroy
  synchronized void release() {
    drop(); // closing the session releases every lock: another instance takes over at its tick
  }
}

package app.resell.setup.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a notification on a {@link ClusterChannel} channel now, outside any transaction, on a
 * connection of its own: callers run in a transaction's after-completion phase, where neither the
 * pool's connections nor an EJB call can take part in the finished transaction. Senders that must
 * notify only if their transaction commits use {@code SELECT pg_notify(?, ?)} in it instead. A
 * payload larger than a notification can carry is stored in {@code cluster_payloads} and the
 * notification names its row ({@code @<id>}); {@link ClusterChannel} reads it back.
 */
@ApplicationScoped
public class ClusterNotifier {

  private static final Logger LOG = Logger.getLogger(ClusterNotifier.class.getName());

  /** The prefix of a notification that names a stored payload. */
  static final String STORED = "@";

  private Connection connection;

  public synchronized void send(String channel, String payload) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (connection == null) connection = DirectConnection.open("sender");
        String message = fits(payload) ? payload : stored(payload);
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
          st.setString(1, channel);
          st.setString(2, message);
          st.execute();
          return;
        }
      } catch (SQLException e) {
        close();
        if (attempt > 0) throw e; // a broken connection is retried once on a new one
      }
    }
  }

  /** Whether the payload goes in the notification itself (and cannot be taken for a row's id). */
  static boolean fits(String payload) {
    return !payload.startsWith(STORED)
        && payload.getBytes(StandardCharsets.UTF_8).length <= ClusterChannel.MAX_PAYLOAD;
  }

  private String stored(String payload) throws SQLException {
    try (PreparedStatement st =
        connection.prepareStatement(
            "INSERT INTO cluster_payloads (payload) VALUES (?) RETURNING id")) {
      st.setString(1, payload);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return STORED + rs.getLong(1);
      }
    }
  }

  @PreDestroy
  synchronized void close() {
    try {
      if (connection != null) connection.close();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "closing the sender", e);
    }
    connection = null;
  }
}

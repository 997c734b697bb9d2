package app.resell.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Strict "n per minute" limits counted in PostgreSQL ({@code rate_windows}), so every instance on
 * the database counts the same attempts: a key's window opens at its first attempt and allows
 * {@code n} until a minute later, whatever instance each attempt reached. One upsert per attempt,
 * in a transaction of its own (committed before the sign-in's slow password check, so attempts at
 * once do not queue on the row). Used for sign-in attempts, which are rare enough for a round trip;
 * the API limit stays in each instance's memory ({@link RateLimit}).
 */
@ApplicationScoped
public class SharedWindows {

  private static final long SWEEP_EVERY = 1000;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private final AtomicLong taken = new AtomicLong();

  /** Takes one attempt from the key's window and tells whether it may go ahead. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Verdict take(String key, long perMinute) {
    try (Connection c = dataSource.getConnection()) {
      if (taken.incrementAndGet() % SWEEP_EVERY == 0) sweep(c);
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO rate_windows AS w (key, window_start, used) VALUES (?, now(), 1)"
                  + " ON CONFLICT (key) DO UPDATE SET"
                  + " used = CASE WHEN w.window_start <= now() - interval '1 minute' THEN 1"
                  + " ELSE w.used + 1 END,"
                  + " window_start = CASE WHEN w.window_start <= now() - interval '1 minute'"
                  + " THEN now() ELSE w.window_start END"
                  + " RETURNING used, ceil(extract(epoch FROM"
                  + " w.window_start + interval '1 minute' - now()))::bigint AS reset")) {
        st.setString(1, key);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          long used = rs.getLong("used");
          long reset = Math.max(1, rs.getLong("reset"));
          boolean allowed = used <= perMinute;
          return new Verdict(
              allowed, perMinute, Math.max(0, perMinute - used), reset, allowed ? 0 : reset);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count sign-in attempts", e);
    }
  }

  private static void sweep(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "DELETE FROM rate_windows WHERE window_start < now() - interval '2 minutes'")) {
      st.executeUpdate();
    }
  }
}

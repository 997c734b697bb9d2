package app.resell.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports are limited by how many run at once, not by how often they start: one import can keep a
 * core busy for minutes. The running ones are the user's import jobs still pending or processing in
 * the database (so jobs of before a restart, and of every instance, count too). A request holds the
 * user's PostgreSQL advisory lock from the check until its jobs are registered, so two uploads sent
 * together, to one instance or to two, are counted one after the other and cannot both slip
 * through.
 *
 * <p>A batch (several files in one request, up to 50) is one import: a reseller drops a day's
 * invoices at once, and refusing the third of them would make the batch endpoint useless at the
 * default cap of 2. Its jobs count once while any of them runs.
 */
@ApplicationScoped
public class ImportSlots {

  /** How long a refused client should wait before it asks again. */
  static final long RETRY_AFTER_SECONDS = 15;

  /** The first key of the users' import locks: ASCII "IMPT". */
  static final int LOCKS = 0x494d5054;

  /** How long a request waits for another request of the same user to register its jobs. */
  static final int WAIT_SECONDS = 60;

  @Inject
  @ConfigProperty(name = "resell.ratelimit.imports.max-running", defaultValue = "2")
  int maxRunning;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** Slots held by one request; closing gives them back once the jobs are registered. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** Holds {@code jobs} slots for the user, or refuses with 429 when they would exceed the cap. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Held reserve(UUID user, int jobs) {
    if (user == null) return () -> {};
    Connection c = null;
    try {
      c = dataSource.getConnection();
      lock(c, "SELECT pg_advisory_lock(?, hashtext(?))", user);
      int running = running(c, user);
      if (running + jobs > maxRunning) {
        throw new RateLimitedException(
            new Verdict(
                false,
                maxRunning,
                Math.max(0, maxRunning - running),
                RETRY_AFTER_SECONDS,
                RETRY_AFTER_SECONDS),
            "You have "
                + running
                + " import(s) running and may run at most "
                + maxRunning
                + " at once; start this one when one of them has finished.");
      }
      Connection held = c;
      c = null;
      return () -> release(held, user);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count running imports", e);
    } finally {
      if (c != null) release(c, user);
    }
  }

  private static void release(Connection c, UUID user) {
    try (c) {
      lock(c, "SELECT pg_advisory_unlock(?, hashtext(?))", user);
    } catch (SQLException e) {
      // the lock goes with the session; a pooled connection that failed here is broken anyway
      java.util.logging.Logger.getLogger(ImportSlots.class.getName())
          .log(java.util.logging.Level.WARNING, "Could not release an import lock", e);
    }
  }

  private static void lock(Connection c, String sql, UUID user) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setQueryTimeout(WAIT_SECONDS);
      st.setInt(1, LOCKS);
      st.setString(2, user.toString());
      st.execute();
    }
  }

  private static int running(Connection c, UUID user) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT count(DISTINCT coalesce(batch_id, id)) FROM import_jobs WHERE created_by = ?"
                + " AND status IN ('pending', 'processing')")) {
      st.setObject(1, user);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

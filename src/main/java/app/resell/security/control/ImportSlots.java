package app.resell.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports are limited by how many run at once, not by how often they start: one import can keep a
 * core busy for minutes. The running ones are the user's import jobs still pending or processing in
 * the database (so jobs of before a restart count too); a request holds its slots in memory from
 * the check until its jobs are registered, so two uploads sent together cannot both slip through.
 *
 * <p>A batch (several files in one request, up to 50) is one import: a reseller drops a day's
 * invoices at once, and refusing the third of them would make the batch endpoint useless at the
 * default cap of 2. Its jobs count once while any of them runs.
 */
@ApplicationScoped
public class ImportSlots {

  /** How long a refused client should wait before it asks again. */
  static final long RETRY_AFTER_SECONDS = 15;

  @Inject
  @ConfigProperty(name = "resell.ratelimit.imports.max-running", defaultValue = "2")
  int maxRunning;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private final Map<UUID, Integer> reserved = new ConcurrentHashMap<>();

  /** Slots held by one request; closing gives them back once the jobs are registered. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /** Holds {@code jobs} slots for the user, or refuses with 429 when they would exceed the cap. */
  public Held reserve(UUID user, int jobs) {
    if (user == null) return () -> {};
    synchronized (this) { // imports start seldom: one lock for all users is enough
      int running = running(user) + reserved.getOrDefault(user, 0);
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
      reserved.merge(user, jobs, Integer::sum);
    }
    return () -> reserved.computeIfPresent(user, (u, n) -> n - jobs <= 0 ? null : n - jobs);
  }

  private int running(UUID user) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT count(DISTINCT coalesce(batch_id, id)) FROM import_jobs WHERE created_by = ?"
                    + " AND status IN ('pending', 'processing')")) {
      st.setObject(1, user);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count running imports", e);
    }
  }
}

package app.resell.backup.control;

import app.resell.backup.entity.BackupRun;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one owner of {@code backup_runs}. A scheduled run starts by claiming its slot: the UNIQUE
 * slot lets exactly one of several instances on this database insert it, whoever asks first; the
 * others get nothing back and leave the slot alone. Every statement commits on its own, so a run is
 * visible as running while it runs.
 */
@ApplicationScoped
public class BackupRuns {

  /** A run still marked running after this long was left behind by a server that stopped. */
  static final Duration STALE = Duration.ofHours(6);

  private static final String COLUMNS =
      "id, slot, trigger, instance, started_at, finished_at, status, file_name, size_bytes,"
          + " duration_ms, error";

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The run for the slot if this instance claimed it; empty when another instance has it. */
  public Optional<BackupRun> claim(Instant slot, String instance) {
    return one(
        "INSERT INTO backup_runs (slot, trigger, instance) VALUES (?, 'scheduled', ?)"
            + " ON CONFLICT (slot) DO NOTHING RETURNING "
            + COLUMNS,
        Timestamp.from(slot),
        instance);
  }

  /**
   * Starts a manual run; empty when a manual run is running on any instance already (V49's unique
   * index decides, so two instances asking at the same moment cannot both start one).
   */
  public Optional<BackupRun> startManual(String instance) {
    return one(
        "INSERT INTO backup_runs (trigger, instance) VALUES (?, ?) ON CONFLICT DO NOTHING"
            + " RETURNING "
            + COLUMNS,
        BackupRun.MANUAL,
        instance);
  }

  /** Records a run that happened before this table existed (the backup before an upgrade). */
  public BackupRun record(String trigger, String instance, Instant startedAt, Outcome outcome) {
    BackupRun run =
        one(
                "INSERT INTO backup_runs (trigger, instance, started_at) VALUES (?, ?, ?)"
                    + " RETURNING "
                    + COLUMNS,
                trigger,
                instance,
                Timestamp.from(startedAt))
            .orElseThrow();
    return finish(run.id(), outcome);
  }

  /** How a run ended: a status, and the file or the reason it failed. */
  public record Outcome(
      String status, String fileName, Long sizeBytes, Long durationMs, String error) {
    public static Outcome of(BackupWriter.Result result) {
      return new Outcome(
          result.complete() ? BackupRun.SUCCEEDED : BackupRun.INCOMPLETE,
          result.file().getFileName().toString(),
          result.bytes(),
          result.took().toMillis(),
          result.complete()
              ? null
              : result.manifest().missingFiles().size()
                  + " files the database refers to were missing from the data directory");
    }

    public static Outcome failed(String reason, Duration took) {
      return new Outcome(BackupRun.FAILED, null, null, took.toMillis(), reason);
    }
  }

  public BackupRun finish(long id, Outcome outcome) {
    return one(
            "UPDATE backup_runs SET finished_at = now(), status = ?, file_name = ?, size_bytes = ?,"
                + " duration_ms = ?, error = ? WHERE id = ? RETURNING "
                + COLUMNS,
            outcome.status(),
            outcome.fileName(),
            outcome.sizeBytes(),
            outcome.durationMs(),
            outcome.error(),
            id)
        .orElseThrow();
  }

  /** Marks runs left running by a server that stopped as failed; answers how many. */
  public int failStale() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE backup_runs SET status = 'failed', finished_at = now(), error = 'The server"
                    + " taking this backup stopped before it finished.' WHERE status = 'running'"
                    + " AND started_at < now() - make_interval(secs => ?)")) {
      st.setLong(1, STALE.toSeconds());
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot update the backup runs: " + e.getMessage(), e);
    }
  }

  /** A run some instance is taking now, if any. */
  public Optional<BackupRun> running() {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM backup_runs WHERE status = 'running'"
            + " AND started_at >= now() - make_interval(secs => ?) ORDER BY started_at LIMIT 1",
        STALE.toSeconds());
  }

  public Optional<BackupRun> forSlot(Instant slot) {
    return one("SELECT " + COLUMNS + " FROM backup_runs WHERE slot = ?", Timestamp.from(slot));
  }

  public Optional<BackupRun> lastSuccess() {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM backup_runs WHERE status = 'succeeded' ORDER BY finished_at DESC LIMIT 1");
  }

  public List<BackupRun> newest(int limit) {
    return list(
        "SELECT " + COLUMNS + " FROM backup_runs ORDER BY started_at DESC, id DESC LIMIT ?", limit);
  }

  private Optional<BackupRun> one(String sql, Object... params) {
    List<BackupRun> runs = list(sql, params);
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
  }

  private List<BackupRun> list(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      List<BackupRun> runs = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) runs.add(run(rs));
      }
      return runs;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read or write the backup runs: " + e.getMessage(), e);
    }
  }

  private static BackupRun run(ResultSet rs) throws SQLException {
    return new BackupRun(
        rs.getLong("id"),
        rs.getObject("slot", OffsetDateTime.class),
        rs.getString("trigger"),
        rs.getString("instance"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("status"),
        rs.getString("file_name"),
        (Long) rs.getObject("size_bytes"),
        (Long) rs.getObject("duration_ms"),
        rs.getString("error"));
  }
}

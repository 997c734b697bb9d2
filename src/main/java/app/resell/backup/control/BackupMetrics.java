package app.resell.backup.control;

import app.resell.backup.entity.BackupRun;
import app.resell.observability.control.Meters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last successful backup of any instance on this database as gauges: its time (Unix seconds, 0
 * when there never was one), size and duration. Names carry their unit themselves (no MP Metrics
 * unit), so Prometheus sees exactly {@code resell_backup_last_success_timestamp_seconds} and its
 * siblings. Read from {@code backup_runs} every minute and after every run, not at scrape time, so
 * a scrape never waits on the database.
 */
@ApplicationScoped
public class BackupMetrics {

  static final String LAST_SUCCESS = "resell_backup_last_success_timestamp_seconds";
  static final String LAST_SIZE = "resell_backup_last_size_bytes";
  static final String LAST_DURATION = "resell_backup_last_duration_seconds";

  @Inject Meters meters;
  @Inject BackupRuns runs;

  private final AtomicReference<Optional<BackupRun>> last = new AtomicReference<>(Optional.empty());

  public void register() {
    gauge(
        LAST_SUCCESS,
        "Time of the last successful backup, Unix seconds (0: never)",
        r -> r.finishedAt().toEpochSecond());
    gauge(LAST_SIZE, "Size of the last successful backup in bytes", r -> r.sizeBytes());
    gauge(
        LAST_DURATION,
        "Duration of the last successful backup in seconds",
        r -> r.durationMs() / 1000.0);
    refresh();
  }

  public void refresh() {
    last.set(runs.lastSuccess());
  }

  private void gauge(
      String name, String description, java.util.function.Function<BackupRun, Number> value) {
    meters.gauge(
        name, description, () -> last.get().map(r -> value.apply(r).doubleValue()).orElse(0.0));
  }
}

package app.resell.backup.control;

import app.resell.backup.entity.BackupRun;
import app.resell.setup.control.BeforeMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * The backup taken before migrations change an existing schema (issue 26 item 4): an upgrade that
 * goes wrong is rolled back by restoring it. If it cannot be taken the upgrade does not start,
 * because migrating without a way back is the operator's choice ({@code
 * RESELL_BACKUP_BEFORE_UPGRADE=false}), not ours. The run is recorded after migrating: before,
 * {@code backup_runs} may not exist yet.
 */
@ApplicationScoped
public class UpgradeBackup implements BeforeMigration {

  private static final Logger LOG = Logger.getLogger(UpgradeBackup.class.getName());

  @Inject
  @ConfigProperty(name = "resell.backup.before-upgrade", defaultValue = "true")
  boolean enabled;

  @Inject BackupRuns runs;

  /** A backup taken before migrating, to be recorded once the schema holds backup_runs. */
  public record Taken(Instant startedAt, BackupWriter.Result result) {}

  /**
   * Backs up when the database holds a Resell schema and {@code flyway} has migrations to apply;
   * throws, naming the reason and the way to skip, when that backup fails.
   */
  public Optional<Taken> beforeMigrating(Flyway flyway) {
    MigrationInfoService info = flyway.info();
    if (info.applied().length == 0 || info.pending().length == 0) return Optional.empty();
    String from = info.current() == null ? "?" : info.current().getVersion().getVersion();
    String to = info.pending()[info.pending().length - 1].getVersion().getVersion();
    if (!enabled) {
      LOG.warning(
          () -> "Upgrading the schema from " + from + " to " + to + " without a backup first");
      return Optional.empty();
    }
    Instant started = Instant.now();
    BackupSettings settings = BackupSettings.current();
    try {
      BackupWriter.Result result =
          new BackupWriter(settings).write(BackupFiles.in(settings.backupDir(), started));
      LOG.info(
          () ->
              "Backup before upgrading the schema from "
                  + from
                  + " to "
                  + to
                  + ": "
                  + result.file()
                  + " ("
                  + result.bytes()
                  + " bytes)");
      return Optional.of(new Taken(started, result));
    } catch (BackupException e) {
      throw new IllegalStateException(
          "The backup before upgrading the schema from "
              + from
              + " to "
              + to
              + " failed, so the schema was not changed: "
              + e.getMessage()
              + " Fix that and start again, or set RESELL_BACKUP_BEFORE_UPGRADE=false to upgrade"
              + " without a backup.",
          e);
    }
  }

  /** The backup before migrating, recorded in backup_runs once the migrations are applied. */
  @Override
  public Runnable prepare(Flyway flyway) {
    Optional<Taken> taken = beforeMigrating(flyway);
    return () -> record(taken);
  }

  public void record(Optional<Taken> taken) {
    taken.ifPresent(
        t -> {
          try {
            runs.record(
                BackupRun.UPGRADE,
                BackupRunner.INSTANCE,
                t.startedAt(),
                BackupRuns.Outcome.of(t.result()));
          } catch (RuntimeException e) {
            LOG.warning(() -> "Cannot record the backup before the upgrade: " + e.getMessage());
          }
        });
  }
}

package app.resell.backup.control;

import app.resell.backup.entity.BackupPlan;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Looks every minute whether the day's backup slot is due and not yet taken (by this or any other
 * instance on the database) and hands it to the {@link BackupRunner}; the backup itself runs on
 * another thread, so this timer never waits for it. Not transactional: a claimed slot is visible to
 * the other instances at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupTimer {

  private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());

  @Inject BackupRunner runner;
  @Inject BackupRuns runs;
  @Inject BackupMetrics metrics;

  @PostConstruct
  void start() {
    BackupPlan plan;
    try {
      plan = runner.plan();
    } catch (IllegalArgumentException e) {
      // a wrong setting fails the start, naming the setting, as other setup failures do
      LOG.severe("RESELL-FATAL backup settings: " + e.getMessage());
      throw e;
    }
    metrics.register();
    LOG.info(
        () ->
            "Scheduled backups: "
                + (plan.dailyAt().isEmpty()
                    ? "off"
                    : "daily at "
                        + plan.dailyAtText()
                        + " UTC, keeping "
                        + plan.keepDaily()
                        + " daily and "
                        + plan.keepWeekly()
                        + " weekly, in "
                        + BackupSettings.current().backupDir()));
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    try {
      runs.failStale();
      runner.tick(Instant.now());
      metrics.refresh();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Checking the backup schedule failed; next try in a minute: " + e);
    }
  }
}

package app.resell.backup.control;

import app.resell.alerts.control.AlertEvaluator;
import app.resell.backup.entity.BackupPlan;
import app.resell.backup.entity.BackupRun;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes the server's backups off the caller's thread, one at a time in this instance: the daily
 * slot when it is due and this instance claimed it, or one an admin asked for. A failing backup
 * (disk full, pg_dump missing or too old) is recorded in its run with the reason and logged, and
 * never reaches the timer or the request that started it.
 */
@ApplicationScoped
public class BackupRunner {

  private static final Logger LOG = Logger.getLogger(BackupRunner.class.getName());

  /** This server process among the instances on one database: {@code pid@host}. */
  public static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject
  @ConfigProperty(name = "resell.backup.daily-at", defaultValue = "03:30")
  String dailyAt;

  @Inject
  @ConfigProperty(name = "resell.backup.keep-daily", defaultValue = "7")
  int keepDaily;

  @Inject
  @ConfigProperty(name = "resell.backup.keep-weekly", defaultValue = "4")
  int keepWeekly;

  @Inject BackupRuns runs;
  @Inject BackupMetrics metrics;
  @Inject AlertEvaluator alerts;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean busy = new AtomicBoolean();
  private volatile Instant settledSlot;

  public BackupPlan plan() {
    return BackupPlan.of(dailyAt, keepDaily, keepWeekly);
  }

  /** Starts a backup now; 409 while one is running here or on another instance. */
  public BackupRun now() {
    if (!busy.compareAndSet(false, true)) {
      throw ProblemException.conflict("A backup is running on this server; wait until it ends.");
    }
    try {
      Optional<BackupRun> running = runs.running();
      if (running.isPresent()) throw alreadyRunning(running.get());
      // another instance may start one between that look and this insert: the insert decides
      BackupRun run =
          runs.startManual(INSTANCE).orElseThrow(() -> alreadyRunning(runs.running().orElse(null)));
      submit(run);
      return run;
    } catch (RuntimeException e) {
      busy.set(false);
      throw e;
    }
  }

  private static ProblemException alreadyRunning(BackupRun running) {
    if (running == null) {
      return ProblemException.conflict(
          "A backup is running on another server; wait until it ends.");
    }
    return ProblemException.conflict(
        "Backup "
            + running.id()
            + " is running on "
            + running.instance()
            + " since "
            + running.startedAt()
            + "; wait until it ends.",
        "backup_id",
        Long.toString(running.id()));
  }

  /**
   * Takes the due slot if no instance has taken it yet. Busy here: tries again at the next tick.
   */
  public void tick(Instant now) {
    Optional<Instant> due = plan().dueSlot(now);
    if (due.isEmpty() || due.get().equals(settledSlot)) return;
    Instant slot = due.get();
    if (!busy.compareAndSet(false, true)) return;
    try {
      Optional<BackupRun> mine = runs.claim(slot, INSTANCE);
      settledSlot = slot;
      if (mine.isEmpty()) {
        busy.set(false);
        String taker = runs.forSlot(slot).map(BackupRun::instance).orElse("another instance");
        LOG.info(() -> "Backup slot " + slot + " is taken by " + taker);
        return;
      }
      LOG.info(() -> "Backup slot " + slot + " claimed by " + INSTANCE);
      submit(mine.get());
    } catch (RuntimeException e) {
      busy.set(false);
      throw e;
    }
  }

  /** Hands the run to the executor; a run it cannot take ends failed at once, not hanging. */
  private void submit(BackupRun run) {
    try {
      executor.execute(() -> take(run));
    } catch (RejectedExecutionException e) {
      failed(run, "The server is too busy to start a backup now: " + e.getMessage(), Instant.now());
      throw e;
    }
  }

  private void take(BackupRun run) {
    Instant started = Instant.now();
    try {
      BackupSettings settings = BackupSettings.current();
      BackupWriter.Result result =
          new BackupWriter(settings).write(BackupFiles.in(settings.backupDir(), started));
      BackupRun done = runs.finish(run.id(), BackupRuns.Outcome.of(result));
      LOG.info(
          () ->
              "Backup "
                  + done.id()
                  + " ("
                  + done.trigger()
                  + ") "
                  + done.status()
                  + ": "
                  + result.file()
                  + ", "
                  + result.bytes()
                  + " bytes in "
                  + result.took().toMillis()
                  + " ms");
      if (result.complete()) thinOut(settings, done.fileName());
    } catch (BackupException e) {
      LOG.warning(
          () -> "Backup " + run.id() + " (" + run.trigger() + ") failed: " + e.getMessage());
      failed(run, e.getMessage(), started);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Backup " + run.id() + " failed unexpectedly", e);
      failed(run, "Unexpected error: " + e, started);
    } finally {
      busy.set(false);
      afterwards();
    }
  }

  private void failed(BackupRun run, String reason, Instant started) {
    try {
      runs.finish(
          run.id(), BackupRuns.Outcome.failed(reason, Duration.between(started, Instant.now())));
    } catch (RuntimeException e) {
      LOG.warning(() -> "Cannot record that backup " + run.id() + " failed: " + e.getMessage());
    }
  }

  private void thinOut(BackupSettings settings, String justWritten) {
    try {
      BackupRetention.apply(settings.backupDir(), plan(), justWritten);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Applying the backup retention failed: " + e);
    }
  }

  /** The metrics and the backup alerts follow every run. */
  private void afterwards() {
    try {
      metrics.refresh();
      alerts.evaluate();
    } catch (RuntimeException e) {
      LOG.warning(() -> "Updating the backup metrics and alerts failed: " + e.getMessage());
    }
  }
}

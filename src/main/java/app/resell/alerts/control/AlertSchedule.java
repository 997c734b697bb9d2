package app.resell.alerts.control;

import app.resell.setup.control.ClusterLock;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates the alert rules every hour (at minute 5), so aging alerts appear and resolve without
 * anyone asking; {@code POST /alerts/evaluate} does the same on demand. With several instances, the
 * one holding the task's {@link ClusterLock} evaluates.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AlertSchedule {

  private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

  @Inject AlertEvaluator evaluator;
  @Inject ClusterLock cluster;

  @Schedule(hour = "*", minute = "5", persistent = false)
  void hourly() {
    if (!cluster.leads("alert-evaluation")) return;
    try {
      AlertEvaluator.Outcome o = evaluator.evaluate();
      LOG.info(
          () ->
              "Alert rules evaluated: "
                  + o.raised
                  + " raised, "
                  + o.resolved
                  + " resolved, "
                  + o.open
                  + " open");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Evaluating the alert rules failed; next try in an hour", e);
    }
  }
}

package app.resell.alerts.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Evaluates the alert rules every hour (at minute 5), so aging alerts appear and resolve without
 * anyone asking; {@code POST /alerts/evaluate} does the same on demand.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AlertSchedule {

  private static final Logger LOG = Logger.getLogger(AlertSchedule.class.getName());

  @Inject AlertEvaluator evaluator;

  @Schedule(hour = "*", minute = "5", persistent = false)
  void hourly() {
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

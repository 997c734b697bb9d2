package app.resell.money.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seeds and loads the fee schedules once the schema exists, so the first sale or quote does not pay
 * for it and a broken stored schedule shows in the log at start-up. A failure is not fatal: the
 * store tries again on first use and answers the error there.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeeScheduleStartup {

  private static final Logger LOG = Logger.getLogger(FeeScheduleStartup.class.getName());

  @Inject FeeScheduleStore store;

  @PostConstruct
  void load() {
    try {
      store.reload();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Fee schedules not loaded at start-up: " + e.getMessage(), e);
    }
  }
}

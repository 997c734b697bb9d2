package app.resell.classifier.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the newest stored model in service at start-up; on a fresh database, trains and stores the
 * first version in the background, so the first import does not wait for training.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class ClassifierStartup {

  private static final Logger LOG = Logger.getLogger(ClassifierStartup.class.getName());

  @Inject ModelRegistry registry;

  @Inject
  @ConfigProperty(name = "resell.classifier.train-at-startup", defaultValue = "true")
  boolean trainAtStartup;

  @PostConstruct
  void load() {
    try {
      if (registry.loadActive().isEmpty() && trainAtStartup) registry.retrain();
    } catch (Exception e) {
      LOG.log(
          Level.WARNING,
          "No stored classifier model; the shipped corpus trains one on first use",
          e);
    }
  }
}

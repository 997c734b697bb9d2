package app.resell.setup.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the current schema before anything else touches it: creates the database
 * if needed, then applies the Flyway migrations shipped in the WAR, after a backup when they change
 * an existing schema ({@link BeforeMigration}: the backup feature's). A failure here fails the
 * deployment, and the message is logged with the {@code RESELL-FATAL} marker the start script looks
 * for, because Payara Micro keeps running after a failed deployment.
 *
 * <p>Instances starting at once on one database take turns for the whole upgrade (an advisory lock
 * held from before the backup decision until the follow-ups ran): an instance that read the version
 * while another was half way through the migrations took that for an old schema and dumped the
 * database under the running migration (pg_dump: "could not open relation"), failing its start. The
 * next in turn finds the schema current and does nothing.
 *
 * <p>Finding no migration at all is such a failure: it means the class loader hid them (Open
 * Liberty lists a classpath folder only through the empty marker file {@code
 * db/migration/flyway.location}), and carrying on would serve an empty or outdated schema.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  /** The advisory lock key of the schema upgrade ("Resell" in ASCII); Flyway's own is another. */
  static final long UPGRADE_LOCK = 0x526573656C6CL;

  @Inject
  @ConfigProperty(name = "resell.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "resell.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "resell.db.password")
  Optional<String> password;

  @Inject Instance<BeforeMigration> beforeMigration;

  @PostConstruct
  void migrate() {
    try {
      DatabaseCreator.ensureExists(url, user, password.orElse(null));
      Flyway flyway =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(url, user, password.orElse(null))
              .locations("classpath:db/migration")
              .connectRetries(3)
              .load();
      requireMigrations(flyway);
      MigrateResult result;
      try (Connection turn = DatabaseCreator.connect(url, user, password.orElse(null));
          Statement st = turn.createStatement()) {
        st.execute("SELECT pg_advisory_lock(" + UPGRADE_LOCK + ")"); // closing the session frees it
        List<Runnable> afterwards = new ArrayList<>();
        for (BeforeMigration before : beforeMigration) afterwards.add(before.prepare(flyway));
        result = flyway.migrate();
        afterwards.forEach(Runnable::run);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "Cannot take the schema upgrade's turn: " + e.getMessage(), e);
      }
      // Flyway names the target only when it applied something; else the schema stayed where it was
      String version =
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion;
      LOG.info(
          () ->
              "Database schema at version "
                  + version
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "RESELL-FATAL database setup failed: " + e.getMessage(), e);
      throw e;
    }
  }

  static void requireMigrations(Flyway flyway) {
    if (Arrays.stream(flyway.info().all()).noneMatch(m -> m.getState().isResolved())) {
      throw new IllegalStateException(
          "no migration found in classpath:db/migration (class loader "
              + DatabaseMigrator.class.getClassLoader()
              + "): the WAR is incomplete or the server hides its resources");
    }
  }
}

package app.resell.setup.control;

import org.flywaydb.core.Flyway;

/**
 * Work that must come before the schema changes, offered by the feature that owns it (the backup
 * before an upgrade, {@code backup/control/UpgradeBackup}): {@link DatabaseMigrator} asks every
 * implementation CDI finds before it applies pending migrations, and runs what each answers once
 * they are applied. Setup so names no feature above it.
 */
public interface BeforeMigration {

  /**
   * Does what must precede applying {@code flyway}'s pending migrations; throws to stop the
   * migration. Answers what to do once they are applied (record what was done, say).
   */
  Runnable prepare(Flyway flyway);
}

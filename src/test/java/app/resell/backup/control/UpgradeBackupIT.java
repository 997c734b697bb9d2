package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.testing.ResellServer;
import app.resell.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backup before a schema upgrade, on a real database and pg_dump but without a server (no boot
 * to pay for): a database left at the previous release's schema is backed up before migrating; a
 * backup that cannot be taken stops the upgrade with the reason and the way to skip it; a fresh
 * database, an up-to-date one and a switched-off setting take none.
 */
class UpgradeBackupIT {

  private static final List<String> SETTINGS =
      List.of(
          "resell.db.url",
          "resell.db.user",
          "resell.db.password",
          "resell.data.dir",
          "resell.backup.dir",
          "resell.backup.pg-bin");

  private TestDatabase database;
  private Path workDir;
  private Path backups;
  private final UpgradeBackup upgrade = new UpgradeBackup();

  @BeforeEach
  void previousReleasesDatabase() throws IOException {
    workDir = Files.createTempDirectory("upgrade-backup-it");
    backups = workDir.resolve("backups");
    database = TestDatabase.create();
    System.setProperty("resell.db.url", database.url());
    System.setProperty("resell.db.user", database.user());
    System.setProperty(
        "resell.db.password", database.password() == null ? "" : database.password());
    System.setProperty(
        "resell.data.dir", Files.createDirectories(workDir.resolve("data")).toString());
    System.setProperty("resell.backup.dir", backups.toString());
    upgrade.enabled = true;
  }

  @AfterEach
  void cleanUp() throws IOException {
    SETTINGS.forEach(System::clearProperty);
    database.close();
    ResellServer.deleteRecursively(workDir);
  }

  private Flyway flyway(String target) {
    return database.flyway().target(target).load();
  }

  /** The newest migration of this build (18 once photos came, and later ones after them). */
  private String shipped() {
    return SchemaVersions.shipped(
        PgTarget.parse(database.url(), database.user(), database.password()));
  }

  private String schemaVersion() {
    List<Map<String, Object>> rows =
        database.rows(
            "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                + " ORDER BY installed_rank DESC LIMIT 1");
    return (String) rows.get(0).get("version");
  }

  @Test
  void anExistingSchemaIsBackedUpBeforeItIsMigrated() {
    flyway("16").migrate();
    Flyway latest = flyway("latest");

    Optional<UpgradeBackup.Taken> taken = upgrade.beforeMigrating(latest);

    assertThat(taken).isPresent();
    Path file = taken.get().result().file();
    assertThat(file.getParent()).isEqualTo(backups);
    try (BackupArchive archive = BackupArchive.open(file)) {
      assertThat(archive.manifest().schemaVersion()).isEqualTo("16");
    }
    latest.migrate();
    assertThat(schemaVersion()).isEqualTo(shipped());
  }

  @Test
  void aBackupThatFailsStopsTheUpgradeWithTheReasonAndTheWayToSkipIt() throws IOException {
    flyway("16").migrate();
    System.setProperty(
        "resell.backup.pg-bin", Files.createDirectories(workDir.resolve("no-pg-tools")).toString());

    assertThatThrownBy(() -> upgrade.beforeMigrating(flyway("latest")))
        .hasMessageContaining("from 16 to " + shipped())
        .hasMessageContaining("pg_dump")
        .hasMessageContaining("RESELL_BACKUP_BEFORE_UPGRADE=false");
    assertThat(schemaVersion()).isEqualTo("16");

    // switched off, the same upgrade goes ahead without a backup
    upgrade.enabled = false;
    assertThat(upgrade.beforeMigrating(flyway("latest"))).isEmpty();
    assertThat(archives()).as("a failed backup leaves nothing behind").isEmpty();
  }

  @Test
  void aFreshOrCurrentDatabaseNeedsNoBackup() throws IOException {
    assertThat(upgrade.beforeMigrating(flyway("latest"))).isEmpty();
    flyway("latest").migrate();
    assertThat(upgrade.beforeMigrating(flyway("latest"))).isEmpty();
    assertThat(archives()).isEmpty();
  }

  private List<String> archives() throws IOException {
    if (!Files.isDirectory(backups)) return List.of();
    try (var files = Files.list(backups)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}

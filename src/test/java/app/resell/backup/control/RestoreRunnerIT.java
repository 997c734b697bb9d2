package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.testing.TestDatabase;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restores on a real PostgreSQL, without a server: what is refused is refused before the database
 * is touched, and a backup of an older schema restores as it was and migrates forward as the next
 * start does.
 */
class RestoreRunnerIT {

  static TestDatabase source;
  static final List<TestDatabase> targets = new ArrayList<>();
  static Path backup;
  @TempDir static Path dir;

  /** A database at an older schema (version 9) with a little data, and its backup. */
  @BeforeAll
  static void backUpAnOlderSchema() throws Exception {
    source = TestDatabase.create();
    source.flyway().target("9").load().migrate();
    source.execute(
        "INSERT INTO inventory (item_name, quantity, bid_amount)"
            + " VALUES ('Pressed glass bowl', 2, 10.00)");
    Path data = Files.createDirectories(dir.resolve("source-data/keys"));
    Files.writeString(data.resolve("jwt-public.pem"), "public key");
    backup =
        new BackupWriter(settings(source, dir.resolve("source-data")))
            .write(dir.resolve("older.zip"))
            .file();
  }

  @AfterAll
  static void dropDatabases() {
    source.close();
    targets.forEach(TestDatabase::close);
  }

  @Test
  void anOlderSchemaRestoresExactlyAndMigratesForwardAtTheNextStart() throws Exception {
    TestDatabase target = target();
    BackupManifest m =
        new RestoreRunner(settings(target, dir.resolve("restored")), s -> {})
            .restore(backup, false);
    assertThat(m.schemaVersion()).isEqualTo("9");
    assertThat(Files.readString(dir.resolve("restored/keys/jwt-public.pem")))
        .isEqualTo("public key");
    target.flyway().load().migrate();
    try (Connection c = target.connect()) {
      assertThat(SchemaVersions.applied(c))
          .isEqualTo(Optional.of(SchemaVersions.shipped(pg(target))));
    }
    assertThat(target.rows("SELECT item_name FROM inventory").get(0))
        .containsEntry("item_name", "Pressed glass bowl");
  }

  @Test
  void aFlippedByteOrACutShortArchiveIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
    Path flipped = Files.copy(backup, dir.resolve("flipped.zip"));
    try (RandomAccessFile f = new RandomAccessFile(flipped.toFile(), "rw")) {
      f.seek(Files.size(flipped) / 2);
      int b = f.read();
      f.seek(Files.size(flipped) / 2);
      f.write(~b);
    }
    Path cut = dir.resolve("cut.zip");
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(backup), 4096));
    for (Path bad : List.of(flipped, cut)) {
      TestDatabase target = target();
      assertThatThrownBy(
              () ->
                  new RestoreRunner(settings(target, dir.resolve("never")), s -> {})
                      .restore(bad, false))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("Nothing was restored");
      assertThat(tables(target)).isZero();
      assertThat(dir.resolve("never")).doesNotExist();
    }
  }

  @Test
  void aBackupOfANewerSchemaIsRefusedWithBothVersionsNamed() throws Exception {
    Path newer = dir.resolve("newer.zip");
    Path dump = Files.write(dir.resolve("newer.dump"), new byte[] {1, 2, 3});
    BackupArchive.write(
        newer,
        dump,
        new java.util.TreeMap<>(),
        entries ->
            new BackupManifest(
                    "9.9.9",
                    "999",
                    java.time.Instant.now(),
                    "15",
                    "/elsewhere",
                    new BooksCensus(java.util.Map.of(), java.util.Map.of()),
                    entries,
                    List.of())
                .toJson());
    TestDatabase target = target();
    assertThatThrownBy(
            () ->
                new RestoreRunner(settings(target, dir.resolve("n")), s -> {})
                    .restore(newer, false))
        .hasMessageContaining("schema version 999")
        .hasMessageContaining("schema version " + SchemaVersions.shipped(pg(target)));
    assertThat(tables(target)).isZero();
  }

  @Test
  void aDatabaseThatHoldsBooksIsNotOverwrittenWithoutForce() throws Exception {
    TestDatabase target = target();
    target.flyway().target("1").load().migrate();
    Path data = dir.resolve("busy");
    assertThatThrownBy(
            () -> new RestoreRunner(settings(target, data), s -> {}).restore(backup, false))
        .hasMessageContaining("Refusing to restore over existing books")
        .hasMessageContaining("--force");
    new RestoreRunner(settings(target, data), s -> {}).restore(backup, true);
    try (Connection c = target.connect()) {
      assertThat(SchemaVersions.applied(c)).contains("9");
    }
  }

  @Test
  void aBackupWithoutUsablePgDumpFailsWithTheReasonAndLeavesNothingBehind() throws Exception {
    Path backups = Files.createDirectories(dir.resolve("failing"));
    BackupSettings noTools =
        new BackupSettings(
            pg(source), dir.resolve("source-data"), backups, Optional.of(dir.resolve("no-bin")));
    assertThatThrownBy(() -> new BackupWriter(noTools).write(backups.resolve("x.zip")))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("pg_dump was not found")
        .hasMessageContaining("RESELL_BACKUP_PG_BIN");
    try (var left = Files.list(backups)) {
      assertThat(left).isEmpty();
    }
    BackupWriter.Result good =
        new BackupWriter(settings(source, dir.resolve("source-data")))
            .write(backups.resolve("y.zip"));
    assertThat(good.complete()).isTrue();
  }

  private static TestDatabase target() {
    TestDatabase db = TestDatabase.create();
    targets.add(db);
    return db;
  }

  private static int tables(TestDatabase db) {
    return ((Number)
            db.rows(
                    "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema ="
                        + " 'public'")
                .get(0)
                .get("n"))
        .intValue();
  }

  private static PgTarget pg(TestDatabase db) {
    return PgTarget.parse(db.url(), db.user(), db.password());
  }

  private static BackupSettings settings(TestDatabase db, Path dataDir) throws IOException {
    return new BackupSettings(pg(db), dataDir, dir.resolve("backups"), Optional.empty());
  }
}

package app.resell.backup.control;

import app.resell.setup.control.DatabaseCreator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Restores a backup into an empty database and an empty data directory, and proves it: the archive
 * is checked whole (seal, manifest, every checksum) and its schema version compared with this
 * build's before anything is touched; {@code pg_restore} runs in one transaction; then the row
 * counts, money sums and file checksums are taken again and compared with the manifest. A backup
 * from an older schema is migrated forward by the next start.
 */
public final class RestoreRunner {

  private final BackupSettings settings;
  private final PgTools tools;
  private final Consumer<String> say;

  public RestoreRunner(BackupSettings settings, Consumer<String> say) {
    this.settings = settings;
    this.tools = new PgTools(settings.pgBin());
    this.say = say;
  }

  public BackupManifest restore(Path file, boolean force) {
    PgTarget db = settings.database();
    try (BackupArchive archive = BackupArchive.open(file)) {
      BackupManifest manifest = archive.manifest();
      say.accept(
          "The archive is whole: "
              + manifest.entries().size()
              + " entries checked, taken "
              + manifest.createdAt()
              + " by Resell "
              + manifest.resellVersion()
              + " at schema version "
              + manifest.schemaVersion()
              + ".");
      DatabaseCreator.ensureExists(db.jdbcUrl(), db.user(), db.password());
      String shipped = SchemaVersions.shipped(db);
      if (SchemaVersions.newer(manifest.schemaVersion(), shipped)) {
        throw new BackupException(
            "The backup is from a newer Resell (schema version "
                + manifest.schemaVersion()
                + ") than this one (schema version "
                + shipped
                + "). Restore it with that version or a later one.");
      }
      emptyTargets(force);
      Path work = Files.createTempDirectory("resell-restore-");
      try {
        Path dump = work.resolve(BackupManifest.DUMP);
        archive.extractDump(dump);
        try (Connection c = db.connect()) {
          tools.runOrFail(
              "pg_restore",
              List.of(
                  "--no-owner",
                  "--no-privileges",
                  "--exit-on-error",
                  "--single-transaction",
                  "--dbname=" + db.database(),
                  dump.toString()),
              db,
              c,
              "pg_restore failed, the database is unchanged");
        }
      } finally {
        deleteTree(work);
      }
      say.accept("The database is restored into " + db.describe() + ".");
      List<BackupManifest.Entry> written = archive.extractFiles(settings.dataDir());
      say.accept(written.size() + " files restored into " + settings.dataDir() + ".");
      prove(manifest, written);
      return manifest;
    } catch (SQLException e) {
      throw new BackupException("PostgreSQL at " + db.describe() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("Restoring failed: " + e, e);
    }
  }

  private void emptyTargets(boolean force) throws SQLException, IOException {
    List<String> tables = tables();
    List<String> files = DurableFiles.present(settings.dataDir());
    if (tables.isEmpty() && files.isEmpty()) return;
    String what =
        (tables.isEmpty()
                ? ""
                : settings.database().describe() + " has " + tables.size() + " tables")
            + (!tables.isEmpty() && !files.isEmpty() ? " and " : "")
            + (files.isEmpty() ? "" : settings.dataDir() + " holds " + String.join(", ", files));
    if (!force) {
      throw new BackupException(
          "Refusing to restore over existing books: "
              + what
              + ". Restore into an empty database and data directory, or add --force to replace"
              + " them (stop the server first).");
    }
    say.accept("--force: replacing what is there (" + what + ").");
    try (Connection c = settings.database().connect();
        Statement st = c.createStatement()) {
      for (String schema : schemas(c)) {
        st.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
      }
      st.execute("CREATE SCHEMA IF NOT EXISTS public");
    }
    DurableFiles.clear(settings.dataDir());
  }

  private void prove(BackupManifest manifest, List<BackupManifest.Entry> written)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Connection c = settings.database().connect()) {
      problems.addAll(BooksCensus.take(c).differencesFrom(manifest.census()));
    }
    List<BackupManifest.Entry> expected =
        manifest.entries().stream().filter(e -> e.path().startsWith(BackupManifest.FILES)).toList();
    if (!written.equals(expected)) problems.add("the restored files differ from the manifest");
    if (!problems.isEmpty()) {
      throw new BackupException(
          "The restore does not match the backup: " + String.join("; ", problems));
    }
    say.accept(
        "Checked: "
            + manifest.census().rows().size()
            + " tables' row counts, "
            + manifest.census().money().size()
            + " money columns' sums and "
            + written.size()
            + " files' SHA-256 equal the manifest.");
  }

  private List<String> tables() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = settings.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                    + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                    + " AND table_schema NOT LIKE 'pg\\_%'")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static List<String> schemas(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog',"
                    + " 'information_schema') AND nspname NOT LIKE 'pg\\_%'")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}

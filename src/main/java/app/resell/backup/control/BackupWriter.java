package app.resell.backup.control;

import app.resell.observability.control.BuildInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Takes a backup while the server keeps serving: one REPEATABLE READ transaction exports its
 * snapshot, counts the books and lists the files the database refers to, and {@code pg_dump} dumps
 * that same snapshot, so the figures, the files and the dump describe one moment even while an
 * import commits chunks. The archive is written under a temporary name, read back and checked, and
 * only then renamed to its final name; a failed backup leaves nothing behind.
 */
public final class BackupWriter {

  private final BackupSettings settings;
  private final PgTools tools;

  public BackupWriter(BackupSettings settings) {
    this.settings = settings;
    this.tools = new PgTools(settings.pgBin());
  }

  /** A written and checked backup. Incomplete when files the database refers to were missing. */
  public record Result(Path file, long bytes, Duration took, BackupManifest manifest) {
    public boolean complete() {
      return manifest.missingFiles().isEmpty();
    }
  }

  public Result write(Path target) {
    Instant started = Instant.now();
    Path dir = target.toAbsolutePath().getParent();
    Path work = null;
    Path partial = dir.resolve("." + target.getFileName() + ".partial");
    try {
      Files.createDirectories(dir);
      work = Files.createTempDirectory(dir, ".backup-");
      Path dump = work.resolve(BackupManifest.DUMP);
      BackupManifest skeleton;
      DurableFiles.Found files;
      try (Connection c = settings.database().connect()) {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
          st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
          String snapshot = one(st, "SELECT pg_export_snapshot()");
          String schema =
              SchemaVersions.applied(c)
                  .orElseThrow(
                      () ->
                          new BackupException(
                              settings.database().describe() + " holds no Resell schema yet."));
          // pg_dump reads the snapshot while this transaction counts the same books
          try (PgTools.Running pgDump =
              tools.start(
                  "pg_dump",
                  List.of("--format=custom", "--snapshot=" + snapshot, "--file=" + dump),
                  settings.database(),
                  c)) {
            skeleton =
                new BackupManifest(
                    BuildInfo.version(),
                    schema,
                    started,
                    one(st, "SHOW server_version"),
                    settings.dataDir().toString(),
                    BooksCensus.take(c),
                    List.of(),
                    List.of());
            files = DurableFiles.find(c, settings.dataDir());
            pgDump.awaitOrFail("pg_dump failed");
          }
        }
        c.commit();
      }
      BackupArchive.write(
          partial,
          dump,
          files.files(),
          entries ->
              new BackupManifest(
                      skeleton.resellVersion(),
                      skeleton.schemaVersion(),
                      skeleton.createdAt(),
                      skeleton.serverVersion(),
                      skeleton.dataDir(),
                      skeleton.census(),
                      entries,
                      files.missing())
                  .toJson());
      ownerOnly(partial);
      BackupManifest written;
      try (BackupArchive check = BackupArchive.open(partial)) {
        written = check.manifest();
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return new Result(
          target, Files.size(target), Duration.between(started, Instant.now()), written);
    } catch (SQLException e) {
      throw new BackupException(
          "Reading " + settings.database().describe() + " failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("Writing the backup in " + dir + " failed: " + e, e);
    } finally {
      deleteQuietly(partial);
      deleteQuietly(work);
    }
  }

  private static String one(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the directory's permissions apply
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) return;
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      // a left-over temporary file in the backup directory; the next run uses new names
    }
  }
}

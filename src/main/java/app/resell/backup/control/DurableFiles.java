package app.resell.backup.control;

import app.resell.imports.control.UploadFiles;
import app.resell.photos.control.PhotoFiles;
import app.resell.photos.entity.ImageKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The data directory's files a backup must hold: every kept upload and every photo image the
 * database refers to (read in the backup's snapshot, so an import or a photo added during the
 * backup is neither half in nor dangling), the signing keys and the generated admin password. Not
 * logs, not the server's instance directory, not photo thumbnails (made again on request), not
 * files no row refers to (one being written right now, for example).
 */
public final class DurableFiles {

  /** Directories kept whole. */
  static final List<String> WHOLE_DIRS = List.of("keys");

  /** Directories of files the database refers to. */
  static final List<String> REFERRED_DIRS = List.of(UploadFiles.DIR, PhotoFiles.DIR);

  static final List<String> SINGLE_FILES = List.of("initial-admin-password");

  /** Files a backup holds: where each is now, keyed by its path inside the archive. */
  public record Found(TreeMap<String, Path> files, List<String> missing) {}

  private DurableFiles() {}

  public static Found find(Connection snapshot, Path dataDir) throws SQLException, IOException {
    TreeMap<String, Path> files = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    try (Statement st = snapshot.createStatement();
        ResultSet rs = st.executeQuery("SELECT DISTINCT file_path FROM import_jobs")) {
      while (rs.next()) {
        Path file = UploadFiles.locate(rs.getString(1), dataDir);
        String name = BackupManifest.FILES + UploadFiles.DIR + "/" + file.getFileName();
        if (Files.isRegularFile(file)) files.put(name, file);
        else missing.add(name);
      }
    }
    // a backup of an older schema (before an upgrade) may have no photos table yet
    try (Statement st = snapshot.createStatement();
        ResultSet rs =
            st.executeQuery(
                hasTable(snapshot, "photos")
                    ? "SELECT DISTINCT sha256, content_type FROM photos"
                    : "SELECT NULL, NULL WHERE false")) {
      while (rs.next()) {
        ImageKind kind = ImageKind.ofMediaType(rs.getString(2)).orElse(ImageKind.JPEG);
        String relative = PhotoFiles.relative(rs.getString(1), kind).toString().replace('\\', '/');
        Path file = dataDir.resolve(relative);
        if (Files.isRegularFile(file)) files.put(BackupManifest.FILES + relative, file);
        else missing.add(BackupManifest.FILES + relative);
      }
    }
    for (String dir : WHOLE_DIRS) {
      Path root = dataDir.resolve(dir);
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          files.put(BackupManifest.FILES + dataDir.relativize(p).toString().replace('\\', '/'), p);
        }
      }
    }
    for (String single : SINGLE_FILES) {
      Path p = dataDir.resolve(single);
      if (Files.isRegularFile(p)) files.put(BackupManifest.FILES + single, p);
    }
    return new Found(files, missing);
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  /** Whether the data directory already holds books (anything a restore would overwrite). */
  public static List<String> present(Path dataDir) {
    List<String> out = new ArrayList<>();
    for (String name : concat(WHOLE_DIRS, REFERRED_DIRS, SINGLE_FILES)) {
      Path p = dataDir.resolve(name);
      if (Files.isRegularFile(p) || nonEmptyDir(p)) out.add(name);
    }
    return out;
  }

  /** Removes what {@link #present} found, for a forced restore. */
  public static void clear(Path dataDir) throws IOException {
    for (String name : present(dataDir)) {
      Path p = dataDir.resolve(name);
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
      }
    }
  }

  private static boolean nonEmptyDir(Path p) {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isPresent();
    } catch (IOException e) {
      return true;
    }
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) all.addAll(l);
    return all;
  }
}

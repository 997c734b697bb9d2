package app.resell.backup.control;

import app.resell.imports.control.UploadFiles;
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
 * The data directory's files a backup must hold: every kept upload the database refers to (read in
 * the backup's snapshot, so an import that starts during the backup is neither half in nor
 * dangling), the signing keys, the generated admin password and photos. Not logs, not the server's
 * instance directory, not uploads no job refers to (one being written right now, for example).
 */
public final class DurableFiles {

  /** Directories kept whole. */
  static final List<String> WHOLE_DIRS = List.of("keys", "photos");

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

  /** Whether the data directory already holds books (anything a restore would overwrite). */
  public static List<String> present(Path dataDir) {
    List<String> out = new ArrayList<>();
    for (String name : concat(WHOLE_DIRS, List.of(UploadFiles.DIR), SINGLE_FILES)) {
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

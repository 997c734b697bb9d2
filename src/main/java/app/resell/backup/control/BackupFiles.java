package app.resell.backup.control;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup file names: {@code resell-backup-20261206T031500Z.zip}, the UTC time the backup was taken,
 * so names sort by time and the retention rule can read a backup's day from its name.
 */
public final class BackupFiles {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("resell-backup-(\\d{8}T\\d{6}Z)\\.zip");

  private BackupFiles() {}

  public static String name(Instant at) {
    return "resell-backup-" + STAMP.format(at.truncatedTo(ChronoUnit.SECONDS)) + ".zip";
  }

  public static Path in(Path dir, Instant at) {
    return dir.resolve(name(at));
  }

  /** The time in a backup's name; empty for any other file. */
  public static Optional<Instant> takenAt(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) return Optional.empty();
    try {
      return Optional.of(Instant.from(STAMP.parse(m.group(1))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The backup named {@code fileName} in {@code dir}; empty unless the name is a backup's name (so
   * never a path elsewhere) and the file exists.
   */
  public static Optional<Path> find(Path dir, String fileName) {
    if (fileName == null || takenAt(fileName).isEmpty()) return Optional.empty();
    Path file = dir.resolve(fileName);
    return java.nio.file.Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}

package app.resell.backup.boundary;

import app.resell.backup.control.BackupArchive;
import app.resell.backup.control.BackupException;
import app.resell.backup.control.BackupFiles;
import app.resell.backup.control.BackupManifest;
import app.resell.backup.control.BackupSettings;
import app.resell.backup.control.BackupWriter;
import app.resell.backup.control.RestoreRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/resell backup [FILE]}, {@code restore FILE [--force]} and {@code verify FILE}: the
 * command line of the backup feature, run outside the server with the server's settings. Exit
 * codes: 0 done and checked, 1 refused or failed (the reason on stderr), 2 usage, 3 a backup was
 * written but files the database refers to were missing from the data directory.
 */
public final class BackupCommand {

  private BackupCommand() {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args)));
  }

  static int run(List<String> args) {
    if (args.isEmpty()) return usage();
    List<String> rest = args.subList(1, args.size());
    try {
      return switch (args.get(0)) {
        case "backup" -> rest.size() <= 1 ? backup(rest) : usage();
        case "restore" -> restore(rest);
        case "verify" -> rest.size() == 1 ? verify(Path.of(rest.get(0))) : usage();
        default -> usage();
      };
    } catch (BackupException e) {
      System.err.println("resell: " + e.getMessage());
      return 1;
    }
  }

  private static int backup(List<String> args) {
    BackupSettings settings = BackupSettings.current();
    Path target =
        args.isEmpty()
            ? BackupFiles.in(settings.backupDir(), Instant.now())
            : Path.of(args.get(0)).toAbsolutePath();
    BackupWriter.Result r = new BackupWriter(settings).write(target);
    System.out.printf(
        "resell: backup written and checked: %s (%,d bytes, %d tables, %d files, %.1f s)%n",
        r.file(),
        r.bytes(),
        r.manifest().census().rows().size(),
        r.manifest().entries().size() - 1,
        r.took().toMillis() / 1000.0);
    if (!r.complete()) {
      System.err.println(
          "resell: the database refers to files missing from the data directory, so they are not in"
              + " the backup: "
              + String.join(", ", r.manifest().missingFiles()));
      return 3;
    }
    return 0;
  }

  private static int restore(List<String> args) {
    boolean force = args.contains("--force");
    List<String> files = args.stream().filter(a -> !a.equals("--force")).toList();
    if (files.size() != 1) return usage();
    BackupManifest m =
        new RestoreRunner(BackupSettings.current(), s -> System.out.println("resell: " + s))
            .restore(Path.of(files.get(0)), force);
    System.out.println(
        "resell: restored the backup of "
            + m.createdAt()
            + ". Start Resell (bin/resell run); it migrates the schema forward if this version is"
            + " newer.");
    return 0;
  }

  private static int verify(Path file) {
    try (BackupArchive archive = BackupArchive.open(file)) {
      BackupManifest m = archive.manifest();
      System.out.printf(
          "resell: %s is whole: taken %s by Resell %s, schema version %s, %d entries checked%n",
          file, m.createdAt(), m.resellVersion(), m.schemaVersion(), m.entries().size());
    }
    return 0;
  }

  private static int usage() {
    System.err.println(
        "usage: bin/resell backup [FILE] | bin/resell restore FILE [--force] | bin/resell verify"
            + " FILE");
    return 2;
  }
}

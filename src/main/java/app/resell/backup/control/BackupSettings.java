package app.resell.backup.control;

import app.resell.setup.control.Settings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the books are: the database the server uses and its data directory, read from the same
 * settings ({@code RESELL_DB_URL}, {@code RESELL_DATA_DIR}, ...) by the server and by {@code
 * bin/resell backup|restore}, so both always back up the same thing. Backups go to {@code
 * RESELL_BACKUP_DIR}, by default {@code backups} next to the data directory (never inside it, so a
 * backup never contains the previous ones).
 */
public record BackupSettings(
    PgTarget database, Path dataDir, Path backupDir, Optional<Path> pgBin) {

  public static BackupSettings current() {
    Path dataDir = Settings.dataDir();
    Path parent = dataDir.getParent() == null ? dataDir : dataDir.getParent();
    String backups = Settings.get("resell.backup.dir", "");
    String bin = Settings.get("resell.backup.pg-bin", "");
    return new BackupSettings(
        PgTarget.parse(
            Settings.get("resell.db.url", "jdbc:postgresql://127.0.0.1:5432/resell"),
            Settings.get("resell.db.user", "postgres"),
            Settings.get("resell.db.password", "")),
        dataDir,
        backups.isBlank()
            ? parent.resolve("backups")
            : Path.of(backups).toAbsolutePath().normalize(),
        bin.isBlank() ? Optional.empty() : Optional.of(Path.of(bin)));
  }
}

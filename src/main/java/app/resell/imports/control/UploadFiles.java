package app.resell.imports.control;

import app.resell.setup.control.Settings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where an import's kept file is. Jobs record the absolute path the upload was stored at; after a
 * restore onto another machine or into another data directory that path names the old place, so a
 * missing file is looked up by its name (the job's id) in this data directory's {@code uploads}.
 */
public final class UploadFiles {

  public static final String DIR = "uploads";

  private UploadFiles() {}

  public static Path locate(String storedPath) {
    return locate(storedPath, Settings.dataDir());
  }

  public static Path locate(String storedPath, Path dataDir) {
    Path stored = Path.of(storedPath);
    if (!stored.isAbsolute()) return dataDir.resolve(stored);
    if (Files.exists(stored)) return stored;
    return dataDir.resolve(DIR).resolve(stored.getFileName());
  }
}

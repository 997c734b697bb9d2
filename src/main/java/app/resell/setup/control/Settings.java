package app.resell.setup.control;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a setting before MicroProfile Config is available to the caller (a ConfigSource cannot ask
 * Config about other keys without recursing): system property first, then the environment variable
 * named the MicroProfile way ({@code resell.data.dir} -> {@code RESELL_DATA_DIR}).
 */
public final class Settings {

  private Settings() {}

  public static String get(String key, String fallback) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
    }
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The directory that holds uploads, generated keys and the server instance. */
  public static Path dataDir() {
    return Path.of(get("resell.data.dir", "data")).toAbsolutePath().normalize();
  }
}

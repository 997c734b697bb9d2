package app.resell.setup.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the application's database when it does not exist yet, so a fresh machine needs nothing
 * but a running PostgreSQL. Connects with the configured credentials to the server's {@code
 * postgres} maintenance database to do so.
 */
public final class DatabaseCreator {

  private static final Logger LOG = Logger.getLogger(DatabaseCreator.class.getName());
  private static final Pattern URL =
      Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?$", Pattern.CASE_INSENSITIVE);
  private static final String INVALID_CATALOG = "3D000";

  private DatabaseCreator() {}

  /**
   * Ensures the database named in {@code url} exists.
   *
   * @throws DatabaseUnavailableException with a message a person can act on when PostgreSQL cannot
   *     be reached or the database cannot be created
   */
  public static void ensureExists(String url, String user, String password) {
    try (Connection ignored = connect(url, user, password)) {
      return;
    } catch (SQLException e) {
      if (!INVALID_CATALOG.equals(e.getSQLState())) {
        throw new DatabaseUnavailableException(
            "Cannot reach PostgreSQL at " + redact(url) + ": " + e.getMessage(), e);
      }
    }
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new DatabaseUnavailableException("Not a PostgreSQL JDBC URL: " + redact(url), null);
    }
    String name = m.group(2);
    String maintenanceUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
    try (Connection c = connect(maintenanceUrl, user, password);
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
      LOG.info(() -> "Created database " + name);
    } catch (SQLException e) {
      if ("42P04".equals(e.getSQLState())) return; // created concurrently
      throw new DatabaseUnavailableException(
          "Database " + name + " does not exist and could not be created: " + e.getMessage(), e);
    }
  }

  static Connection connect(String url, String user, String password) throws SQLException {
    Properties props = new Properties();
    if (user != null) props.setProperty("user", user);
    if (password != null && !password.isEmpty()) props.setProperty("password", password);
    props.setProperty("connectTimeout", "10");
    return new org.postgresql.Driver().connect(url, props);
  }

  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  /** PostgreSQL is unreachable or the database cannot be made; the application cannot start. */
  public static final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

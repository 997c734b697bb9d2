package app.resell.backup.control;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PostgreSQL database named by the application's JDBC URL, reachable both over JDBC and by the
 * libpq tools ({@code pg_dump}, {@code pg_restore}), which get the same host, port, database and
 * credentials through their environment (never on the command line, where {@code ps} shows them).
 */
public record PgTarget(
    String host,
    int port,
    String database,
    Map<String, String> parameters,
    String user,
    String password) {

  private static final Pattern URL =
      Pattern.compile(
          "^jdbc:postgresql://([^/:?]*)(?::(\\d+))?/([^?]+)(?:\\?(.*))?$",
          Pattern.CASE_INSENSITIVE);

  public static PgTarget parse(String jdbcUrl, String user, String password) {
    Matcher m = URL.matcher(jdbcUrl.strip());
    if (!m.matches()) {
      throw new BackupException(
          "RESELL_DB_URL must look like jdbc:postgresql://host:5432/database, not " + jdbcUrl);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    if (m.group(4) != null) {
      for (String pair : m.group(4).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          parameters.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return new PgTarget(
        m.group(1).isEmpty() ? "localhost" : m.group(1),
        m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)),
        URLDecoder.decode(m.group(3), StandardCharsets.UTF_8),
        Map.copyOf(parameters),
        user,
        password == null ? "" : password);
  }

  /** The JDBC URL again, with its parameters ({@code sslmode} and the like). */
  public String jdbcUrl() {
    StringBuilder url =
        new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port);
    url.append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8));
    String sep = "?";
    for (var p : parameters.entrySet()) {
      url.append(sep).append(p.getKey()).append('=');
      url.append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
      sep = "&";
    }
    return url.toString();
  }

  /** The same server's maintenance database, to create or inspect {@link #database()}. */
  public PgTarget maintenance() {
    return new PgTarget(host, port, "postgres", parameters, user, password);
  }

  public Connection connect() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (!password.isEmpty()) props.setProperty("password", password);
    props.setProperty("ApplicationName", "resell-backup");
    return new org.postgresql.Driver().connect(jdbcUrl(), props);
  }

  /** The libpq environment of a {@code pg_dump} or {@code pg_restore} run. */
  public Map<String, String> libpqEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PGHOST", host);
    env.put("PGPORT", Integer.toString(port));
    env.put("PGDATABASE", database);
    env.put("PGUSER", user);
    if (!password.isEmpty()) env.put("PGPASSWORD", password);
    String sslmode = parameters.get("sslmode");
    if (sslmode != null) env.put("PGSSLMODE", sslmode);
    env.put("PGAPPNAME", "resell-backup");
    env.put("PGCONNECT_TIMEOUT", "10");
    return env;
  }

  /** Host, port and database, for messages (never the password). */
  public String describe() {
    return host + ":" + port + "/" + database;
  }
}

package app.resell.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A PostgreSQL database of its own for one test run: a Testcontainers PostgreSQL 16 when a Docker
 * engine exists, else a fresh database on the local server (127.0.0.1:5432, user postgres), dropped
 * when the run ends.
 */
public final class TestDatabase implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final PostgreSQLContainer<?> container;
  private final String adminUrl;
  private final String name;

  private TestDatabase(
      String url,
      String user,
      String password,
      PostgreSQLContainer<?> container,
      String adminUrl,
      String name) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.container = container;
    this.adminUrl = adminUrl;
    this.name = name;
  }

  public static TestDatabase create() {
    if (dockerAvailable()) {
      PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:16-alpine");
      pg.start();
      return new TestDatabase(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword(), pg, null, null);
    }
    return createOn(
        System.getProperty("resell.it.db.admin.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
        System.getProperty("resell.it.db.user", "postgres"),
        System.getProperty("resell.it.db.password", ""));
  }

  /** A fresh database with the application's migrations applied, for tests without a server. */
  public static TestDatabase migrated() {
    TestDatabase database = create();
    database.flyway().load().migrate();
    return database;
  }

  /** Flyway on this database with the application's migrations. */
  public FluentConfiguration flyway() {
    return Flyway.configure(TestDatabase.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration");
  }

  /**
   * A fresh database on the PostgreSQL server of {@code adminUrl} (a JDBC URL of an existing
   * database there, e.g. {@code postgres}), e.g. a throw-away cluster that a test stops and starts.
   */
  public static TestDatabase createOn(String adminUrl, String user, String password) {
    String name =
        "resell_it_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_"
            + ThreadLocalRandom.current().nextInt(1000, 9999);
    try (Connection c = connect(adminUrl, user, password);
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "No Docker engine and no local PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
    }
    String url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    return new TestDatabase(url, user, password, null, adminUrl, name);
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable e) {
      return false;
    }
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public Connection connect() throws SQLException {
    return connect(url, user, password);
  }

  /**
   * Rows of a query on the test database, each a map from column label to value in column order:
   * for checking what the API wrote and for data the API does not make.
   */
  public List<Map<String, Object>> rows(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      try (ResultSet rs = st.executeQuery()) {
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
            row.put(rs.getMetaData().getColumnLabel(k), rs.getObject(k));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a statement on the test database; answers the rows it changed. */
  public int execute(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect(String url, String user, String password) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null && !password.isEmpty()) props.setProperty("password", password);
    return DriverManager.getConnection(url, props);
  }

  @Override
  public void close() {
    if (container != null) {
      container.stop();
      return;
    }
    try (Connection c = connect(adminUrl, user, password);
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }
}

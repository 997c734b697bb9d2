package app.resell.setup.control;

import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's data source, configured by the application itself from MicroProfile Config ({@code
 * resell.db.url}, {@code resell.db.user}, {@code resell.db.password}, so {@code RESELL_DB_URL} and
 * the others override them), plus one courtesy: when the configured database does not exist yet, it
 * is created on the first connection attempt and the attempt repeated.
 *
 * <p>Reading the settings here rather than through placeholders in {@code @DataSourceDefinition}
 * keeps the WAR portable: Payara's {@code ${MPCONFIG=...}} means nothing to Open Liberty or
 * WildFly, and every server instantiates this class with the application's class loader. The server
 * connects the persistence unit while deploying, before any application code runs, so this is also
 * the one place early enough for "a fresh machine needs only a running PostgreSQL".
 *
 * <p>Connection settings every server gets alike: {@code stringType=unspecified} lets PostgreSQL
 * cast text parameters to its enum, jsonb and inet columns; {@code reWriteBatchedInserts} sends a
 * JDBC batch of inserts as multi-row statements (imports); a 5 s connect timeout, so a request
 * fails fast while PostgreSQL is away; {@code statement_timeout} of 60 s ends a statement that runs
 * away (a broad search under load) instead of letting it hold its connection.
 */
public class SelfCreatingDataSource extends PGSimpleDataSource {

  private static final long serialVersionUID = 1L;
  private static final String INVALID_CATALOG = "3D000";

  public SelfCreatingDataSource() {
    Config config = ConfigProvider.getConfig(applicationClassLoader());
    setURL(config.getValue("resell.db.url", String.class));
    setUser(config.getValue("resell.db.user", String.class));
    setPassword(config.getOptionalValue("resell.db.password", String.class).orElse(null));
    setStringType("unspecified");
    setReWriteBatchedInserts(true);
    setApplicationName("resell");
    setConnectTimeout(5);
    setOptions("-c statement_timeout=60s");
  }

  /**
   * The application's class loader, whose configuration has the application's defaults: servers
   * create the data source while the application is the thread's context. Open Liberty loads this
   * class from a server library (resell-datasource.jar), whose loader knows the environment only.
   */
  private static ClassLoader applicationClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SelfCreatingDataSource.class.getClassLoader();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(getUser(), getPassword());
  }

  /**
   * A server that pools this class may pass the credentials of the data source definition, which
   * names none: WildFly asks with a null user ("no PostgreSQL user name specified"). The configured
   * ones stand in for missing ones.
   */
  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    if (user == null || user.isBlank()) {
      user = getUser();
      password = getPassword();
    }
    try {
      return super.getConnection(user, password);
    } catch (SQLException e) {
      if (!INVALID_CATALOG.equals(e.getSQLState())) throw e;
      DatabaseCreator.ensureExists(getUrl(), user, password);
      return super.getConnection(user, password);
    }
  }
}

package app.resell.setup.control;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL's data source, plus one courtesy: when the configured database does not exist yet, it
 * is created on the first connection attempt and the attempt repeated. The server connects the
 * persistence unit while deploying, before any application code runs, so this is the one place
 * early enough for "a fresh machine needs only a running PostgreSQL".
 */
public class SelfCreatingDataSource extends PGSimpleDataSource {

  private static final long serialVersionUID = 1L;
  private static final String INVALID_CATALOG = "3D000";

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(getUser(), getPassword());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    try {
      return super.getConnection(user, password);
    } catch (SQLException e) {
      if (!INVALID_CATALOG.equals(e.getSQLState())) throw e;
      DatabaseCreator.ensureExists(getUrl(), user, password);
      return super.getConnection(user, password);
    }
  }
}

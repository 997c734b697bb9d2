package app.resell.exports.control;

import app.resell.inventory.control.ItemSearchSql.Statement;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One export's database work: a read-only, repeatable-read transaction (so the several queries of
 * one export see one snapshot) whose queries are read through server-side cursors (autocommit off
 * plus a fetch size: PostgreSQL hands over {@value #FETCH_SIZE} rows at a time, so memory stays
 * flat at any size). PostgreSQL's JIT is off for it: it made the first row wait seconds and gained
 * nothing for rows that flow out one by one. Closing it always rolls back and returns the
 * connection, also when the client went away mid-export and the write to the response threw.
 */
public final class ExportSession implements AutoCloseable {

  static final int FETCH_SIZE = 1000;
  private static final Logger LOG = Logger.getLogger(ExportSession.class.getName());

  private final Connection connection;

  private ExportSession(Connection connection) {
    this.connection = connection;
  }

  /** What to do with each row; may write to the client and so throw {@link IOException}. */
  @FunctionalInterface
  public interface RowHandler {
    void row(ResultSet row) throws SQLException, IOException;
  }

  public static ExportSession open(DataSource dataSource) throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      c.setAutoCommit(false);
      try (java.sql.Statement st = c.createStatement()) {
        // for this transaction only: a pooled connection must not keep the export's isolation
        // (a later sale's SELECT ... FOR UPDATE under repeatable read fails on concurrent updates)
        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        // JIT compiling an export's many expressions took 6 s before the first row at 1M items
        st.execute("SET LOCAL jit = off");
      }
      return new ExportSession(c);
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  /** Runs the statement and hands each row to the handler, in order. */
  public void each(Statement statement, RowHandler handler) throws SQLException, IOException {
    try (PreparedStatement st =
        connection.prepareStatement(
            statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(FETCH_SIZE);
      int k = 1;
      for (Object p : statement.parameters()) st.setObject(k++, p);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) handler.row(rs);
      }
    }
  }

  @Override
  public void close() {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.log(Level.FINE, "rolling back an export failed; the connection is closed anyway", e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.log(Level.FINE, "closing an export connection failed", e);
      }
    }
  }
}

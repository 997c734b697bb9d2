package app.resell.jobs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * After a crash (kill -9, power loss) batch executions stay STARTED in the job repository, and
 * Jakarta Batch refuses to restart them. At start-up, before any job runs on this server, such
 * executions and their steps are marked FAILED, and the imports they were running are marked failed
 * with the reason, so an operator (or {@code POST /jobs/{id}/restart}) can finish them from their
 * last checkpoint. Assumes one server per database, as Resell is deployed.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleExecutionRecovery {

  private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());
  static final String STALE = "('STARTING', 'STARTED', 'STOPPING')";
  static final String INTERRUPTED =
      "The server stopped while this import was running; restart it from the jobs console.";

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @PostConstruct
  void recover() {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      int executions = 0;
      if (exists(st, "jbatchexecutioninstancedata")) {
        st.executeUpdate(
            "UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = now() WHERE batchstatus IN "
                + STALE);
        executions =
            st.executeUpdate(
                "UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                    + " endtime = now(), updatetime = now() WHERE batchstatus IN "
                    + STALE);
      }
      int imports =
          st.executeUpdate(
              "UPDATE import_jobs SET status = 'failed', error_code = 'interrupted', error_message = '"
                  + INTERRUPTED
                  + "', updated_at = now() WHERE status = 'processing'");
      c.commit();
      if (executions + imports > 0) {
        int e = executions;
        LOG.warning(
            () ->
                "Marked " + e + " interrupted batch executions and " + imports + " imports failed");
      }
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Could not recover interrupted batch executions", e);
    }
  }

  private static boolean exists(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}

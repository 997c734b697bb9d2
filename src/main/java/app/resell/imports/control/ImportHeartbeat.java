package app.resell.imports.control;

import app.resell.setup.control.ClusterMember;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every two seconds, the imports this instance runs say it is still running them ({@code
 * heartbeat_at}). An import whose heartbeat is older than {@code resell.cluster.dead-after-seconds}
 * lost its instance; {@code jobs/control/StaleExecutionRecovery} fails it and, in a cluster, a
 * survivor resumes it from its last checkpoint.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportHeartbeat {

  private static final Logger LOG = Logger.getLogger(ImportHeartbeat.class.getName());

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void beat() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE import_jobs SET heartbeat_at = now()"
                    + " WHERE status = 'processing' AND owner_instance = ?")) {
      st.setString(1, ClusterMember.id());
      st.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "The imports' heartbeat failed; next try in two seconds", e);
    }
  }
}

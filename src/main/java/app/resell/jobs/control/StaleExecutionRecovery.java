package app.resell.jobs.control;

import app.resell.setup.control.ClusterLock;
import app.resell.setup.control.ClusterMember;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After a crash (kill -9, power loss) batch executions stay STARTED in the job repository, and
 * Jakarta Batch refuses to restart them. Such executions and their steps are marked FAILED, and the
 * imports they were running are marked failed with the reason, so an operator (or {@code POST
 * /jobs/{id}/restart}) can finish them from their last checkpoint.
 *
 * <p>Alone ({@code resell.cluster.enabled=false}, the default) this happens once, at start-up,
 * before any job runs here: every running execution was this server's. In a cluster another
 * instance's imports may be running: only imports whose owner stopped beating ({@link
 * ClusterMember#deadAfterSeconds()}, {@code app.resell.imports.control.ImportHeartbeat}) are
 * failed, at start-up and every five seconds by the instance that leads the task ({@link
 * ClusterLock}), which then restarts them itself: they finish from their last committed chunk,
 * every line exactly once. Other executions (maintenance jobs) are failed at start-up only when no
 * other instance is alive.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "ClusterMember"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleExecutionRecovery {

  private static final Logger LOG = Logger.getLogger(StaleExecutionRecovery.class.getName());
  static final String STALE = "('STARTING', 'STARTED', 'STOPPING')";
  static final String INTERRUPTED =
      "The server stopped while this import was running; restart it from the jobs console.";

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject ClusterLock cluster;

  @Inject
  @ConfigProperty(name = "resell.cluster.enabled", defaultValue = "false")
  boolean clustered;

  @PostConstruct
  void recover() {
    try {
      if (clustered) {
        takeOver(true);
      } else {
        failAll();
      }
    } catch (SQLException e) {
      LOG.log(Level.SEVERE, "Could not recover interrupted batch executions", e);
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void watch() {
    if (!clustered || !cluster.leads("import-recovery")) return;
    try {
      takeOver(false);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Looking for imports of dead instances failed; next try in 5 s", e);
    }
  }

  /** One server per database: whatever was running was ours and was cut short. */
  private void failAll() throws SQLException {
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
    }
  }

  /**
   * Fails the imports whose owner is gone (and their executions) in one transaction, then restarts
   * each: the restart makes this instance their owner.
   */
  private void takeOver(boolean atStart) throws SQLException {
    List<Long> orphans = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      boolean repository;
      try (Statement st = c.createStatement()) {
        repository = exists(st, "jbatchexecutioninstancedata");
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE import_jobs SET status = 'failed', error_code = 'interrupted',"
                  + " error_message = ?, updated_at = now(), owner_instance = NULL"
                  + " WHERE status = 'processing' AND (owner_instance IS DISTINCT FROM ?)"
                  + " AND coalesce(heartbeat_at, updated_at) < now() - make_interval(secs => ?)"
                  + " RETURNING execution_id")) {
        st.setString(1, INTERRUPTED);
        st.setString(2, ClusterMember.id());
        st.setInt(3, ClusterMember.deadAfterSeconds());
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            long id = rs.getLong(1);
            if (!rs.wasNull()) orphans.add(id);
          }
        }
      }
      if (repository) {
        for (long execution : orphans) failExecution(c, execution);
        if (atStart && aloneAlive(c)) failAllExecutions(c);
      }
      c.commit();
    }
    if (orphans.isEmpty()) return;
    LOG.warning(() -> "Taking over " + orphans.size() + " imports of a stopped instance");
    JobOperator jobs = BatchRuntime.getJobOperator();
    for (long execution : orphans) {
      try {
        Properties parameters = jobs.getParameters(execution);
        long next = jobs.restart(execution, parameters == null ? new Properties() : parameters);
        LOG.info(() -> "Restarted execution " + execution + " of a stopped instance as " + next);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not restart execution " + execution, e);
      }
    }
  }

  private static void failExecution(Connection c, long execution) throws SQLException {
    for (String table : List.of("jbatchstepexecutioninstancedata", "jbatchexecutioninstancedata")) {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE "
                  + table
                  + " SET batchstatus = 'FAILED', exitstatus = 'FAILED', endtime = now()"
                  + " WHERE jobexecid = ? AND batchstatus IN "
                  + STALE)) {
        st.setLong(1, execution);
        st.executeUpdate();
      }
    }
  }

  /** Whether no instance but this one has beaten lately: then nothing else can be running. */
  private static boolean aloneAlive(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT count(*) FROM cluster_members WHERE instance_id <> ?"
                + " AND heartbeat_at > now() - make_interval(secs => ?)")) {
      st.setString(1, ClusterMember.id());
      st.setInt(2, ClusterMember.deadAfterSeconds());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) == 0;
      }
    }
  }

  private static void failAllExecutions(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE jbatchstepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
              + " endtime = now() WHERE batchstatus IN "
              + STALE);
      st.executeUpdate(
          "UPDATE jbatchexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
              + " endtime = now(), updatetime = now() WHERE batchstatus IN "
              + STALE);
    }
  }

  private static boolean exists(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}

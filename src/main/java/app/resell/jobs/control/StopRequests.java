package app.resell.jobs.control;

import app.resell.setup.control.ClusterMember;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Stops that reach the instance running the execution. Jakarta Batch stops an execution only in the
 * JVM that runs it ({@code JobExecutionNotRunningException} anywhere else, although the shared job
 * repository says it runs), so a stop asked on another instance is left in {@code
 * batch_stop_requests}; every instance looks there every two seconds and stops the executions it
 * runs. A request whose execution no longer runs anywhere (it ended, or its instance died and the
 * import recovery failed it) is dropped.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StopRequests {

  private static final Logger LOG = Logger.getLogger(StopRequests.class.getName());

  /** The repository's statuses of an execution some instance is running. */
  static final Set<BatchStatus> RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /**
   * Stops the execution here if this instance runs it, else asks the one that does; {@code
   * JobExecutionNotRunningException} when it runs nowhere.
   */
  public void stop(long executionId) {
    JobOperator jobs = BatchRuntime.getJobOperator();
    try {
      jobs.stop(executionId);
    } catch (JobExecutionNotRunningException e) {
      if (!RUNNING.contains(jobs.getJobExecution(executionId).getBatchStatus())) throw e;
      request(executionId);
      LOG.info(() -> "Execution " + executionId + " runs on another instance: asked it to stop");
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void actOnRequests() {
    try {
      List<Long> requested = requested();
      if (requested.isEmpty()) return;
      JobOperator jobs = BatchRuntime.getJobOperator();
      for (long id : requested) {
        try {
          jobs.stop(id);
          LOG.info(() -> "Stopped execution " + id + " as another instance asked");
          drop(id);
        } catch (JobExecutionNotRunningException e) {
          if (!RUNNING.contains(jobs.getJobExecution(id).getBatchStatus())) drop(id);
        } catch (NoSuchJobExecutionException e) {
          drop(id);
        }
      }
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "Looking for stop requests failed; next look in two seconds", e);
    }
  }

  private void request(long executionId) {
    try {
      update(
          "INSERT INTO batch_stop_requests (execution_id, requested_by) VALUES (?, ?)"
              + " ON CONFLICT (execution_id) DO NOTHING",
          executionId,
          ClusterMember.id());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the stop request", e);
    }
  }

  private List<Long> requested() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT execution_id FROM batch_stop_requests");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) ids.add(rs.getLong(1));
    }
    return ids;
  }

  private void drop(long executionId) throws SQLException {
    update("DELETE FROM batch_stop_requests WHERE execution_id = ?", executionId);
  }

  private void update(String sql, Object... params) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      st.executeUpdate();
    }
  }
}

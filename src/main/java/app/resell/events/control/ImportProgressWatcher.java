package app.resell.events.control;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends {@code import.progress} to open live sessions while imports run: every two seconds, and
 * only when someone listens, it reads the import jobs changed in the last half minute and pushes
 * those whose status or counts moved since the last push. Reading the job rows (which the batch
 * steps update in their chunk transactions) keeps the import code free of push calls.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportProgressWatcher {

  private static final Logger LOG = Logger.getLogger(ImportProgressWatcher.class.getName());

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private final Map<String, String> lastPushed = new ConcurrentHashMap<>();

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void watch() {
    if (!LiveSessions.anyoneListening()) return;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id::text AS id, status::text AS status, progress, total_lines,"
                    + " processed_count, imported_count, rejected_count FROM import_jobs"
                    + " WHERE updated_at > now() - interval '30 seconds'");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("import_job_id", rs.getString("id"));
        job.put("status", rs.getString("status"));
        job.put("progress", rs.getInt("progress"));
        job.put("total_lines", rs.getObject("total_lines"));
        job.put("processed_count", rs.getInt("processed_count"));
        job.put("imported_count", rs.getInt("imported_count"));
        job.put("rejected_count", rs.getInt("rejected_count"));
        String state = job.toString();
        if (state.equals(lastPushed.put(rs.getString("id"), state))) continue;
        job.values().removeIf(java.util.Objects::isNull);
        LiveSessions.push("import.progress", job);
      }
      if (lastPushed.size() > 1000) lastPushed.clear();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Reading import progress failed; next try in two seconds", e);
    }
  }
}

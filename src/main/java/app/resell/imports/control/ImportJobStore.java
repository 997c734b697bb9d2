package app.resell.imports.control;

import app.resell.imports.entity.ImportStatus;
import app.resell.inventory.control.ImportedItems;
import app.resell.setup.control.ClusterMember;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The import job row as the batch artifacts see it: plain SQL in the caller's transaction (the
 * chunk's, for anything written while rows are imported), so progress and rejected lines commit
 * together with the rows they describe and a restart never counts anything twice.
 */
@ApplicationScoped
public class ImportJobStore {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /**
   * The job runs (again): on this instance, which keeps its heartbeat ({@link ImportHeartbeat}).
   */
  public void started(UUID jobId, long executionId) throws SQLException {
    update(
        "UPDATE import_jobs SET status = 'processing', execution_id = ?, started_at = coalesce(started_at, now()),"
            + " error_code = NULL, error_message = NULL, completed_at = NULL, updated_at = now(),"
            + " owner_instance = ?, heartbeat_at = now() WHERE id = ?",
        executionId,
        ClusterMember.id(),
        jobId);
  }

  public void totalLines(UUID jobId, int total) throws SQLException {
    update("UPDATE import_jobs SET total_lines = ?, updated_at = now() WHERE id = ?", total, jobId);
  }

  /** What the invoice's header step found: its row, how many lines, and the totals check. */
  public void invoiceRead(
      UUID jobId, UUID invoiceId, int totalLines, java.math.BigDecimal difference, String summary)
      throws SQLException {
    update(
        "UPDATE import_jobs SET invoice_id = ?, total_lines = ?, totals_difference = ?, result = ?::jsonb,"
            + " updated_at = now() WHERE id = ?",
        invoiceId,
        totalLines,
        difference,
        summary,
        jobId);
  }

  /** What a sales import's reader found: the lines to go through and the report's layout. */
  public void salesReportRead(UUID jobId, int totalLines, String summary) throws SQLException {
    update(
        "UPDATE import_jobs SET total_lines = ?, result = ?::jsonb, updated_at = now() WHERE id = ?",
        totalLines,
        summary,
        jobId);
  }

  /**
   * Progress after a chunk: the last row it reached, of the rows the file has, and the items it
   * inserted (the running count the status report shows without counting the inventory).
   */
  public void reached(UUID jobId, int lastRow, int inserted) throws SQLException {
    update(
        "UPDATE import_jobs SET progress = LEAST(99, GREATEST(progress, (? * 100) / GREATEST(total_lines, 1))),"
            + " imported_count = imported_count + ?, updated_at = now() WHERE id = ?",
        lastRow,
        inserted,
        jobId);
  }

  /**
   * A chunk's rows that were items already (an export imported back): counted under the job's
   * {@code result.existing} by what became of them, each row listed (the first 1,000).
   */
  public void existing(
      UUID jobId, String onExisting, int updated, int unchanged, int skipped, String rows)
      throws SQLException {
    update(
        "UPDATE import_jobs SET updated_at = now(), result = coalesce(result, '{}'::jsonb) ||"
            + " jsonb_build_object('existing', jsonb_build_object('on_existing', ?::text,"
            + " 'updated', coalesce((result #>> '{existing,updated}')::int, 0) + ?,"
            + " 'unchanged', coalesce((result #>> '{existing,unchanged}')::int, 0) + ?,"
            + " 'skipped', coalesce((result #>> '{existing,skipped}')::int, 0) + ?,"
            + " 'rows', CASE WHEN jsonb_array_length(coalesce(result #> '{existing,rows}',"
            + " '[]')) >= 1000 THEN result #> '{existing,rows}' ELSE coalesce(result #>"
            + " '{existing,rows}', '[]') || ?::jsonb END)) WHERE id = ?",
        onExisting,
        updated,
        unchanged,
        skipped,
        rows,
        jobId);
  }

  public void rejected(UUID jobId, int line, String rawText, String reason) throws SQLException {
    update(
        "INSERT INTO import_rejected_lines (job_id, line_number, raw_text, reason) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (job_id, line_number) DO NOTHING",
        jobId,
        line,
        rawText,
        reason);
  }

  /** The job's end: its status and final counts (the items it wrote, counted by inventory). */
  public void finished(UUID jobId, ImportStatus status, String code, String message, int skipped)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      int imported = ImportedItems.count(c, jobId);
      update(
          c,
          "UPDATE import_jobs j SET status = CASE WHEN ?::text = 'completed'"
              + " AND (j.result -> 'totals_check' ->> 'matches') = 'false' THEN 'needs_review'"
              + " ELSE ?::import_status END, error_code = ?, error_message = ?,"
              + " skipped_count = ?, completed_at = now(), updated_at = now(),"
              + " progress = CASE WHEN ?::text IN ('completed', 'needs_review') THEN 100 ELSE progress END,"
              + " imported_count = ?"
              + "   + (SELECT count(*) FROM sales_import_lines l WHERE l.job_id = j.id"
              + "   AND l.outcome IN ('recorded', 'updated')),"
              + " rejected_count = (SELECT count(*) FROM import_rejected_lines r WHERE r.job_id = j.id),"
              + " processed_count = ?"
              + "   + (SELECT count(*) FROM sales_import_lines l WHERE l.job_id = j.id)"
              + "   + (SELECT count(*) FROM import_rejected_lines r WHERE r.job_id = j.id) + ?"
              + "   + coalesce((j.result #>> '{existing,updated}')::int, 0)"
              + "   + coalesce((j.result #>> '{existing,unchanged}')::int, 0)"
              + "   + coalesce((j.result #>> '{existing,skipped}')::int, 0)"
              + " WHERE id = ?",
          status.value(),
          status.value(),
          code,
          message,
          skipped,
          status.value(),
          imported,
          imported,
          skipped,
          jobId);
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      update(c, sql, parameters);
    }
  }

  private static void update(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) st.setObject(i + 1, parameters[i]);
      st.executeUpdate();
    }
  }
}

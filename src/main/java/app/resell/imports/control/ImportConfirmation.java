package app.resell.imports.control;

import app.resell.events.entity.DomainEvent;
import app.resell.imports.control.batch.ImportItem;
import app.resell.imports.control.batch.InvoiceLineReader;
import app.resell.inventory.control.ItemRows;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the items of a scanned invoice once the user has confirmed (and perhaps corrected) the
 * lines OCR read: an OCR'd invoice never becomes inventory by itself. The lines are the ones the
 * import kept and showed ({@link OcrReview}), written in one transaction through the inventory's
 * bulk writer; the job then completes. The job row is locked, so a confirmation sent twice writes
 * once and the second is a conflict. The job's completion is announced as {@code import.completed}
 * again, now with status completed.
 */
@ApplicationScoped
public class ImportConfirmation {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject Event<DomainEvent> events;

  /** The user's answer: corrections by line; lines not named are written as read. */
  public static class Confirmation {
    public List<OcrReview.Correction> lines;
  }

  /** Writes the confirmed lines and completes the job; answers how many items were created. */
  @Transactional
  public int confirm(UUID jobId, Confirmation confirmation, UUID author) {
    try (Connection c = dataSource.getConnection()) {
      Awaiting job = awaiting(c, jobId);
      Map<Integer, OcrReview.Correction> fixes = corrections(confirmation, job.lines());
      List<ImportItem> items = new ArrayList<>();
      for (JsonValue value : job.lines()) {
        JsonObject line = value.asJsonObject();
        OcrReview.Correction fix = fixes.get(line.getInt("source_row"));
        if (fix != null && Boolean.TRUE.equals(fix.exclude)) continue;
        items.add(OcrReview.item(line, fix, job.invoice()));
      }
      int inserted =
          items.isEmpty()
              ? 0
              : ItemRows.insert(c, jobId, author == null ? null : author.toString(), items)
                  .inserted();
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE import_jobs SET status = 'completed', imported_count = ?,"
                  + " result = jsonb_set(result, '{ocr,awaiting_confirmation}', 'false'),"
                  + " completed_at = now(), updated_at = now() WHERE id = ?")) {
        st.setInt(1, inserted);
        st.setObject(2, jobId);
        st.executeUpdate();
      }
      // the job ended needs_review; now it is complete, announced (webhooks) with the items' commit
      events.fire(
          DomainEvent.of(
              DomainEvent.IMPORT_COMPLETED,
              Map.of("import_job_id", jobId.toString(), "status", "completed")));
      return inserted;
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not write the confirmed lines of " + jobId, e);
    }
  }

  /** A scanned invoice's import waiting for confirmation, with its lines and its invoice. */
  private record Awaiting(List<JsonValue> lines, InvoiceLineReader.InvoiceContext invoice) {}

  private static Awaiting awaiting(Connection c, UUID jobId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT j.status::text, j.result::text, i.id, i.invoice_number, i.auction_id,"
                + " i.auction_house, i.invoice_date FROM import_jobs j"
                + " LEFT JOIN invoices i ON i.id = j.invoice_id WHERE j.id = ? FOR UPDATE OF j")) {
      st.setObject(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) throw ProblemException.notFound("Import job", jobId);
        JsonObject result =
            rs.getString(2) == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : JsonMapping.json().createReader(new StringReader(rs.getString(2))).readObject();
        JsonObject ocr = result.getJsonObject("ocr");
        if (ocr == null || rs.getObject(3) == null) {
          throw ProblemException.conflict(
              "This import is not a scanned invoice waiting for confirmation.");
        }
        if (!ocr.getBoolean("awaiting_confirmation", false)
            || !"needs_review".equals(rs.getString(1))) {
          throw ProblemException.conflict("This import was confirmed already.");
        }
        return new Awaiting(
            ocr.getJsonArray("lines"),
            new InvoiceLineReader.InvoiceContext(
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class)));
      }
    }
  }

  /** The corrections by line; a line the review does not hold is a 400. */
  private static Map<Integer, OcrReview.Correction> corrections(
      Confirmation confirmation, List<JsonValue> lines) {
    Map<Integer, OcrReview.Correction> fixes = new HashMap<>();
    if (confirmation == null || confirmation.lines == null) return fixes;
    List<Integer> known = lines.stream().map(v -> v.asJsonObject().getInt("source_row")).toList();
    for (OcrReview.Correction fix : confirmation.lines) {
      if (fix == null || fix.sourceRow == null || !known.contains(fix.sourceRow)) {
        throw ProblemException.invalid(
            "lines",
            "each correction names one of the lines read by its source_row ("
                + known
                + "), not "
                + (fix == null ? null : fix.sourceRow));
      }
      fixes.put(fix.sourceRow, fix);
    }
    return fixes;
  }
}

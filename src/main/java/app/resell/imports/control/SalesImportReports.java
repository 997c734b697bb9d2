package app.resell.imports.control;

import app.resell.listings.control.ImportedSales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a sales import's {@link SalesImportResult} for its status report. */
@ApplicationScoped
public class SalesImportReports {

  /** The most waiting lines and recorded sales one status report lists. */
  static final int MAX_LISTED = 1000;

  @Inject SalesImportLines lines;
  @Inject ImportedSales sales;

  public SalesImportResult result(
      Connection c,
      UUID jobId,
      JsonObject summary,
      Integer totalLines,
      int skipped,
      List<ImportReport.Rejected> rejected)
      throws SQLException {
    Map<String, Integer> counts = counts(c, jobId);
    JsonObject report = summary == null ? null : summary.getJsonObject("sales_report");
    int processed = counts.values().stream().mapToInt(Integer::intValue).sum() + rejected.size();
    return new SalesImportResult(
        report == null ? null : report.getString("format"),
        report == null ? null : report.getString("platform"),
        totalLines,
        processed,
        counts.getOrDefault(SaleLineOutcome.RECORDED, 0),
        counts.getOrDefault(SaleLineOutcome.UPDATED, 0),
        counts.getOrDefault(SaleLineOutcome.DUPLICATE, 0),
        counts.getOrDefault(SaleLineOutcome.CANCELLED, 0),
        rejected.size(),
        skipped + (report == null ? 0 : report.getInt("skipped_rows", 0)),
        lines.of(c, jobId, List.of(SaleLineOutcome.NEEDS_MATCH), MAX_LISTED),
        lines.of(c, jobId, List.of(SaleLineOutcome.UNMATCHED), MAX_LISTED),
        sales.ofImport(jobId, MAX_LISTED).stream().map(SalesImportResult.Sale::of).toList(),
        rejected);
  }

  private static Map<String, Integer> counts(Connection c, UUID jobId) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT outcome, count(*) FROM sales_import_lines WHERE job_id = ? GROUP BY outcome")) {
      st.setObject(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) counts.put(rs.getString(1), rs.getInt(2));
      }
    }
    return counts;
  }
}

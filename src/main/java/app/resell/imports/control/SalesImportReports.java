package app.resell.imports.control;

import app.resell.listings.control.ImportedSales;
import app.resell.photos.control.PhotoStore;
import app.resell.photos.control.Thumbnails;
import app.resell.photos.entity.Photo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a sales import's {@link SalesImportResult} for its status report. The candidates of the
 * waiting lines carry their item's first photo, read when the report is asked for: a photo added
 * after the import shows too.
 */
@ApplicationScoped
public class SalesImportReports {

  /** The most waiting lines and recorded sales one status report lists. */
  static final int MAX_LISTED = 1000;

  @Inject SalesImportLines lines;
  @Inject ImportedSales sales;
  @Inject PhotoStore photos;

  public SalesImportResult result(
      Connection c,
      UUID jobId,
      boolean finished,
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
        // while the job runs its report carries the counts: the lists come with the finished
        // report (a poll every quarter second listing 1,000 sales cost the server as much as the
        // import itself)
        finished
            ? withThumbnails(lines.of(c, jobId, List.of(SaleLineOutcome.NEEDS_MATCH), MAX_LISTED))
            : List.of(),
        finished ? lines.of(c, jobId, List.of(SaleLineOutcome.UNMATCHED), MAX_LISTED) : List.of(),
        finished
            ? sales.ofImport(jobId, MAX_LISTED).stream().map(SalesImportResult.Sale::of).toList()
            : List.of(),
        rejected);
  }

  private List<SalesImportLines.Reported> withThumbnails(List<SalesImportLines.Reported> waiting) {
    Set<UUID> items = new LinkedHashSet<>();
    for (SalesImportLines.Reported line : waiting) {
      for (WaitingCandidate c : line.candidates()) items.add(c.lotId());
    }
    Map<UUID, List<Photo>> byItem = photos.ofItems(items);
    return waiting.stream()
        .map(
            line ->
                line.withCandidates(
                    line.candidates().stream()
                        .map(c -> c.withThumbnail(firstThumbnail(byItem.get(c.lotId()))))
                        .toList()))
        .toList();
  }

  private static String firstThumbnail(List<Photo> photos) {
    return photos == null || photos.isEmpty()
        ? null
        : photos.get(0).thumbnailPath(Thumbnails.DEFAULT_SIZE);
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

package app.resell.imports.control;

import app.resell.imports.control.sales.RejectedLine;
import app.resell.imports.control.sales.ReportLine;
import app.resell.imports.control.sales.SaleLine;
import app.resell.imports.control.sales.SalesReportParser;
import app.resell.listings.control.ImportedSales;
import app.resell.listings.control.SaleCandidates;
import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A sales report's dry run: what importing it would do with each line, without recording anything
 * (the first {@value #MAX_LINES} lines are looked at one by one; all are counted).
 */
@ApplicationScoped
public class SalesPreview {

  static final int MAX_LINES = 500;

  @Inject ImportedSales sales;
  @Inject SaleCandidates candidates;

  @Inject
  @ConfigProperty(name = "resell.books.currency", defaultValue = "USD")
  String booksCurrency;

  /** The preview: the report's layout, counts by outcome, and the lines looked at. */
  public record Preview(
      boolean dryRun,
      String fileName,
      String format,
      String platform,
      int lines,
      Map<String, Integer> outcomes,
      List<Line> preview) {}

  /** A line and what importing it would do. */
  public record Line(
      int row,
      String outcome,
      String orderId,
      String title,
      java.math.BigDecimal amount,
      String reason,
      List<SaleCandidates.Candidate> candidates) {}

  public Preview preview(
      Path file, String fileName, Platform platform, Map<String, String> mapping, int maxRows)
      throws SheetReadException {
    SalesReportParser.Parsed report = SalesReportParser.parse(file, platform, mapping, maxRows);
    Map<String, Integer> outcomes = new LinkedHashMap<>();
    List<Line> looked = new ArrayList<>();
    for (ReportLine l : report.lines()) {
      if (looked.size() >= MAX_LINES) break;
      Line line = l instanceof SaleLine sale ? outcome(sale) : rejected((RejectedLine) l);
      outcomes.merge(line.outcome(), 1, Integer::sum);
      looked.add(line);
    }
    return new Preview(
        true,
        fileName,
        report.format(),
        report.platform().value(),
        report.lines().size(),
        outcomes,
        looked);
  }

  private static Line rejected(RejectedLine r) {
    return new Line(r.row(), "rejected", null, null, null, r.reason(), List.of());
  }

  private Line outcome(SaleLine line) {
    if (line.currency() != null && !line.currency().equalsIgnoreCase(booksCurrency)) {
      return line(
          line, "rejected", "in " + line.currency() + ", the books in " + booksCurrency, List.of());
    }
    boolean seen =
        line.lineId() == null
            ? !sales.ofOrder(line.platform(), line.orderId()).isEmpty()
            : sales.find(line.platform(), line.orderId(), line.lineId()).isPresent();
    return switch (line.kind()) {
      case CANCELLED -> line(line, seen ? "updated" : "cancelled", null, List.of());
      case ADJUSTMENT -> line(line, seen ? "updated" : "unmatched", null, List.of());
      case SALE -> {
        if (seen) yield line(line, "duplicate", null, List.of());
        SaleCandidates.Match m =
            candidates.find(line.platform(), line.sku(), line.listingRef(), line.title());
        if (m.automatic() != null) yield line(line, "recorded", "by " + m.rule(), m.candidates());
        yield line(
            line, m.candidates().isEmpty() ? "unmatched" : "needs_match", m.rule(), m.candidates());
      }
    };
  }

  private static Line line(
      SaleLine l, String outcome, String reason, List<SaleCandidates.Candidate> candidates) {
    return new Line(l.row(), outcome, l.orderId(), l.title(), l.itemTotal(), reason, candidates);
  }
}

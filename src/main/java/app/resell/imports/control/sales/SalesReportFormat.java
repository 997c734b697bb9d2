package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import app.resell.taxonomy.entity.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * One marketplace report layout: whether a header row is its own, and how its rows become lines.
 * Most reports are read row by row ({@link #line}); reports whose rows depend on each other (order
 * rows above item rows, order amounts repeated per item, fees on rows of their own) read them all
 * at once ({@link #read}).
 */
public interface SalesReportFormat {

  /** The layout's name in answers and docs, e.g. {@code ebay_orders}. */
  String name();

  Platform platform();

  boolean recognises(ReportHeader header);

  /** The line a data row is; null for a row that is no sale (a payout, a tip, a note). */
  default SaleLine line(ReportRow row) {
    throw new UnsupportedOperationException(name() + " reads its rows together");
  }

  /** Every line of the report, from its data rows in file order. */
  default List<ReportLine> read(ReportHeader header, List<CsvTable.Row> rows) {
    List<ReportLine> lines = new ArrayList<>();
    for (CsvTable.Row r : rows) {
      ReportRow row = new ReportRow(r, header);
      try {
        SaleLine line = line(row);
        if (line != null) lines.add(line);
      } catch (ReportRow.LineRefused e) {
        lines.add(new RejectedLine(r.number(), r.text(), e.getMessage()));
      }
    }
    return lines;
  }
}

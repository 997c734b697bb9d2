package app.resell.analytics.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tabular report: the same rows serve JSON (objects keyed by column) and CSV (one line per row,
 * {@link #columns} as the header). The seasonal report adds forecast rows and the formula behind
 * them; the aging report, a page of its items at a time, adds per-bucket totals of every match.
 */
public class Report {

  public String report;
  public LocalDate dateFrom;
  public LocalDate dateTo;
  public String groupBy;
  public List<String> columns = new ArrayList<>();
  public List<Map<String, Object>> rows = new ArrayList<>();
  public List<Map<String, Object>> totals;
  public List<Map<String, Object>> forecast;
  public String forecastMethod;

  /** A paged report (aging): every match, the page's size and number; null for the others. */
  public Long total;

  public Integer limit;
  public Long page;

  public Report() {}

  public Report(String report, Period period) {
    this.report = report;
    this.dateFrom = period.from();
    this.dateTo = period.to();
  }

  /** Sets the CSV header (and the JSON column list). */
  public Report columns(String... names) {
    this.columns = List.of(names);
    return this;
  }

  /** What the CSV holds: the rows, then the forecast rows (seasonal). */
  public List<Map<String, Object>> csvRows() {
    if (forecast == null) return rows;
    List<Map<String, Object>> all = new ArrayList<>(rows);
    all.addAll(forecast);
    return all;
  }
}

package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a sales report file whole: finds its header row among the first rows (reports put title
 * lines above it), tells its layout by that header (or takes the reseller's column mapping), and
 * reads every data row below into lines. Rows of one or two cells under a header of many columns
 * (one cell under three to five) are the report's notes and trailers ({@code 12 record(s)
 * downloaded}, {@code Seller ID: ...}, footers) and are skipped. The whole file is read at once
 * because some reports spread an order over rows; reading it again gives the same lines, so a
 * restarted job resumes by line index.
 */
public final class SalesReportParser {

  /** How far down the header row may be. */
  public static final int HEADER_SEARCH_ROWS = 50;

  /** The report read: its layout, platform, header row and lines, and the rows skipped. */
  public record Parsed(
      String format, Platform platform, int headerRow, List<ReportLine> lines, int skipped) {}

  private SalesReportParser() {}

  /** Every layout known, as fresh readers (some keep state while reading one file). */
  public static List<SalesReportFormat> formats() {
    return List.of(
        new EbayOrdersReport(),
        new EbayTransactionsReport(),
        new EtsySoldOrderItemsReport(),
        new EtsySoldOrdersReport(),
        new PoshmarkSalesReport(),
        new MercariSalesReport(),
        new DepopSalesReport(),
        new WhatnotSalesReport(),
        new WhatnotLedgerReport());
  }

  /**
   * Reads the report.
   *
   * @param platform the platform the reseller named, or null to tell it from the header
   * @param mapping a column mapping, empty to tell the layout from the header; needs a platform
   * @throws SheetReadException {@code no_header} when no known layout (or the mapping) fits, with
   *     what to send instead
   */
  public static Parsed parse(Path file, Platform platform, Map<String, String> mapping, int maxRows)
      throws SheetReadException {
    try (CsvTable table = CsvTable.open(file, maxRows)) {
      Found found = find(table, platform, mapping);
      List<CsvTable.Row> rows = new ArrayList<>();
      int skipped = 0;
      List<String> names = found.header().names();
      int width = (int) names.stream().filter(n -> !n.isBlank()).count();
      int note = width >= 6 ? 2 : width >= 3 ? 1 : 0;
      CsvTable.Row row;
      while ((row = table.next()) != null) {
        long filled = row.cells().stream().filter(c -> !c.isBlank()).count();
        if (filled <= note || row.cells().equals(names)) {
          skipped++;
        } else {
          rows.add(row);
        }
      }
      SalesReportFormat format = found.format();
      return new Parsed(
          format.name(),
          format.platform(),
          found.header().row(),
          format.read(found.header(), rows),
          skipped);
    }
  }

  /**
   * The layout of the report, from its first rows only: for refusing a report nobody can read
   * before it becomes a job.
   */
  public static SalesReportFormat detect(
      Path file, Platform platform, Map<String, String> mapping, int maxRows)
      throws SheetReadException {
    try (CsvTable table = CsvTable.open(file, maxRows)) {
      return find(table, platform, mapping).format();
    }
  }

  private record Found(SalesReportFormat format, ReportHeader header) {}

  private static Found find(CsvTable table, Platform platform, Map<String, String> mapping)
      throws SheetReadException {
    List<SalesReportFormat> candidates = candidates(platform, mapping);
    CsvTable.Row row;
    while ((row = table.next()) != null && row.number() <= HEADER_SEARCH_ROWS) {
      ReportHeader h = new ReportHeader(row.number(), row.cells());
      for (SalesReportFormat f : candidates) {
        if (f.recognises(h)) return new Found(f, h);
      }
    }
    throw unknown(platform, mapping);
  }

  private static List<SalesReportFormat> candidates(Platform platform, Map<String, String> mapping)
      throws SheetReadException {
    if (mapping != null && !mapping.isEmpty()) {
      if (platform == null) {
        throw new SheetReadException(
            SheetReadException.BAD_MAPPING,
            "A column mapping needs the platform the report is from.");
      }
      try {
        return List.of(new MappedSalesReport(platform, mapping));
      } catch (IllegalArgumentException e) {
        throw new SheetReadException(SheetReadException.BAD_MAPPING, e.getMessage());
      }
    }
    return formats().stream().filter(f -> platform == null || f.platform() == platform).toList();
  }

  private static SheetReadException unknown(Platform platform, Map<String, String> mapping) {
    if (mapping != null && !mapping.isEmpty()) {
      return new SheetReadException(
          SheetReadException.NO_HEADER,
          "No row among the first "
              + HEADER_SEARCH_ROWS
              + " holds every mapped column ("
              + String.join(", ", mapping.keySet())
              + ").");
    }
    return new SheetReadException(
        SheetReadException.NO_HEADER,
        "The report's columns are not those of a known "
            + (platform == null ? "marketplace" : platform.value())
            + " report. Send the platform and a column mapping such as {\"Order\": \"order_id\","
            + " \"Title\": \"title\", \"Price\": \"sold_price\", \"Date\": \"sold_date\"}.");
  }
}

package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whatnot's earnings ledger: one row per money movement ({@code SALES}, {@code ADJUSTMENT}, {@code
 * TIP}, payouts), amounts like {@code -$0.78} already net of Whatnot's fees. It records nothing; an
 * order's sale and adjustment rows, summed, are what the seller received for it, so the order's
 * fees are its recorded item amount less that (one adjustment per order). Tips and payouts are not
 * sales.
 */
public final class WhatnotLedgerReport implements SalesReportFormat {

  @Override
  public String name() {
    return "whatnot_ledger";
  }

  @Override
  public Platform platform() {
    return Platform.WHATNOT;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Created Date", "Amount", "Order ID", "Transaction Type");
  }

  @Override
  public List<ReportLine> read(ReportHeader header, List<CsvTable.Row> rows) {
    Map<String, SaleLineDraft> orders = new LinkedHashMap<>();
    List<ReportLine> lines = new ArrayList<>();
    for (CsvTable.Row r : rows) {
      ReportRow row = new ReportRow(r, header);
      try {
        String type = String.valueOf(row.text("Transaction Type")).toUpperCase(Locale.ROOT);
        String orderId = row.text("Order ID");
        if (orderId == null || !(type.startsWith("SALE") || type.equals("ADJUSTMENT"))) continue;
        BigDecimal amount = row.moneyOrZero("Amount");
        SaleLineDraft d =
            orders.computeIfAbsent(
                orderId,
                k -> {
                  SaleLineDraft a = new SaleLineDraft(row, Platform.WHATNOT);
                  a.kind = SaleLine.Kind.ADJUSTMENT;
                  a.orderId = orderId;
                  a.soldAt = row.date("Created Date");
                  a.net = BigDecimal.ZERO.setScale(2);
                  return a;
                });
        d.net = d.net.add(amount);
      } catch (ReportRow.LineRefused e) {
        lines.add(new RejectedLine(r.number(), r.text(), e.getMessage()));
      }
    }
    for (SaleLineDraft d : orders.values()) lines.add(d.line());
    return lines;
  }
}

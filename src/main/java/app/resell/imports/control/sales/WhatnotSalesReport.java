package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;

/**
 * Whatnot's sales export (of a show or a period): one row per order line. {@code
 * cancelled_or_failed} says {@code cancelled} or {@code failed} for orders that did not happen
 * (failed ones have no {@code placed_at}); they are reported, not recorded. Giveaways sell at 0 and
 * are recorded at 0. The export has no fees: they come from the earnings ledger ({@link
 * WhatnotLedgerReport}) or are estimated.
 */
public final class WhatnotSalesReport implements SalesReportFormat {

  @Override
  public String name() {
    return "whatnot_sales";
  }

  @Override
  public Platform platform() {
    return Platform.WHATNOT;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("order_id", "product_name", "original_item_price", "cancelled_or_failed");
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.WHATNOT);
    d.orderId = row.text("order_id", "order_numeric_id");
    d.lineId = d.orderId;
    d.title = row.text("product_name");
    d.sku = row.text("sku");
    d.quantity = row.count(1, "product_quantity");
    BigDecimal unit = row.money("original_item_price");
    d.itemTotal = unit == null ? null : unit.multiply(BigDecimal.valueOf(d.quantity));
    d.buyer = row.text("buyer_username");
    if (row.text("cancelled_or_failed") != null) {
      d.kind = SaleLine.Kind.CANCELLED;
      return d.line();
    }
    d.soldAt = row.date("placed_at");
    return d.line();
  }
}

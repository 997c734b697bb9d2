package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Etsy's EtsySoldOrders export: one row per order, no items (the {@code SKU} cell lists them). It
 * records nothing: the items come from EtsySoldOrderItems. It brings what happened to an order
 * afterwards: a refund ({@code Order Total} less {@code Adjusted Order Total}) or a cancellation
 * ({@code Status} cancelled: all of it). Its card processing fees are only part of Etsy's fees (the
 * transaction and listing fees are in the monthly statement), so the estimate stays.
 */
public final class EtsySoldOrdersReport implements SalesReportFormat {

  @Override
  public String name() {
    return "etsy_sold_orders";
  }

  @Override
  public Platform platform() {
    return Platform.ETSY;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Order ID", "Number of Items", "Order Value", "Order Total");
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.ETSY);
    d.kind = SaleLine.Kind.ADJUSTMENT;
    d.orderId = row.text("Order ID");
    d.currency = row.text("Currency");
    d.soldAt = row.date("Sale Date");
    BigDecimal total = row.moneyOrZero("Order Total");
    BigDecimal adjusted = row.money("Adjusted Order Total");
    String status = String.valueOf(row.text("Status")).toLowerCase(Locale.ROOT);
    if (status.contains("cancel") || status.contains("fully refunded")) {
      d.refund = total;
    } else if (adjusted != null && adjusted.compareTo(total) < 0) {
      d.refund = total.subtract(adjusted);
    } else {
      d.refund = BigDecimal.ZERO.setScale(2);
    }
    return d.line();
  }
}

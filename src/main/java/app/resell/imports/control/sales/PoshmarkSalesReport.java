package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;

/**
 * Poshmark's Sales Activity Report: text lines above the header and footer lines below (skipped by
 * the {@link SalesReportParser}), money with {@code $}, {@code --} for no value, one row per order.
 * Poshmark's fee is implicit: {@code Net Earnings} is what the seller gets after the commission and
 * after the shipping the seller paid ({@code Seller Shipping Discount}, {@code Upgraded Shipping
 * Label Fee}), so the fee is the order price less all three. The buyer's shipping goes to Poshmark,
 * not the seller; {@code Sales Tax (Paid by Buyer)} is tax.
 */
public final class PoshmarkSalesReport implements SalesReportFormat {

  @Override
  public String name() {
    return "poshmark_sales";
  }

  @Override
  public Platform platform() {
    return Platform.POSHMARK;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Order Date", "Listing Title", "Order Price", "Net Earnings");
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.POSHMARK);
    d.orderId = row.text("Order Id", "Order Number");
    d.title = row.text("Listing Title");
    d.sku = row.text("SKU");
    d.listingRef = row.text("Listing Id", "Listing URL");
    d.itemTotal = row.money("Order Price");
    d.shippingCost =
        row.moneyOrZero("Seller Shipping Discount")
            .abs()
            .add(row.moneyOrZero("Upgraded Shipping Label Fee").abs());
    BigDecimal net = row.money("Net Earnings");
    if (net != null && d.itemTotal != null) {
      d.platformFees = d.itemTotal.subtract(net).subtract(d.shippingCost).max(BigDecimal.ZERO);
    }
    d.salesTax = row.money("Sales Tax (Paid by Buyer)");
    d.soldAt = row.date("Order Date");
    d.buyer = row.text("Buyer Username", "Buyer");
    return d.line();
  }
}

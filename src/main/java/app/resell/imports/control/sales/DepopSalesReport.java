package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;

/**
 * Depop's sales export (Selling, Download sales): one row per item sold with its buyer, price, the
 * buyer's shipping, Depop's fees (the selling fee where it still applies, the Depop Payments fee,
 * boosting) less fees refunded to the seller, the label cost, and what was refunded to the buyer.
 * Exports without an order id get a key from the date, buyer, item and price.
 */
public final class DepopSalesReport implements SalesReportFormat {

  static final String[] FEES = {"Depop fee", "Depop Payments fee", "Boosting fee"};

  @Override
  public String name() {
    return "depop_sales";
  }

  @Override
  public Platform platform() {
    return Platform.DEPOP;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.column("Depop fee", "Depop Payments fee") >= 0
        && header.column("Item description", "Description") >= 0
        && header.column("Item price", "Price") >= 0;
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.DEPOP);
    d.orderId = row.text("Sale ID", "Order ID", "Transaction ID");
    d.title = row.text("Item description", "Description");
    d.sku = row.text("SKU");
    d.listingRef = row.text("Listing ID", "Product ID");
    d.quantity = row.count(1, "Quantity");
    d.itemTotal = row.money("Item price", "Price");
    d.shippingPaid = row.money("Buyer shipping cost");
    d.shippingCost = row.money("USPS Cost", "Postage cost", "Shipping cost");
    BigDecimal fees = row.feesOf(FEES);
    if (fees != null) {
      d.platformFees =
          fees.subtract(row.moneyOrZero("Fees refunded to seller").abs()).max(BigDecimal.ZERO);
    }
    BigDecimal refunded = row.money("Refunded to buyer amount");
    if (refunded != null && refunded.signum() != 0) d.refund = refunded;
    d.salesTax = row.money("Sales tax");
    d.soldAt = row.date("Date of sale", "Date");
    d.buyer = row.text("Buyer", "Username");
    return d.line();
  }
}

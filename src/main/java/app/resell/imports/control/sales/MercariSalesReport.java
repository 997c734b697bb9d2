package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.util.Locale;

/**
 * Mercari's sales report (Sales, Download): one row per item, keyed by Mercari's {@code Item Id}.
 * The seller's fees are the selling fee, the payment processing fee charged to the seller, the
 * shipping adjustment and any penalty; {@code Seller Shipping Fee} is the label the seller paid,
 * {@code Buyer Shipping Fee} what the buyer paid for shipping. A row with an {@code Order Status}
 * of cancelled (or a {@code Canceled Date}) is a cancelled sale.
 */
public final class MercariSalesReport implements SalesReportFormat {

  static final String[] FEES = {
    "Mercari Selling Fee",
    "Payment Processing Fee Charged To Seller",
    "Shipping Adjustment Fee",
    "Penalty Fee"
  };

  @Override
  public String name() {
    return "mercari_sales";
  }

  @Override
  public Platform platform() {
    return Platform.MERCARI;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Item Id", "Item Title", "Item Price")
        && (header.column("Mercari Selling Fee", "Net Seller Proceeds") >= 0);
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.MERCARI);
    d.orderId = row.text("Order Id", "Item Id");
    d.lineId = row.text("Item Id");
    d.listingRef = row.text("Item Id");
    d.title = row.text("Item Title");
    d.sku = row.text("SKU");
    d.itemTotal = row.money("Item Price");
    d.shippingPaid = row.money("Buyer Shipping Fee");
    d.shippingCost = row.money("Seller Shipping Fee");
    d.platformFees = row.feesOf(FEES);
    d.salesTax = row.money("Sales Tax Charged to Buyer");
    d.soldAt = row.date("Sold Date", "Completed Date");
    String status = String.valueOf(row.text("Order Status")).toLowerCase(Locale.ROOT);
    if (status.contains("cancel") || row.text("Canceled Date", "Cancelled Date") != null) {
      d.kind = SaleLine.Kind.CANCELLED;
    }
    return d.line();
  }
}

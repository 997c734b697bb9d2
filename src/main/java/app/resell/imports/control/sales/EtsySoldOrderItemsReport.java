package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Etsy's EtsySoldOrderItems export: one row per item sold. {@code Price} is the unit price and
 * {@code Discount Amount} the seller's discount on the row. {@code Order Shipping} and {@code Order
 * Sales Tax} are the whole order's, repeated on each of its rows: they go with the order's first
 * row only, never summed per item ({@code Shipping Discount} comes off that shipping). The export
 * has no fees, so they are estimated.
 */
public final class EtsySoldOrderItemsReport implements SalesReportFormat {

  private final Set<String> ordersSeen = new HashSet<>();

  @Override
  public String name() {
    return "etsy_sold_order_items";
  }

  @Override
  public Platform platform() {
    return Platform.ETSY;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Item Name", "Transaction ID", "Order ID", "Price", "Quantity");
  }

  @Override
  public List<ReportLine> read(ReportHeader header, List<CsvTable.Row> rows) {
    ordersSeen.clear();
    return SalesReportFormat.super.read(header, rows);
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.ETSY);
    d.orderId = row.text("Order ID");
    d.lineId = row.text("Transaction ID");
    d.title = row.text("Item Name");
    d.sku = row.text("SKU");
    d.listingRef = row.text("Listing ID");
    d.quantity = row.count(1, "Quantity");
    BigDecimal price = row.money("Price");
    BigDecimal discount = row.moneyOrZero("Discount Amount").abs();
    d.itemTotal =
        price == null ? null : price.multiply(BigDecimal.valueOf(d.quantity)).subtract(discount);
    if (d.orderId != null && ordersSeen.add(d.orderId)) {
      d.shippingPaid =
          row.moneyOrZero("Order Shipping", "Order Delivery")
              .subtract(row.moneyOrZero("Shipping Discount", "Delivery Discount").abs())
              .max(BigDecimal.ZERO);
      d.salesTax = row.money("Order Sales Tax");
    }
    d.currency = row.text("Currency");
    d.soldAt = row.date("Sale Date");
    d.buyer = row.text("Buyer");
    return d.line();
  }
}

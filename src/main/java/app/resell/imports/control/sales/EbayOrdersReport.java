package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * eBay Seller Hub's Orders report (82 columns in the US, 50 in the older export; the UK export in
 * lower case with "Postage and packaging"). One row per item sold; an order of several items may
 * instead come as an order row (order number, buyer, postage, totals, no item) followed by its item
 * rows: the order's postage and tax then go with its first item, once. {@code Sold For} is the
 * price of one unit; tax eBay collected and remits is tax, never income. The report has no fees:
 * they are estimated until the transaction report ({@link EbayTransactionsReport}) brings them.
 */
public final class EbayOrdersReport implements SalesReportFormat {

  static final String ORDER = "Order Number";
  static final String ITEM = "Item Number";
  static final String TITLE = "Item Title";
  static final String[] SHIPPING = {"Shipping And Handling", "Postage and packaging"};
  static final String[] TAX = {"eBay Collected Tax", "Seller Collected Tax"};

  @Override
  public String name() {
    return "ebay_orders";
  }

  @Override
  public Platform platform() {
    return Platform.EBAY;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Sales Record Number", ORDER, ITEM, TITLE, "Sold For");
  }

  /** What an order row says for all its items. */
  private record OrderRow(BigDecimal shipping, BigDecimal tax, ReportRow row) {}

  @Override
  public List<ReportLine> read(ReportHeader header, List<CsvTable.Row> rows) {
    List<ReportLine> lines = new ArrayList<>();
    Map<String, OrderRow> orders = new HashMap<>();
    for (CsvTable.Row r : rows) {
      ReportRow row = new ReportRow(r, header);
      try {
        String order = row.text(ORDER);
        if (order != null && row.text(ITEM) == null && row.text(TITLE) == null) {
          orders.put(order, new OrderRow(row.money(SHIPPING), tax(row), row));
          continue;
        }
        lines.add(item(row, orders.remove(order == null ? "" : order)));
      } catch (ReportRow.LineRefused e) {
        lines.add(new RejectedLine(r.number(), r.text(), e.getMessage()));
      }
    }
    return lines;
  }

  private SaleLine item(ReportRow row, OrderRow order) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.EBAY);
    d.orderId = row.text(ORDER, "Sales Record Number");
    d.lineId = row.text("Transaction ID", ITEM);
    d.title = row.text(TITLE);
    d.sku = row.text("Custom Label");
    d.listingRef = row.text(ITEM);
    d.quantity = row.count(1, "Quantity");
    BigDecimal unit = row.money("Sold For");
    d.itemTotal = unit == null ? null : unit.multiply(BigDecimal.valueOf(d.quantity));
    d.shippingPaid = row.money(SHIPPING);
    d.salesTax = tax(row);
    if (order != null) {
      if (d.shippingPaid == null) d.shippingPaid = order.shipping();
      if (d.salesTax == null) d.salesTax = order.tax();
    }
    d.soldAt = row.date("Sale Date", "Paid On Date");
    if (d.soldAt == null && order != null) d.soldAt = order.row().date("Sale Date");
    d.buyer = row.text("Buyer Username");
    if (d.buyer == null && order != null) d.buyer = order.row().text("Buyer Username");
    return d.line();
  }

  private static BigDecimal tax(ReportRow row) {
    BigDecimal ebay = row.money(TAX[0]);
    BigDecimal seller = row.money(TAX[1]);
    if (ebay == null) return seller;
    return seller == null ? ebay : ebay.add(seller);
  }
}

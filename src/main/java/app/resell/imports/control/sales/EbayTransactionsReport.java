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
 * eBay's transaction report (Payments, Reports): one row per money movement, typed. An {@code
 * Order} row is an order line with its fees (final value fee fixed and variable, regulatory,
 * international and performance fees: printed negative, kept positive), so it records the sale or
 * brings the report's fees to a sale the orders report recorded. {@code Other fee} rows of an order
 * (promoted listing fees) add to the fees of that order's first line in the same report. {@code
 * Refund} rows become the order's refund, {@code Shipping label} rows its label cost (both summed
 * per order, one adjustment each). Payouts and the rest are not sales.
 */
public final class EbayTransactionsReport implements SalesReportFormat {

  static final String TYPE = "Type";
  static final String ORDER = "Order number";
  static final String[] FEES = {
    "Final Value Fee - fixed",
    "Final Value Fee - variable",
    "Regulatory operating fee",
    "Very high \"item not as described\" fee",
    "Below standard performance fee",
    "International fee",
    "Deposit processing fee"
  };

  @Override
  public String name() {
    return "ebay_transactions";
  }

  @Override
  public Platform platform() {
    return Platform.EBAY;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll("Transaction creation date", TYPE, ORDER, "Net amount");
  }

  @Override
  public List<ReportLine> read(ReportHeader header, List<CsvTable.Row> rows) {
    List<ReportLine> lines = new ArrayList<>();
    Map<String, SaleLineDraft> firstLine = new LinkedHashMap<>();
    Map<String, BigDecimal> otherFees = new LinkedHashMap<>();
    Map<String, SaleLineDraft> adjustments = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (CsvTable.Row r : rows) {
      ReportRow row = new ReportRow(r, header);
      try {
        String type = String.valueOf(row.text(TYPE)).toLowerCase(Locale.ROOT);
        String orderId = row.text(ORDER);
        switch (type) {
          case "order" -> {
            SaleLineDraft d = orderLine(row);
            firstLine.putIfAbsent(orderId, d);
            order.add(d);
          }
          case "other fee" -> {
            if (orderId != null)
              otherFees.merge(orderId, row.moneyOrZero("Net amount").abs(), BigDecimal::add);
          }
          case "refund", "shipping label" -> {
            SaleLineDraft d =
                adjustments.computeIfAbsent(
                    orderId + "|" + type,
                    k -> {
                      SaleLineDraft a = new SaleLineDraft(row, Platform.EBAY);
                      a.kind = SaleLine.Kind.ADJUSTMENT;
                      a.orderId = orderId;
                      order.add(a);
                      return a;
                    });
            BigDecimal amount = row.moneyOrZero("Gross transaction amount", "Net amount").abs();
            if (type.equals("refund")) d.refund = add(d.refund, amount);
            else d.shippingCost = add(d.shippingCost, row.moneyOrZero("Net amount").abs());
          }
          default -> {
            // payouts, holds, charity donations: no sale
          }
        }
      } catch (ReportRow.LineRefused e) {
        order.add(new RejectedLine(r.number(), r.text(), e.getMessage()));
      }
    }
    otherFees.forEach(
        (orderId, fee) -> {
          SaleLineDraft d = firstLine.get(orderId);
          if (d != null) d.platformFees = add(d.platformFees, fee);
        });
    for (Object o : order) {
      if (o instanceof RejectedLine rejected) {
        lines.add(rejected);
        continue;
      }
      SaleLineDraft draft = (SaleLineDraft) o;
      try {
        lines.add(draft.line());
      } catch (ReportRow.LineRefused e) {
        lines.add(draft.refused(e.getMessage()));
      }
    }
    return lines;
  }

  private static SaleLineDraft orderLine(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, Platform.EBAY);
    d.orderId = row.text(ORDER);
    d.lineId = row.text("Transaction ID", "Item ID");
    d.title = row.text("Item title");
    d.sku = row.text("Custom label");
    d.listingRef = row.text("Item ID");
    d.quantity = row.count(1, "Quantity");
    d.itemTotal = row.money("Item subtotal");
    d.shippingPaid = row.money("Shipping and handling");
    d.salesTax = row.money("eBay collected tax");
    d.platformFees = row.feesOf(FEES);
    if (d.platformFees == null) d.platformFees = BigDecimal.ZERO.setScale(2);
    d.currency = row.text("Transaction currency");
    d.soldAt = row.date("Transaction creation date");
    d.buyer = row.text("Buyer username");
    return d;
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal amount) {
    return sum == null ? amount : sum.add(amount);
  }
}

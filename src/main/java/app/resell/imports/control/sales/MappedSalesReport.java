package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Any other report, read through a column mapping the reseller sends ({@code {"Sold On":
 * "sold_date", "Amount": "sold_price"}}), for a platform they name. Its header row is the first row
 * holding every mapped column. {@code sold_price} is the price of one unit, {@code item_total} the
 * amount for all units (one of the two is needed); a {@code status} saying cancelled or failed
 * makes the line a cancelled sale.
 */
public final class MappedSalesReport implements SalesReportFormat {

  /** The fields a column can be mapped to. */
  public static final Set<String> FIELDS =
      Set.of(
          "order_id",
          "line_id",
          "title",
          "sku",
          "listing_id",
          "quantity",
          "sold_price",
          "item_total",
          "shipping_paid",
          "shipping_cost",
          "platform_fees",
          "sales_tax",
          "discount",
          "refund",
          "currency",
          "sold_date",
          "buyer",
          "status");

  private final Platform platform;
  private final Map<String, String> columnOf = new LinkedHashMap<>();

  /**
   * @param mapping column name to field name
   * @throws IllegalArgumentException naming a field that does not exist
   */
  public MappedSalesReport(Platform platform, Map<String, String> mapping) {
    this.platform = platform;
    mapping.forEach(
        (column, field) -> {
          String f = field.strip().toLowerCase(Locale.ROOT);
          if (!FIELDS.contains(f)) {
            throw new IllegalArgumentException(
                "'"
                    + field
                    + "' is no sale field; use one of "
                    + String.join(", ", FIELDS.stream().sorted().toList()));
          }
          columnOf.put(f, column);
        });
    if (!columnOf.containsKey("sold_price") && !columnOf.containsKey("item_total")) {
      throw new IllegalArgumentException("map a column to sold_price or item_total");
    }
  }

  @Override
  public String name() {
    return "mapped";
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public boolean recognises(ReportHeader header) {
    return header.hasAll(columnOf.values().toArray(String[]::new));
  }

  @Override
  public SaleLine line(ReportRow row) {
    SaleLineDraft d = new SaleLineDraft(row, platform);
    d.orderId = text(row, "order_id");
    d.lineId = text(row, "line_id");
    d.title = text(row, "title");
    d.sku = text(row, "sku");
    d.listingRef = text(row, "listing_id");
    d.quantity = columnOf.containsKey("quantity") ? row.count(1, columnOf.get("quantity")) : 1;
    BigDecimal unit = money(row, "sold_price");
    BigDecimal total =
        unit != null ? unit.multiply(BigDecimal.valueOf(d.quantity)) : money(row, "item_total");
    BigDecimal discount = money(row, "discount");
    d.itemTotal = total == null || discount == null ? total : total.subtract(discount.abs());
    d.shippingPaid = money(row, "shipping_paid");
    d.shippingCost = money(row, "shipping_cost");
    d.platformFees = money(row, "platform_fees");
    d.salesTax = money(row, "sales_tax");
    d.refund = money(row, "refund");
    d.currency = text(row, "currency");
    d.soldAt = columnOf.containsKey("sold_date") ? row.date(columnOf.get("sold_date")) : null;
    d.buyer = text(row, "buyer");
    String status = String.valueOf(text(row, "status")).toLowerCase(Locale.ROOT);
    if (status.contains("cancel") || status.contains("fail")) d.kind = SaleLine.Kind.CANCELLED;
    return d.line();
  }

  private String text(ReportRow row, String field) {
    String column = columnOf.get(field);
    return column == null ? null : row.text(column);
  }

  private BigDecimal money(ReportRow row, String field) {
    String column = columnOf.get(field);
    return column == null ? null : row.money(column);
  }

  /** The mapped column names, for a header search. */
  public List<String> columns() {
    return List.copyOf(columnOf.values());
  }
}

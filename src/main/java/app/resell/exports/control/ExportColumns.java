package app.resell.exports.control;

import app.resell.exports.control.ExportColumn.Source;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every column a spreadsheet export offers: the item's own facts and costs, per-platform listing
 * facts ({@code ebay_listed}, {@code ebay_price}, {@code ebay_url}, {@code ebay_sold}, {@code
 * ebay_status}) and the sale and profit figures. The default selection is the original design's
 * flattened export, column for column the database view {@code inventory_export} (V2), whose money
 * rules these expressions repeat: profit is net proceeds less the cost of the units sold, ROI is
 * that profit in percent of that cost (null without a cost), days to sell count from acquisition to
 * the last sale.
 */
public final class ExportColumns {

  private static final Map<String, ExportColumn> ALL = new LinkedHashMap<>();
  private static final List<ExportColumn> DEFAULTS = new ArrayList<>();

  static {
    item("lot_id", ColumnType.TEXT, "CAST(i.lot_id AS text)");
    for (String text : List.of("invoice_id", "auction_id", "lot_number", "sku", "item_name")) {
      item(text, ColumnType.TEXT, "i." + text);
    }
    item("description", ColumnType.TEXT, "i.description");
    item("category", ColumnType.TEXT, "CAST(i.category AS text)");
    item("subcategory", ColumnType.TEXT, "i.subcategory");
    item("condition", ColumnType.TEXT, "CAST(i.condition AS text)");
    item("quantity", ColumnType.INTEGER, "i.quantity");
    item("quantity_sold", ColumnType.INTEGER, "i.quantity_sold");
    for (String money :
        List.of(
            "bid_amount",
            "buyers_premium",
            "sales_tax",
            "shipping_cost",
            "other_fees",
            "total_cost",
            "cost_per_item")) {
      item(money, ColumnType.MONEY, "i." + money);
    }
    item("acquisition_date", ColumnType.DATE, utcDate("i.acquisition_date"));
    item("acquisition_source", ColumnType.TEXT, "i.acquisition_source");
    item("storage_location", ColumnType.TEXT, "i.storage_location");
    item("storage_bin", ColumnType.TEXT, "i.storage_bin");
    item("estimated_value", ColumnType.MONEY, "i.estimated_value");
    item("market_demand", ColumnType.TEXT, "CAST(i.market_demand AS text)");
    item("seasonality_notes", ColumnType.TEXT, "i.seasonality_notes");
    for (String flag : List.of("needs_repair", "is_consignment", "is_returned")) {
      item(flag, ColumnType.BOOLEAN, "i." + flag);
    }
    item(
        "keywords",
        ColumnType.TEXT,
        "array_to_string(ARRAY(SELECT jsonb_array_elements_text(i.keywords)), ', ')");
    item("notes", ColumnType.TEXT, "i.notes");
    for (Platform p : Platform.values()) {
      String v = p.value();
      listing(v + "_listed", ColumnType.BOOLEAN, true);
      listing(v + "_price", ColumnType.MONEY, true);
      listing(v + "_url", ColumnType.TEXT, true);
      listing(v + "_sold", ColumnType.BOOLEAN, true);
      listing(v + "_status", ColumnType.TEXT, false);
    }
    sale("sale_price", ColumnType.MONEY, "s.sale_price");
    sale("sale_date", ColumnType.DATE, utcDate("s.sale_date"));
    sale("total_platform_fees", ColumnType.MONEY, "s.total_platform_fees");
    sale("shipping_paid", ColumnType.MONEY, "s.shipping_paid");
    sale("actual_shipping", ColumnType.MONEY, "s.actual_shipping");
    sale("net_proceeds", ColumnType.MONEY, "s.net_proceeds");
    sale("net_profit", ColumnType.MONEY, "s.net_proceeds - s.cost_of_goods");
    sale(
        "roi_percent",
        ColumnType.DECIMAL,
        "round((s.net_proceeds - s.cost_of_goods) * 100 / NULLIF(s.cost_of_goods, 0), 2)");
    sale(
        "days_to_sell",
        ColumnType.INTEGER,
        "CAST(extract(epoch FROM s.sale_date - i.acquisition_date) / 86400 AS integer)");
    item("created_at", ColumnType.TIMESTAMP, "i.created_at");
    item("updated_at", ColumnType.TIMESTAMP, "i.updated_at");
  }

  private ExportColumns() {}

  /** Every column, in the default order with the optional ones in place. */
  public static List<ExportColumn> all() {
    return List.copyOf(ALL.values());
  }

  /** The flattened export of the original design (the view {@code inventory_export}). */
  public static List<ExportColumn> defaults() {
    return List.copyOf(DEFAULTS);
  }

  /**
   * The client's choice: comma-separated keys in the order wanted (repeats dropped); blank means
   * the defaults. An unknown key is a 400 listing every allowed one.
   */
  public static List<ExportColumn> parse(String columns) {
    if (columns == null || columns.isBlank()) return defaults();
    Set<ExportColumn> chosen = new LinkedHashSet<>();
    for (String raw : columns.split(",")) {
      String key = raw.strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) continue;
      ExportColumn c = ALL.get(key);
      if (c == null)
        throw ProblemException.notOneOf("columns", raw.strip(), List.copyOf(ALL.keySet()));
      chosen.add(c);
    }
    if (chosen.isEmpty()) return defaults();
    return List.copyOf(chosen);
  }

  /** The SQL of a per-platform listing column over the aggregated listings {@code pl}. */
  static String listingAggregate(String key) {
    int cut = key.lastIndexOf('_');
    String platform = key.substring(0, cut);
    String fact = key.substring(cut + 1);
    String on = "pl.platform = '" + Platform.parse(platform).orElseThrow().value() + "'";
    return switch (fact) {
      case "listed" -> "bool_or(" + on + " AND pl.status = 'active') IS TRUE";
      case "price" -> "max(pl.list_price) FILTER (WHERE " + on + ")";
      case "url" -> "max(pl.listing_url) FILTER (WHERE " + on + ")";
      case "sold" -> "bool_or(" + on + " AND pl.status = 'sold') IS TRUE";
      case "status" -> "max(CAST(pl.status AS text)) FILTER (WHERE " + on + ")";
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static String utcDate(String timestamp) {
    return "CAST(" + timestamp + " AT TIME ZONE 'UTC' AS date)";
  }

  private static void item(String key, ColumnType type, String sql) {
    add(new ExportColumn(key, type, sql, Source.ITEM), true);
  }

  private static void sale(String key, ColumnType type, String sql) {
    add(new ExportColumn(key, type, sql, Source.SALES), true);
  }

  private static void listing(String key, ColumnType type, boolean byDefault) {
    add(new ExportColumn(key, type, "l." + key, Source.LISTINGS), byDefault);
  }

  private static void add(ExportColumn column, boolean byDefault) {
    ALL.put(column.key(), column);
    if (byDefault) DEFAULTS.add(column);
  }
}

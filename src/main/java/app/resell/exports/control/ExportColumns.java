package app.resell.exports.control;

import app.resell.exports.control.ExportColumn.Source;
import app.resell.inventory.control.ItemField;
import app.resell.photos.control.PhotoExportSql;
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
 * Every column a spreadsheet export offers: the item's own facts and costs (the exported fields of
 * the item's field table, {@link ItemField}, in its order, the time stamps last), per-platform
 * listing facts ({@code ebay_listed}, {@code ebay_price}, {@code ebay_url}, {@code ebay_sold},
 * {@code ebay_status}), the sale and profit figures, and on request {@code photo_urls} (signed
 * links to the item's photos, first photo first, separated by a bar). The default selection is the
 * original design's flattened export, column for column the database view {@code inventory_export}
 * (V2), whose money rules these expressions repeat: profit is net proceeds less the cost of the
 * units sold, ROI is that profit in percent of that cost (null without a cost), days to sell count
 * from acquisition to the last sale.
 */
public final class ExportColumns {

  private static final Map<String, ExportColumn> ALL = new LinkedHashMap<>();
  private static final List<ExportColumn> DEFAULTS = new ArrayList<>();

  static {
    List<ItemField> exported = ItemField.with(ItemField.Flag.EXPORTED);
    exported.stream().filter(f -> !f.is(ItemField.Flag.LAST)).forEach(ExportColumns::item);
    // asked for by name: each link opens the photo without signing in until it expires
    add(
        new ExportColumn(
            "photo_urls", ColumnType.PHOTO_LINKS, PhotoExportSql.IDS_OF_ITEM, Source.ITEM),
        false);
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
    exported.stream().filter(f -> f.is(ItemField.Flag.LAST)).forEach(ExportColumns::item);
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

  /** An item field of the table ({@link ItemField}), its value as the field's SQL gives it. */
  private static void item(ItemField field) {
    add(new ExportColumn(field.json(), type(field), field.exportSql(), Source.ITEM), true);
  }

  private static ColumnType type(ItemField field) {
    return switch (field.kind()) {
      case INTEGER -> ColumnType.INTEGER;
      case MONEY -> ColumnType.MONEY;
      case DECIMAL -> ColumnType.DECIMAL;
      case FLAG -> ColumnType.BOOLEAN;
      case DAY -> ColumnType.DATE;
      case TIMESTAMP -> ColumnType.TIMESTAMP;
      default -> ColumnType.TEXT;
    };
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

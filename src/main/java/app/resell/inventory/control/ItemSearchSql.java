package app.resell.inventory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SQL of the inventory list from an {@link ItemFilter}. Only fixed text and the
 * whitelisted sort expressions of {@link ItemFilter.Sort} are ever concatenated; every value the
 * client sent travels as a bound parameter, in order.
 *
 * <p>The money of an item comes from its sales (docs/MONEY.md section 12): net proceeds and the
 * cost of the units sold are sums over its {@code sales} rows, kept on the item by a trigger. The
 * list's {@code roi} (filter {@code min_roi}, sort {@code roi}, {@code avg_roi}) is the realized
 * ROI of the units sold once the item has sales, else the expected return from the estimated value,
 * {@code (estimated_value - total_cost) * 100 / total_cost}, null without an estimate or a cost.
 * Days listed count from the earliest listing date to the sale of the last unit for a sold-out
 * item, else to today from the earliest listing date of its active or pending listings; null when
 * it has none. Listings are read through the view their owner publishes, {@code listing_facts}
 * (V20).
 */
public final class ItemSearchSql {

  /**
   * The item's money columns over {@code inventory i}, from the sales totals a trigger keeps on the
   * item (V8): net_proceeds, net_profit, roi_percent, margin_percent, days_to_sell, in this order.
   */
  static final String MONEY_COLUMNS =
      " i.sold_net_proceeds AS net_proceeds,"
          + " i.sold_net_proceeds - i.sold_cost_of_goods AS net_profit,"
          + " CASE WHEN i.sold_cost_of_goods > 0 THEN round((i.sold_net_proceeds"
          + " - i.sold_cost_of_goods) * 100 / i.sold_cost_of_goods, 2) END AS roi_percent,"
          + " CASE WHEN i.sold_revenue <> 0 THEN round((i.sold_net_proceeds - i.sold_cost_of_goods)"
          + " * 100 / i.sold_revenue, 2) END AS margin_percent,"
          + " CASE WHEN i.quantity_sold >= i.quantity AND i.last_sold_at IS NOT NULL"
          + " THEN CAST(i.last_sold_at AS date) - CAST(i.acquisition_date AS date) END"
          + " AS days_to_sell";

  /**
   * Days listed of the row aliased by the placeholder (which carries lot_id, quantity,
   * quantity_sold and last_sold_at): for a sold-out item from its first listing to its last sale,
   * else from the first listing of its active or pending listings to today.
   */
  private static final String DAYS_LISTED =
      "CASE WHEN %1$s.quantity_sold >= %1$s.quantity AND %1$s.last_sold_at IS NOT NULL"
          + " THEN (SELECT CAST(%1$s.last_sold_at AS date) - CAST(min(pl.listed_date) AS date)"
          + " FROM listing_facts pl WHERE pl.lot_id = %1$s.lot_id)"
          + " ELSE (SELECT current_date - CAST(min(pl.listed_date) AS date)"
          + " FROM listing_facts pl WHERE pl.lot_id = %1$s.lot_id"
          + " AND pl.status IN ('active', 'pending')) END";

  /**
   * {@link #DAYS_LISTED} for every match at once (to filter or sort by it): one pass over the
   * listings grouped by item, joined as {@code d}, instead of two lookups per item.
   */
  private static final String FIRST_LISTINGS =
      " LEFT JOIN (SELECT pl.lot_id, min(pl.listed_date) AS first_listed,"
          + " min(pl.listed_date) FILTER (WHERE pl.status IN ('active', 'pending')) AS first_open"
          + " FROM listing_facts pl GROUP BY pl.lot_id) d ON d.lot_id = i.lot_id";

  private static final String DAYS_LISTED_OF_ALL =
      " CASE WHEN i.quantity_sold >= i.quantity AND i.last_sold_at IS NOT NULL"
          + " THEN CAST(i.last_sold_at AS date) - CAST(d.first_listed AS date)"
          + " ELSE current_date - CAST(d.first_open AS date) END";

  /** The money columns and days listed of the items with the given ids (a uuid array). */
  public static final String MONEY_OF_ITEMS =
      "SELECT i.lot_id,"
          + MONEY_COLUMNS
          + ", "
          + DAYS_LISTED.formatted("i")
          + " AS days_listed FROM inventory i WHERE i.lot_id = ANY (?)";

  /** The count and totals of the rows of {@code filtered}, in this order. */
  private static final String TOTALS =
      "count(*) AS matches, COALESCE(sum(total_cost), 0) AS cost_sum,"
          + " COALESCE(sum(estimated_value), 0) AS value_sum, round(avg(roi), 2) AS roi_avg,"
          + " count(estimated_value) AS valued, count(roi) AS with_roi";

  /** SQL text with its parameters in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private ItemSearchSql() {}

  /** The count and totals of every match: what a page answers when it holds no row. */
  public static Statement aggregates(ItemFilter f) {
    List<Object> params = new ArrayList<>();
    String sql = filtered(f, params) + " SELECT " + TOTALS + " FROM filtered";
    return new Statement(sql, params);
  }

  /**
   * One page, plus one row more to tell whether another page follows. Columns: lot_id, sort_key,
   * the five {@link #MONEY_COLUMNS}, days_listed, then the count and totals of every match (total
   * cost, total estimated value, average ROI).
   *
   * <p>Only the narrow columns of {@code filtered} (the sort terms and what the totals add up) are
   * read for every match; the money columns and days listed are looked up for the page's rows
   * alone, after the limit. The totals are one aggregate over {@code filtered}, taken before the
   * keyset condition, so a cursor page that asks for them reports the totals of the whole result
   * like a numbered page. Without totals (the default of a cursor page) the four columns are null
   * and the query reads only the page's rows: with the sort on an index, a page deep in a million
   * items costs what the first one does.
   */
  public static Statement page(ItemFilter f, boolean totals) {
    List<Object> params = new ArrayList<>();
    String expression = f.sort().expression;
    String direction = f.descending() ? "DESC" : "ASC";
    String order = " ORDER BY " + expression + ' ' + direction + ", lot_id " + direction;
    StringBuilder sql = new StringBuilder(filtered(f, params));
    if (totals) {
      sql.append(", totals AS (SELECT ").append(TOTALS).append(" FROM filtered)");
    }
    // sort_key is named, so that a bare column sort term (total_cost) in the ORDER BY below means
    // the column, not this text copy of it
    sql.append(" SELECT p.lot_id, CAST(")
        .append(expression)
        .append(
            " AS text) AS sort_key, m.net_proceeds, m.net_profit, m.roi_percent, m.margin_percent,")
        .append(" m.days_to_sell, m.page_days_listed")
        .append(
            totals
                ? ", t.matches, t.cost_sum, t.value_sum, t.roi_avg, t.valued, t.with_roi"
                : ", CAST(NULL AS bigint), CAST(NULL AS numeric), CAST(NULL AS numeric),"
                    + " CAST(NULL AS numeric), CAST(NULL AS bigint), CAST(NULL AS bigint)")
        .append(" FROM (SELECT * FROM filtered");
    if (f.after() != null) {
      sql.append(" WHERE (")
          .append(expression)
          .append(", lot_id) ")
          .append(f.descending() ? "<" : ">")
          .append(" (CAST(? AS ")
          .append(f.sort().sqlType)
          .append("), CAST(? AS uuid))");
      params.add(f.after().sortValue());
      params.add(f.after().lotId().toString());
    }
    sql.append(order)
        .append(" LIMIT ? OFFSET ?) p CROSS JOIN LATERAL (SELECT")
        .append(MONEY_COLUMNS)
        .append(", ")
        .append(DAYS_LISTED.formatted("i"))
        .append(" AS page_days_listed FROM inventory i WHERE i.lot_id = p.lot_id) m")
        .append(totals ? " CROSS JOIN totals t" : "")
        .append(order.replace(", lot_id ", ", p.lot_id "));
    params.add(f.limit() + 1);
    params.add(f.after() != null ? 0L : (long) (f.page() - 1) * f.limit());
    return new Statement(sql.toString(), params);
  }

  /**
   * Whether every column {@code filtered} reads is in the category, condition or acquisition index
   * (V11), so the totals and the page can each scan an index alone; otherwise the matches are
   * collected once (a search or a listing filter visits the table) and both read that.
   */
  static boolean coveredByIndex(ItemFilter f) {
    return f.tsQuery() == null
        && f.sort() != ItemFilter.Sort.NAME
        && !needsDaysListed(f)
        && f.status() == ItemFilter.Status.ALL
        && f.platform() == null
        && f.storageLocation() == null
        && f.storageBin() == null
        && f.needsReview() == null;
  }

  /** Whether days listed must be known for every match: to filter or to sort by it. */
  static boolean needsDaysListed(ItemFilter f) {
    return f.maxDaysListed() != null || f.sort() == ItemFilter.Sort.DAYS_LISTED;
  }

  /** The common table expressions {@code base} (item filters) and {@code filtered} (all). */
  static String filtered(ItemFilter f, List<Object> params) {
    return filtered(f, params, false);
  }

  /**
   * The same common table expressions for readers of every matching item (exports), optionally with
   * soft-deleted items too; {@code filtered} has the columns lot_id, item_name, acquisition_date,
   * total_cost, estimated_value, roi, rank and (when a filter or the sort needs it) days_listed:
   * the terms of {@link ItemFilter.Sort}.
   */
  public static String filtered(ItemFilter f, List<Object> params, boolean includeDeleted) {
    StringBuilder sql = new StringBuilder("WITH base AS (SELECT i.lot_id,");
    if (f.sort() == ItemFilter.Sort.NAME) sql.append(" i.item_name,");
    sql.append(" i.acquisition_date, i.total_cost, i.estimated_value, i.list_roi AS roi,");
    if (needsDaysListed(f)) sql.append(DAYS_LISTED_OF_ALL).append(" AS days_listed,");
    if (f.tsQuery() != null) {
      sql.append(" ts_rank(i.search_vector, to_tsquery('english', ?)) AS rank");
      params.add(f.tsQuery());
    } else {
      sql.append(" CAST(0 AS real) AS rank");
    }
    sql.append(" FROM inventory i");
    if (needsDaysListed(f)) sql.append(FIRST_LISTINGS);
    sql.append(includeDeleted ? " WHERE true" : " WHERE i.deleted_at IS NULL");
    if (f.tsQuery() != null) {
      // a search of stop words only ("the") leaves an empty query, which would match nothing
      sql.append(" AND (numnode(to_tsquery('english', ?)) = 0")
          .append(" OR i.search_vector @@ to_tsquery('english', ?))");
      params.add(f.tsQuery());
      params.add(f.tsQuery());
    }
    if (f.category() != null) {
      sql.append(" AND i.category = CAST(? AS item_category)");
      params.add(f.category().value());
    }
    if (f.condition() != null) {
      sql.append(" AND i.condition = CAST(? AS item_condition)");
      params.add(f.condition().value());
    }
    placeFilter(sql, params, f.storageLocation());
    if (f.needsReview() != null) {
      sql.append(" AND i.needs_review = ?");
      params.add(f.needsReview());
    }
    textFilter(sql, params, ItemField.STORAGE_BIN, f.storageBin());
    switch (f.status()) {
      case LISTED ->
          sql.append(" AND i.quantity_sold < i.quantity AND EXISTS (SELECT 1 FROM")
              .append(" listing_facts pl WHERE pl.lot_id = i.lot_id")
              .append(" AND pl.status IN ('active', 'pending'))");
      case SOLD ->
          sql.append(" AND (i.quantity_sold >= i.quantity OR EXISTS (SELECT 1 FROM")
              .append(" listing_facts pl WHERE pl.lot_id = i.lot_id AND pl.status = 'sold'))");
      case UNLISTED ->
          sql.append(" AND i.quantity_sold = 0 AND NOT EXISTS (SELECT 1 FROM listing_facts pl")
              .append(" WHERE pl.lot_id = i.lot_id")
              .append(" AND pl.status IN ('active', 'scheduled', 'pending', 'sold'))");
      case ALL -> {}
    }
    if (f.platform() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM listing_facts pl WHERE pl.lot_id = i.lot_id")
          .append(" AND pl.platform = CAST(? AS platform_type))");
      params.add(f.platform().value());
    }
    if (f.acquiredFrom() != null) {
      sql.append(" AND i.acquisition_date >= CAST(? AS date)");
      params.add(f.acquiredFrom().toString());
    }
    if (f.acquiredTo() != null) {
      sql.append(" AND i.acquisition_date < CAST(? AS date) + 1");
      params.add(f.acquiredTo().toString());
    }
    sql.append(
        coveredByIndex(f)
            ? "), filtered AS NOT MATERIALIZED (SELECT * FROM base WHERE true"
            : "), filtered AS MATERIALIZED (SELECT * FROM base WHERE true");
    if (f.minRoi() != null) {
      sql.append(" AND roi >= ?");
      params.add(f.minRoi());
    }
    if (f.maxDaysListed() != null) {
      sql.append(" AND days_listed <= ?");
      params.add(f.maxDaysListed());
    }
    sql.append(")");
    return sql.toString();
  }

  /**
   * Items in the location of that code or name, or in any location inside it (the view {@code
   * location_places} of the locations feature), or an older typed-in place of that text.
   */
  private static void placeFilter(StringBuilder sql, List<Object> params, String place) {
    if (place == null) return;
    sql.append(" AND (lower(i.")
        .append(ItemField.STORAGE_LOCATION.column())
        .append(") = lower(?) OR i.location_id IN (SELECT id FROM location_places")
        .append(" WHERE lower(place_code) = lower(?) OR lower(place_name) = lower(?)))");
    params.add(place);
    params.add(place);
    params.add(place);
  }

  /** A text field equal to the value given, case aside (a place: the bin). */
  private static void textFilter(
      StringBuilder sql, List<Object> params, ItemField field, String value) {
    if (value == null) return;
    sql.append(" AND lower(i.").append(field.column()).append(") = lower(?)");
    params.add(value);
  }
}

package app.resell.inventory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the SQL of the inventory list from an {@link ItemFilter}. Only fixed text and the
 * whitelisted sort expressions of {@link ItemFilter.Sort} are ever concatenated; every value the
 * client sent travels as a bound parameter, in order.
 *
 * <p>ROI is the expected return on the landed cost, from the estimated value: {@code
 * (estimated_value - total_cost) * 100 / total_cost}, null without an estimate or a cost. Days
 * listed counts from the earliest listing date of the item's active listings, null when it has
 * none.
 */
public final class ItemSearchSql {

  /** SQL text with its parameters in order. */
  public record Statement(String sql, List<Object> parameters) {}

  private ItemSearchSql() {}

  public static Statement aggregates(ItemFilter f) {
    List<Object> params = new ArrayList<>();
    String sql =
        filtered(f, params)
            + " SELECT count(*), COALESCE(sum(total_cost), 0), COALESCE(sum(estimated_value), 0),"
            + " round(avg(roi), 2) FROM filtered";
    return new Statement(sql, params);
  }

  /** One page, plus one row more to tell whether another page follows. */
  public static Statement page(ItemFilter f) {
    List<Object> params = new ArrayList<>();
    String expression = f.sort().expression;
    String direction = f.descending() ? "DESC" : "ASC";
    StringBuilder sql = new StringBuilder(filtered(f, params));
    sql.append(" SELECT lot_id, days_listed, CAST(")
        .append(expression)
        .append(" AS text) AS sort_key FROM filtered");
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
    sql.append(" ORDER BY ")
        .append(expression)
        .append(' ')
        .append(direction)
        .append(", lot_id ")
        .append(direction)
        .append(" LIMIT ? OFFSET ?");
    params.add(f.limit() + 1);
    params.add(f.after() != null ? 0L : (long) (f.page() - 1) * f.limit());
    return new Statement(sql.toString(), params);
  }

  /** The common table expressions {@code base} (item filters) and {@code filtered} (all). */
  static String filtered(ItemFilter f, List<Object> params) {
    StringBuilder sql = new StringBuilder("WITH base AS (SELECT i.lot_id, i.item_name,");
    sql.append(" i.acquisition_date, i.total_cost, i.estimated_value,")
        .append(" CASE WHEN i.total_cost > 0 AND i.estimated_value IS NOT NULL")
        .append(" THEN round((i.estimated_value - i.total_cost) * 100 / i.total_cost, 2) END")
        .append(" AS roi,")
        .append(" (SELECT current_date - CAST(min(pl.listed_date) AS date)")
        .append(" FROM platform_listings pl WHERE pl.lot_id = i.lot_id AND pl.status = 'active'")
        .append(" AND pl.listed_date IS NOT NULL) AS days_listed,");
    if (f.tsQuery() != null) {
      sql.append(" ts_rank(i.search_vector, to_tsquery('english', ?)) AS rank");
      params.add(f.tsQuery());
    } else {
      sql.append(" CAST(0 AS real) AS rank");
    }
    sql.append(" FROM inventory i WHERE i.deleted_at IS NULL");
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
    if (f.storageLocation() != null) {
      sql.append(" AND lower(i.storage_location) = lower(?)");
      params.add(f.storageLocation());
    }
    if (f.needsReview() != null) {
      sql.append(" AND i.needs_review = ?");
      params.add(f.needsReview());
    }
    if (f.storageBin() != null) {
      sql.append(" AND lower(i.storage_bin) = lower(?)");
      params.add(f.storageBin());
    }
    switch (f.status()) {
      case LISTED ->
          sql.append(" AND EXISTS (SELECT 1 FROM platform_listings pl")
              .append(" WHERE pl.lot_id = i.lot_id AND pl.status = 'active')");
      case SOLD ->
          sql.append(" AND (i.quantity_sold >= i.quantity OR EXISTS (SELECT 1 FROM")
              .append(" platform_listings pl WHERE pl.lot_id = i.lot_id AND pl.status = 'sold'))");
      case UNLISTED ->
          sql.append(" AND i.quantity_sold = 0 AND NOT EXISTS (SELECT 1 FROM platform_listings pl")
              .append(" WHERE pl.lot_id = i.lot_id")
              .append(" AND pl.status IN ('active', 'scheduled', 'pending', 'sold'))");
      case ALL -> {}
    }
    if (f.platform() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM platform_listings pl WHERE pl.lot_id = i.lot_id")
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
    sql.append("), filtered AS (SELECT * FROM base WHERE true");
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
}

package app.resell.inventory.control;

import app.resell.inventory.control.ItemSearchSql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory list's matches as whole item rows, for the readers of every match (the exports):
 * which items, and in which order, is exactly the list's ({@link ItemSearchSql}, paging aside).
 * Inventory publishes this SQL so that no other feature writes SQL against its table; the caller
 * adds its select list (expressions over the item {@code i}) and its joins.
 */
public final class ItemExportSql {

  /** Joins the ordered matches {@code f} to their item rows {@code i}. */
  public static final String FROM_ORDERED =
      " FROM ordered f JOIN inventory i ON i.lot_id = f.lot_id";

  /**
   * The item's columns for a whole-row export: every stored one but the search vector and the
   * import's bookkeeping (the field table's {@code DUMPED} fields, in table order).
   */
  private static final String EVERY_COLUMN =
      ItemField.with(ItemField.Flag.DUMPED).stream()
          .map(f -> "i." + f.column())
          .collect(Collectors.joining(", ", " SELECT ", ""));

  private ItemExportSql() {}

  /**
   * The common table expressions of the matches ({@code base}, {@code filtered}) and {@code
   * ordered}: their lot_id with the list's sort key, named apart from the item's own columns.
   */
  public static String ordered(ItemFilter filter, boolean includeDeleted, List<Object> params) {
    return ItemSearchSql.filtered(filter, params, includeDeleted)
        + ", ordered AS (SELECT lot_id, "
        + filter.sort().expression
        + " AS sort_key FROM filtered)";
  }

  /** The list's order over {@link #FROM_ORDERED}. */
  public static String order(ItemFilter filter) {
    String direction = filter.descending() ? " DESC" : " ASC";
    return " ORDER BY f.sort_key" + direction + ", f.lot_id" + direction;
  }

  /** Every column of the matching items but the search vector, in list order. */
  public static Statement everyColumn(ItemFilter filter, boolean includeDeleted) {
    List<Object> params = new ArrayList<>();
    String sql =
        ordered(filter, includeDeleted, params) + EVERY_COLUMN + FROM_ORDERED + order(filter);
    return new Statement(sql, params);
  }
}

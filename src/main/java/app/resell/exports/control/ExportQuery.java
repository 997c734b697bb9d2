package app.resell.exports.control;

import app.resell.exports.control.ExportColumn.Source;
import app.resell.inventory.control.ItemExportSql;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearchSql;
import app.resell.inventory.control.ItemSearchSql.Statement;
import app.resell.listings.control.DraftListings;
import app.resell.listings.control.ListingExportSql;
import app.resell.photos.control.PhotoExportSql;
import app.resell.taxonomy.entity.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the exports. Which items, and in which order, is exactly the inventory list's ({@link
 * ItemSearchSql}, paging aside), so an export is "this list, all of it"; the item rows come through
 * {@link ItemExportSql}, whole listing and sale rows through {@link ListingExportSql}. Listing and
 * sale figures come from per-item lateral subqueries over the views listings owns ({@code
 * listing_facts}, {@code sale_facts}, V20) rather than one grouped join: the rows then flow out of
 * PostgreSQL one by one as the cursor asks for them. Each statement starts with a comment naming
 * the export, which lets operators (and the disconnect test) find it in {@code pg_stat_activity}.
 */
public final class ExportQuery {

  public static final String MARKER = "/* resell-export */ ";

  /** The matching items' lot ids, for the listings and sales of the same items. */
  private static final String FILTERED_LOTS = "SELECT lot_id FROM filtered";

  private ExportQuery() {}

  /** The spreadsheet rows: one per item, the chosen columns in order, at most {@code limit}. */
  public static Statement rows(
      ItemFilter filter, boolean includeDeleted, List<ExportColumn> columns, long limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(MARKER).append(ItemExportSql.ordered(filter, includeDeleted, params));
    sql.append(" SELECT ");
    for (int k = 0; k < columns.size(); k++) {
      if (k > 0) sql.append(", ");
      sql.append(columns.get(k).sql()).append(" AS ").append(columns.get(k).key());
    }
    sql.append(ItemExportSql.FROM_ORDERED);
    if (columns.stream().anyMatch(c -> c.source() == Source.LISTINGS)) {
      sql.append(" LEFT JOIN LATERAL (SELECT ");
      boolean first = true;
      for (ExportColumn c : columns) {
        if (c.source() != Source.LISTINGS) continue;
        if (!first) sql.append(", ");
        first = false;
        sql.append(ExportColumns.listingAggregate(c.key())).append(" AS ").append(c.key());
      }
      sql.append(" FROM listing_facts pl WHERE pl.lot_id = i.lot_id) l ON true");
    }
    if (columns.stream().anyMatch(c -> c.source() == Source.SALES)) {
      sql.append(" LEFT JOIN LATERAL (SELECT sum(sa.sold_price) AS sale_price,")
          .append(" max(sa.sold_date) AS sale_date, sum(sa.platform_fees) AS total_platform_fees,")
          .append(" sum(sa.shipping_paid) AS shipping_paid,")
          .append(" sum(sa.actual_shipping) AS actual_shipping,")
          .append(" sum(sa.net_proceeds) AS net_proceeds, sum(sa.cost_of_goods) AS cost_of_goods")
          .append(" FROM sale_facts sa WHERE sa.lot_id = i.lot_id) s ON true");
    }
    sql.append(ItemExportSql.order(filter)).append(" LIMIT ?");
    params.add(limit);
    return new Statement(sql.toString(), params);
  }

  /** Every inventory column of the matching items but the search vector, for the JSON export. */
  public static Statement items(ItemFilter filter, boolean includeDeleted) {
    Statement items = ItemExportSql.everyColumn(filter, includeDeleted);
    return new Statement(MARKER + items.sql(), items.parameters());
  }

  /** The listings of the matching items, by item and platform. */
  public static Statement listings(ItemFilter filter, boolean includeDeleted) {
    return children(ListingExportSql.listingsOf(FILTERED_LOTS), filter, includeDeleted);
  }

  /** The sales of the matching items, by item and date. */
  public static Statement sales(ItemFilter filter, boolean includeDeleted) {
    return children(ListingExportSql.salesOf(FILTERED_LOTS), filter, includeDeleted);
  }

  /** The photos of the matching items, by item and position. */
  public static Statement photos(ItemFilter filter, boolean includeDeleted) {
    return children(PhotoExportSql.photosOf(FILTERED_LOTS), filter, includeDeleted);
  }

  /** The draft listings on the platform of the matching items, by the listings feature. */
  public static Statement draftListings(ItemFilter filter, Platform platform) {
    Statement drafts = DraftListings.select(filter, platform);
    return new Statement(MARKER + drafts.sql(), drafts.parameters());
  }

  /** Count, total cost, total estimated value and average ROI of the matching items. */
  public static Statement totals(ItemFilter filter, boolean includeDeleted) {
    List<Object> params = new ArrayList<>();
    String sql =
        MARKER
            + ItemSearchSql.filtered(filter, params, includeDeleted)
            + " SELECT count(*), COALESCE(sum(total_cost), 0), COALESCE(sum(estimated_value), 0)"
            + " FROM filtered";
    return new Statement(sql, params);
  }

  private static Statement children(String select, ItemFilter filter, boolean includeDeleted) {
    List<Object> params = new ArrayList<>();
    String sql = MARKER + ItemSearchSql.filtered(filter, params, includeDeleted) + " " + select;
    return new Statement(sql, params);
  }
}

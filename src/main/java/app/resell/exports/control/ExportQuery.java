package app.resell.exports.control;

import app.resell.exports.control.ExportColumn.Source;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearchSql;
import app.resell.inventory.control.ItemSearchSql.Statement;
import app.resell.listings.control.DraftListings;
import app.resell.taxonomy.entity.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the exports. Which items, and in which order, is exactly the inventory list's ({@link
 * ItemSearchSql}, paging aside), so an export is "this list, all of it". Listing and sale figures
 * come from per-item lateral subqueries rather than one grouped join: the rows then flow out of
 * PostgreSQL one by one as the cursor asks for them. Each statement starts with a comment naming
 * the export, which lets operators (and the disconnect test) find it in {@code pg_stat_activity}.
 */
public final class ExportQuery {

  public static final String MARKER = "/* resell-export */ ";

  private ExportQuery() {}

  /** The spreadsheet rows: one per item, the chosen columns in order, at most {@code limit}. */
  public static Statement rows(
      ItemFilter filter, boolean includeDeleted, List<ExportColumn> columns, long limit) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(MARKER).append(ItemSearchSql.ordered(filter, params, includeDeleted));
    sql.append(" SELECT ");
    for (int k = 0; k < columns.size(); k++) {
      if (k > 0) sql.append(", ");
      sql.append(columns.get(k).sql()).append(" AS ").append(columns.get(k).key());
    }
    sql.append(" FROM ordered f JOIN inventory i ON i.lot_id = f.lot_id");
    if (columns.stream().anyMatch(c -> c.source() == Source.LISTINGS)) {
      sql.append(" LEFT JOIN LATERAL (SELECT ");
      boolean first = true;
      for (ExportColumn c : columns) {
        if (c.source() != Source.LISTINGS) continue;
        if (!first) sql.append(", ");
        first = false;
        sql.append(ExportColumns.listingAggregate(c.key())).append(" AS ").append(c.key());
      }
      sql.append(" FROM platform_listings pl WHERE pl.lot_id = i.lot_id) l ON true");
    }
    if (columns.stream().anyMatch(c -> c.source() == Source.SALES)) {
      sql.append(" LEFT JOIN LATERAL (SELECT sum(sa.sold_price) AS sale_price,")
          .append(" max(sa.sold_date) AS sale_date, sum(sa.platform_fees) AS total_platform_fees,")
          .append(" sum(sa.shipping_paid) AS shipping_paid,")
          .append(" sum(sa.actual_shipping) AS actual_shipping,")
          .append(" sum(sa.net_proceeds) AS net_proceeds, sum(sa.cost_of_goods) AS cost_of_goods")
          .append(" FROM sales sa WHERE sa.lot_id = i.lot_id) s ON true");
    }
    sql.append(ItemSearchSql.inListOrder(filter)).append(" LIMIT ?");
    params.add(limit);
    return new Statement(sql.toString(), params);
  }

  /** Every inventory column of the matching items but the search vector, for the JSON export. */
  public static Statement items(ItemFilter filter, boolean includeDeleted) {
    List<Object> params = new ArrayList<>();
    String sql =
        MARKER
            + ItemSearchSql.ordered(filter, params, includeDeleted)
            + " SELECT i.lot_id, i.invoice_id, i.invoice_record_id, i.auction_id, i.lot_number,"
            + " i.sku, i.parent_lot_id, i.item_name, i.description, i.category, i.subcategory,"
            + " i.condition, i.quantity, i.quantity_sold, i.bid_amount, i.buyers_premium,"
            + " i.sales_tax, i.shipping_cost, i.other_fees, i.total_cost, i.cost_per_item,"
            + " i.acquisition_date, i.acquisition_source, i.location_id, i.storage_location,"
            + " i.storage_bin, i.qr_code, i.estimated_value, i.market_demand,"
            + " i.seasonality_notes, i.needs_repair, i.is_consignment, i.is_returned,"
            + " i.needs_review, i.auto_categorized, i.category_confidence,"
            + " i.condition_confidence, i.keywords, i.notes, i.import_job_id, i.created_at,"
            + " i.updated_at, i.deleted_at, i.version"
            + " FROM ordered f JOIN inventory i ON i.lot_id = f.lot_id"
            + ItemSearchSql.inListOrder(filter);
    return new Statement(sql, params);
  }

  /** The listings of the matching items, by item and platform. */
  public static Statement listings(ItemFilter filter, boolean includeDeleted) {
    return children("platform_listings", "platform", filter, includeDeleted);
  }

  /** The sales of the matching items, by item and date. */
  public static Statement sales(ItemFilter filter, boolean includeDeleted) {
    return children("sales", "sold_date", filter, includeDeleted);
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

  private static Statement children(
      String table, String order, ItemFilter filter, boolean includeDeleted) {
    List<Object> params = new ArrayList<>();
    String sql =
        MARKER
            + ItemSearchSql.filtered(filter, params, includeDeleted)
            + " SELECT c.* FROM "
            + table
            + " c WHERE c.lot_id IN (SELECT lot_id FROM filtered) ORDER BY c.lot_id, c."
            + order
            + ", c.id";
    return new Statement(sql, params);
  }
}

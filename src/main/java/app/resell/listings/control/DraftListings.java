package app.resell.listings.control;

import app.resell.inventory.control.ItemExportSql;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearchSql.Statement;
import app.resell.listings.entity.ListingStatus;
import app.resell.taxonomy.entity.Condition;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The draft listings on one platform of the items an inventory-list filter matches, in the list's
 * order: what a bulk-upload file needs of each (the listing export, docs/EXPORTS.md). A draft is
 * left out when its item has no unit left or the listing is flagged for delisting: such a file
 * would offer what is already sold. The listing's own title and description win over the item's.
 */
public final class DraftListings {

  /** One draft to upload: the text is the listing's where it has its own, else the item's. */
  public record Row(
      UUID lotId,
      String sku,
      String title,
      String description,
      Condition condition,
      BigDecimal price,
      int onHand) {

    /** The seller's own label: the SKU, or the lot id when the item has none. */
    public String label() {
      return sku == null || sku.isBlank() ? lotId.toString() : sku.strip();
    }
  }

  private DraftListings() {}

  /** The query; read its rows with {@link #read}. */
  public static Statement select(ItemFilter filter, Platform platform) {
    List<Object> params = new ArrayList<>();
    String sql =
        ItemExportSql.ordered(filter, false, params)
            + " SELECT CAST(i.lot_id AS text), i.sku,"
            + " COALESCE(NULLIF(btrim(pl.listing_title), ''), i.item_name),"
            + " COALESCE(NULLIF(btrim(pl.listing_description), ''), i.description),"
            + " CAST(i.condition AS text), pl.list_price, i.quantity - i.quantity_sold"
            + ItemExportSql.FROM_ORDERED
            + " JOIN platform_listings pl ON pl.lot_id = i.lot_id"
            + " AND pl.platform = CAST(? AS platform_type)"
            + " AND pl.status = CAST(? AS listing_status) AND NOT pl.needs_delist"
            + " WHERE i.quantity > i.quantity_sold"
            + ItemExportSql.order(filter);
    params.add(platform.value());
    params.add(ListingStatus.DRAFT.value());
    return new Statement(sql, params);
  }

  public static Row read(ResultSet rs) throws SQLException {
    return new Row(
        UUID.fromString(rs.getString(1)),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Condition.parse(rs.getString(5)).orElse(Condition.UNKNOWN),
        rs.getBigDecimal(6),
        rs.getInt(7));
  }
}

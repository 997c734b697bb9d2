package app.resell.inventory.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Records another feature keeps about an item and shows on the item page: listings and sales come
 * from {@code listings}, comparable sales from {@code comps}, photos from {@code photos}. Those
 * features depend on inventory, so inventory asks for their records through this interface (CDI
 * finds the implementations) instead of reading their tables.
 *
 * <p>A section that reads with one SQL query names it ({@link #query()}): the item page then sends
 * it with inventory's own reads, in one round trip ({@link ItemRelated}), and the section turns its
 * rows into records ({@link #read}). The SQL stays with the feature that owns the table.
 */
public interface ItemSection {

  /** The places on the item page another feature fills. */
  enum Slot {
    LISTINGS,
    COMPARABLE_SALES,
    PHOTOS
  }

  Slot slot();

  /** The item's records as the API shows them, in the order the page lists them. */
  List<?> of(UUID lotId);

  /**
   * The SQL of {@link #of} with one parameter, the item's id, for the item page's single round
   * trip; null when the section reads otherwise (then the page calls {@link #of}).
   */
  default String query() {
    return null;
  }

  /** The rows of {@link #query()} as the API shows them, the same records {@link #of} answers. */
  default List<?> read(ResultSet rows) throws SQLException {
    throw new UnsupportedOperationException(slot() + " has no query");
  }
}

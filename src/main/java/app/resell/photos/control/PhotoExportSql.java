package app.resell.photos.control;

/**
 * The photos of exported items as SQL for the exports' queries: photos publishes it so that no
 * other feature writes SQL against its table (as listings does with {@code ListingExportSql}).
 */
public final class PhotoExportSql {

  /**
   * An item's photo ids, first position first, separated by spaces; null without photos. A
   * correlated subquery over the item alias {@code i}, answered from the (lot_id, position) index.
   */
  public static final String IDS_OF_ITEM =
      "(SELECT string_agg(CAST(p.id AS text), ' ' ORDER BY p.position) FROM photos p"
          + " WHERE p.lot_id = i.lot_id)";

  private PhotoExportSql() {}

  /**
   * The photos of a set of items (a subquery answering lot ids), by item and position, as the JSON
   * export shows them: everything but the file's hash.
   */
  public static String photosOf(String lotIds) {
    return "SELECT p.id, p.lot_id, p.position, p.content_type, p.width, p.height, p.bytes,"
        + " p.created_at FROM photos p WHERE p.lot_id IN ("
        + lotIds
        + ") ORDER BY p.lot_id, p.position";
  }
}

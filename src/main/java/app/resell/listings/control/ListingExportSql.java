package app.resell.listings.control;

/**
 * The listings and sales of a set of items as whole rows, for the JSON export: listings publishes
 * this SQL so that no other feature writes SQL against its tables. The items are given as a
 * subquery answering lot ids (the export's {@code SELECT lot_id FROM filtered}).
 */
public final class ListingExportSql {

  private ListingExportSql() {}

  /** Every column of the items' listings, by item and platform. */
  public static String listingsOf(String lotIds) {
    return rowsOf("platform_listings", "platform", lotIds);
  }

  /** Every column of the items' sales, by item and date. */
  public static String salesOf(String lotIds) {
    return rowsOf("sales", "sold_date", lotIds);
  }

  private static String rowsOf(String table, String order, String lotIds) {
    return "SELECT c.* FROM "
        + table
        + " c WHERE c.lot_id IN ("
        + lotIds
        + ") ORDER BY c.lot_id, c."
        + order
        + ", c.id";
  }
}

package app.resell.exports.control;

/**
 * One column a spreadsheet export can hold. The {@code key} is both the header written and the name
 * the sheet importer recognises, so an exported file imports back without a mapping. The {@code
 * sql} is fixed text over the aliases {@code i} (inventory), {@code l} (the item's listings,
 * aggregated per platform) and {@code s} (its sales, summed); it is never built from client input.
 */
public record ExportColumn(String key, ColumnType type, String sql, Source source) {

  /** Which joins a column needs, so an export of item columns only skips the others. */
  public enum Source {
    ITEM,
    LISTINGS,
    SALES
  }
}

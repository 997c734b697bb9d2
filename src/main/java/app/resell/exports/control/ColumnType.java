package app.resell.exports.control;

/**
 * How an export column's values are read from JDBC and written: spreadsheets keep amounts as
 * numbers with a currency format and dates as date cells, so sums and sorts work without cleanup.
 */
public enum ColumnType {
  TEXT,
  MONEY,
  INTEGER,
  /** A plain decimal, such as the ROI in percent. */
  DECIMAL,
  /** A calendar day (UTC), written as a date cell or ISO {@code 2026-11-24}. */
  DATE,
  /** An instant, written as a date-time cell or ISO-8601 with offset. */
  TIMESTAMP,
  BOOLEAN,
  /**
   * An item's photo ids in order (SQL), written as signed links the reader can open without signing
   * in, separated by a bar as in the listing files.
   */
  PHOTO_LINKS;

  /** Whether the value is a number in a spreadsheet, never a formula-guarded text. */
  public boolean numeric() {
    return this == MONEY || this == INTEGER || this == DECIMAL;
  }
}

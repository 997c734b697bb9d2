package app.resell.imports.control.sheet;

/** What became of one sheet row: an item to import, a row to report back, or a row to ignore. */
public sealed interface RowResult permits ParsedRow, RejectedRow, SkippedRow {

  int rowNumber();
}

package app.resell.imports.control.sales;

/** One line of a sales report as read: a sale (or a change to one), or a line refused. */
public sealed interface ReportLine permits SaleLine, RejectedLine {

  /** The line's row in the file, as a spreadsheet program numbers it. */
  int row();

  /** The line's cells, for a reseller to recognise it. */
  String rawText();
}

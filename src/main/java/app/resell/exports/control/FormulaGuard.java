package app.resell.exports.control;

/**
 * Keeps exported text from running as a formula when a spreadsheet opens a CSV file (CSV injection,
 * OWASP): text that begins with {@code = + - @}, a tab or a carriage return gets a single quote in
 * front, which spreadsheets show as text. Numeric columns are never guarded, so a negative amount
 * stays a number. The sheet importer drops that quote again.
 */
public final class FormulaGuard {

  private static final String TRIGGERS = "=+-@\t\r";

  private FormulaGuard() {}

  public static boolean dangerous(String text) {
    return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
  }

  public static String guard(String text) {
    return dangerous(text) ? "'" + text : text;
  }
}

package app.resell.imports.control.sales;

import app.resell.tabular.MoneyText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as marketplace reports print them: {@code $12.50}, {@code £8.00}, {@code US $12.50},
 * {@code C $4.00}, {@code -$0.78}, {@code $-0.78}, {@code (1.20)}, {@code 12.50 USD}, and {@code
 * --} or nothing for no amount. The currency sign or code is kept apart ({@link #currency}); the
 * number is read by the inventory import's {@link MoneyText}, so both agree on what money is.
 * Decimal commas ({@code 116,99 €}) are not read: such reports go through the column mapping after
 * saving them with decimal points.
 */
public final class ReportMoney {

  private static final Pattern SIGN =
      Pattern.compile(
          "(?i)(US\\s?\\$|C\\s?\\$|CA\\s?\\$|AU\\s?\\$|A\\s?\\$|\\$|£|€|\\bUSD\\b|\\bGBP\\b|\\bEUR\\b|\\bCAD\\b|\\bAUD\\b)");

  private ReportMoney() {}

  /** Whether the cell says "no amount": empty, dashes, n/a. */
  public static boolean none(String text) {
    if (text == null) return true;
    String t = text.strip();
    return t.isEmpty() || t.matches("[-\u2013\u2014]+") || t.equalsIgnoreCase("n/a");
  }

  /**
   * The amount, null for "no amount".
   *
   * @throws IllegalArgumentException when the cell holds something else than money
   */
  public static BigDecimal parse(String text) {
    if (none(text)) return null;
    String bare = SIGN.matcher(text.strip()).replaceAll("").strip();
    return MoneyText.parse(bare)
        .orElseThrow(() -> new IllegalArgumentException("'" + text.strip() + "' is not an amount"));
  }

  /** The ISO currency the cell's sign or code names, or null when it names none. */
  public static String currency(String text) {
    if (none(text)) return null;
    Matcher m = SIGN.matcher(text);
    if (!m.find()) return null;
    String sign = m.group(1).toUpperCase(Locale.ROOT).replace(" ", "");
    return switch (sign) {
      case "$", "US$", "USD" -> "USD";
      case "£", "GBP" -> "GBP";
      case "€", "EUR" -> "EUR";
      case "C$", "CA$", "CAD" -> "CAD";
      case "AU$", "A$", "AUD" -> "AUD";
      default -> null;
    };
  }
}

package app.resell.imports.control.pdf;

import app.resell.tabular.MoneyText;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small vocabularies of a line item: lot numbers, quantities, amounts and lot statuses.
 *
 * <p>A lot number is a short code with at least one digit: {@code 12}, {@code 0012}, {@code 12A},
 * {@code 105-3}, {@code MH-004}, optionally printed as {@code Lot 12} or {@code #12}. Amounts are
 * whatever {@link MoneyText} accepts; outside a headed column an amount must also show cents or a
 * currency sign, because bare integers on an invoice are as often zip codes, years and lot numbers.
 */
final class LotText {

  private static final Pattern LOT =
      Pattern.compile(
          "(?i)(?:lot|item|tag)?\\s*(?:#|no\\.?)?\\s*"
              + "([A-Z]{0,4}-?\\d{1,6}[A-Z]{0,2}(?:-\\d{1,4}[A-Z]?){0,2})");
  private static final Pattern LOT_PREFIX =
      Pattern.compile("(?i)^(?:lot|item|tag)\\s*(?:#|no\\.?|number)?\\s*:?$|^#$");
  private static final Pattern STRICT_MONEY =
      Pattern.compile("^\\(?-?(?:US)?\\$?\\s*-?[\\d,]*\\.\\d{2}\\)?(?:\\s*CR|-)?$|^\\(?-?\\$.*");
  // What a money column prints for nothing charged: "-", "--", an em dash, "N/A", "Free", "Incl."
  private static final Pattern NOTHING =
      Pattern.compile("(?i)[-\u2013\u2014]{1,3}|n/?a|nil|none|free|incl(?:uded|\\.)?|\\$\\s*-");
  private static final Pattern ZERO_LED = Pattern.compile("^0\\d+$");
  private static final Pattern QTY_AT =
      Pattern.compile("(?i)\\b(\\d{1,5})\\s*(?:x\\s*)?@\\s*\\$?\\s*(\\d[\\d,]*(?:\\.\\d{1,2})?)");
  // Only a count that leads the description states how many units were sold; "set of 8" or "40
  // pcs" further in describes one lot.
  private static final Pattern QTY_WORDS =
      Pattern.compile(
          "(?i)^(?:lot\\s+of|qty:?|quantity:?)\\s*\\(?(\\d{1,5})\\)?(?=\\W|$)|^\\((\\d{1,5})\\)\\s");
  private static final Pattern STATUS =
      Pattern.compile(
          "(?i)\\b(void(?:ed)?|passed|pass(?:ed)?\\s+lot|withdrawn|no[\\s-]?sale|not\\s+sold|unsold"
              + "|scratched|cancel(?:l)?ed|buy[\\s-]?back|bought[\\s-]in|retracted)\\b");

  private LotText() {}

  /** The lot code if the text is exactly a lot number (with an optional "Lot"/"#" prefix). */
  static Optional<String> lot(String text) {
    String t = text.strip();
    Matcher m = LOT.matcher(t);
    if (!m.matches() || t.length() > 16) return Optional.empty();
    return Optional.of(m.group(1).toUpperCase(Locale.ROOT));
  }

  /**
   * A sub-lot with a decimal point ("28.5", "0012.1"), read only under a lot heading: one digit
   * after the point, so it is never an amount (amounts show two).
   */
  static Optional<String> subLot(String text) {
    String t = text.strip();
    return SUB_LOT.matcher(t).matches() ? Optional.of(t) : Optional.empty();
  }

  private static final Pattern SUB_LOT = Pattern.compile("\\d{1,6}\\.\\d");

  /** Whether a word only announces that a lot number follows ("Lot", "Lot #", "#"). */
  static boolean isLotPrefix(String text) {
    return LOT_PREFIX.matcher(text.strip()).matches();
  }

  /** An amount in a column whose heading says it holds money. */
  static Optional<BigDecimal> money(String text) {
    if (text == null || text.contains("%") || ZERO_LED.matcher(text.strip()).matches()) {
      return Optional.empty(); // "0111" is a lot or a code, never an amount
    }
    return MoneyText.parse(MoneyWords.withDollarSign(text).replace("$ ", "$"));
  }

  /** Whether a money cell says nothing was charged ("-", "N/A", "Free"): a zero, not text. */
  static boolean nothingCharged(String text) {
    return text != null && NOTHING.matcher(text.strip()).matches();
  }

  /** An amount outside any column: it must show cents or a currency sign. */
  static Optional<BigDecimal> strictMoney(String text) {
    String t = text.strip();
    if (!STRICT_MONEY.matcher(t).matches()) return Optional.empty();
    return money(t);
  }

  /** "6 @ 1.00": the quantity and unit price, when printed that way. */
  static Optional<QtyAt> qtyAt(String text) {
    Matcher m = QTY_AT.matcher(text);
    if (!m.find()) return Optional.empty();
    return money(m.group(2)).map(unit -> new QtyAt(Integer.parseInt(m.group(1)), unit, m.group()));
  }

  /** A quantity leading the description: "Lot of 3 ...", "(4) ...", "Qty 2 ...". */
  static Optional<Integer> qtyInDescription(String text) {
    Matcher m = QTY_WORDS.matcher(text.strip());
    if (m.find()) {
      for (int g = 1; g <= 2; g++) {
        if (m.group(g) != null) {
          int q = Integer.parseInt(m.group(g));
          if (q > 0) return Optional.of(q);
        }
      }
    }
    return Optional.empty();
  }

  /** Why a lot was not sold to the reseller, normalised ("voided", "passed", ...), or empty. */
  static Optional<String> status(String text) {
    Matcher m = STATUS.matcher(text);
    if (!m.find()) return Optional.empty();
    String s = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+|-", " ");
    if (s.startsWith("void")) return Optional.of("voided");
    if (s.startsWith("pass")) return Optional.of("passed");
    if (s.startsWith("cancel")) return Optional.of("cancelled");
    if (s.equals("nosale") || s.equals("no sale")) return Optional.of("no sale");
    if (s.equals("buyback") || s.equals("buy back") || s.equals("bought in")) {
      return Optional.of("bought in");
    }
    return Optional.of(s);
  }

  /** A quantity at a unit price, with the matched text so it can be cut from a description. */
  record QtyAt(int quantity, BigDecimal unitPrice, String matched) {}
}

package app.resell.imports.control.sheet;

import app.resell.tabular.DateOrder;
import app.resell.tabular.MoneyText;
import app.resell.tabular.TextDates;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row's field texts as typed values and collects, in the reseller's words, every value
 * that could not be read, naming its column. Blank-ish cells ("", "-", "n/a") are null, not zero.
 */
final class RowFields {

  private static final Set<String> BLANK = Set.of("-", "--", "—", "–", "n/a", "na", "none", "nil");
  private static final Set<String> YES = Set.of("yes", "y", "true", "x", "✓", "✔", "1", "sold");
  private static final Set<String> NO = Set.of("no", "n", "false", "0");

  /** "12,50" or "1.234,50": a decimal comma, as typed in much of Europe. */
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("^[^\\d]*\\d{1,3}(?:\\.\\d{3})*,\\d{1,2}[^\\d]*$");

  private static final Pattern UNIT_WORDS =
      Pattern.compile("(?i)^x\\s*|\\s*(?:pcs|pc|x|ea|each|units?)$");

  private static final Pattern PERCENT = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*%$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Pattern WHOLE = Pattern.compile("^\\d+(?:\\.0+)?$");

  private final SheetRow row;
  private final SheetLayout layout;
  private final List<String> problems = new ArrayList<>();

  RowFields(SheetRow row, SheetLayout layout) {
    this.row = row;
    this.layout = layout;
  }

  /** A reader over the same row that keeps its problems to itself, for looking before parsing. */
  RowFields quiet() {
    return new RowFields(row, layout);
  }

  List<String> problems() {
    return problems;
  }

  SheetRow row() {
    return row;
  }

  String text(SheetField f) {
    return clean(row.get(f));
  }

  BigDecimal money(SheetField f) {
    return money(ColumnTarget.of(f), row.get(f));
  }

  /**
   * An amount, or a percentage of {@code base}: auction sheets often give the buyer's premium as
   * "18%" of the hammer price and tax as "8.25%" of hammer plus premium.
   */
  BigDecimal moneyOrPercentOf(SheetField f, BigDecimal base) {
    String t = clean(row.get(f));
    Matcher m = t == null ? null : PERCENT.matcher(t);
    if (m == null || !m.matches()) return money(f);
    if (base == null) {
      problems.add(
          "'"
              + t
              + "' in column '"
              + header(ColumnTarget.of(f))
              + "' is a percentage, but the row has no cost to take it of");
      return null;
    }
    return base.multiply(new BigDecimal(m.group(1))).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  LocalDate date(SheetField f) {
    return date(ColumnTarget.of(f), row.get(f));
  }

  /** A listing fact for one platform's own column. */
  String platformText(Platform p, SheetField f) {
    return clean(platformRaw(p, f));
  }

  BigDecimal platformMoney(Platform p, SheetField f) {
    return money(new ColumnTarget(f, p), platformRaw(p, f));
  }

  LocalDate platformDate(Platform p, SheetField f) {
    return date(new ColumnTarget(f, p), platformRaw(p, f));
  }

  String platformRaw(Platform p, SheetField f) {
    Map<SheetField, String> m = row.platformCells().get(p);
    return m == null ? null : m.get(f);
  }

  /** Yes, no, or null when the text is not a flag (a date, say). */
  static Boolean flag(String text) {
    if (text == null) return null;
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(t)) return true;
    if (NO.contains(t)) return false;
    return null;
  }

  /** The quantity: blank is 1; otherwise a whole number of at least 1. */
  int quantity() {
    String t = text(SheetField.QUANTITY);
    if (t == null) return 1;
    String digits = UNIT_WORDS.matcher(t).replaceAll("").replace(",", "");
    if (WHOLE.matcher(digits).matches()) {
      try {
        int q = new BigDecimal(digits).intValueExact();
        if (q >= 1) return q;
      } catch (ArithmeticException tooBig) {
        // reported below
      }
    }
    problems.add(
        "Quantity '"
            + t
            + "' in column '"
            + header(ColumnTarget.of(SheetField.QUANTITY))
            + "' is not a whole number of 1 or more");
    return 1;
  }

  private BigDecimal money(ColumnTarget target, String raw) {
    String t = clean(raw);
    if (t == null) return null;
    if (t.equalsIgnoreCase("free")) return BigDecimal.ZERO.setScale(2);
    Optional<BigDecimal> value = MoneyText.parse(t);
    if (value.isEmpty() && DECIMAL_COMMA.matcher(t).matches()) {
      value = MoneyText.parse(t.replace(".", "").replace(',', '.'));
    }
    if (value.isEmpty()) {
      problems.add("'" + t + "' in column '" + header(target) + "' is not an amount of money");
      return null;
    }
    return value.get();
  }

  private LocalDate date(ColumnTarget target, String raw) {
    String t = clean(raw);
    if (t == null || flag(t) != null) return null;
    Optional<LocalDate> d = TextDates.parse(t, layout.dateOrder());
    if (d.isPresent()) return d.get();
    String why = "' is not a date";
    if (TextDates.NUMERIC.matcher(t).matches() && TextDates.parse(t, other()).isPresent()) {
      why =
          "' does not fit the "
              + (layout.dateOrder() == DateOrder.MDY ? "month/day" : "day/month")
              + " order of the other dates in this file";
    }
    problems.add("Date '" + t + "' in column '" + header(target) + why);
    return null;
  }

  void negative(String what, ColumnTarget target, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      problems.add(
          what + " is negative (" + value.toPlainString() + ") in column '" + header(target) + "'");
    }
  }

  String header(ColumnTarget target) {
    return layout.headerOf(target);
  }

  private DateOrder other() {
    return layout.dateOrder() == DateOrder.MDY ? DateOrder.DMY : DateOrder.MDY;
  }

  static String clean(String raw) {
    if (raw == null) return null;
    String t = raw.strip();
    if (t.isEmpty() || (t.length() <= 4 && BLANK.contains(t.toLowerCase(Locale.ROOT)))) return null;
    return t;
  }
}

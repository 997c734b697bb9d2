package app.resell.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of money the way invoices and spreadsheets print them: {@code $1,234.50}, {@code
 * 1234.5}, {@code (12.00)} and {@code -12.00} and {@code 12.00-} and {@code 12.00 CR} for credits,
 * {@code USD 5}. Amounts are rounded half-up to the cent. Anything else is not money.
 */
public final class MoneyText {

  private static final Pattern MONEY =
      Pattern.compile(
          "^(?<open>\\()?\\s*(?<sign1>[-\u2212])?\\s*(?:US\\$|USD|\\$)?\\s*(?<sign2>[-\u2212])?\\s*"
              + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?:USD)?"
              + "\\s*(?<sign3>-|CR)?\\s*(?<close>\\))?$",
          Pattern.CASE_INSENSITIVE);

  private MoneyText() {}

  /** The amount, or empty when the text is not an amount of money. */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) return Optional.empty();
    String t = text.strip().replace('\u00a0', ' ');
    if (t.isEmpty()) return Optional.empty();
    Matcher m = MONEY.matcher(t);
    if (!m.matches()) return Optional.empty();
    boolean parens = m.group("open") != null;
    if (parens != (m.group("close") != null)) return Optional.empty();
    boolean negative =
        parens || m.group("sign1") != null || m.group("sign2") != null || m.group("sign3") != null;
    BigDecimal value =
        new BigDecimal(m.group("num").replace(",", "")).setScale(2, RoundingMode.HALF_UP);
    return Optional.of(negative ? value.negate() : value);
  }

  /** Whether the text looks like money at all, for column detection. */
  public static boolean isMoney(String text) {
    return parse(text).isPresent();
  }
}

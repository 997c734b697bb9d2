package app.resell.analytics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The derived figures of analytics, one rule each: percentages (ROI, conversion, margin) half-up to
 * two decimals and null when the base is zero (as in docs/MONEY.md); averages of days to one
 * decimal; money averages to the cent.
 */
public final class Figures {

  private Figures() {}

  /** part x 100 / whole, or null when the whole is zero or unknown. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) return null;
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** Average days (sum / count) to one decimal, or null without any. */
  public static BigDecimal days(BigDecimal sum, long count) {
    if (sum == null || count == 0) return null;
    return sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  /** Money average (sum / count) to the cent, or null without any. */
  public static BigDecimal ratio(BigDecimal sum, long count) {
    if (sum == null || count == 0) return null;
    return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }
}

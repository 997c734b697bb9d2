package app.resell.money.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule for money in this package: half-up to the cent. */
public final class Cents {

  public static final BigDecimal ONE_CENT = new BigDecimal("0.01");
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Cents() {}

  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static BigDecimal orZero(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }

  /** {@code amount * percent / 100}, exact (no rounding). */
  public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).movePointLeft(2);
  }

  /** {@code part / whole * 100} rounded half-up to two decimals, or null when whole is zero. */
  public static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) return null;
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }
}

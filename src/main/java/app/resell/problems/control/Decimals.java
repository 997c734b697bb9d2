package app.resell.problems.control;

import java.math.BigDecimal;

/**
 * The one way a decimal from a client becomes a {@link BigDecimal}: bounded before any arithmetic.
 * {@code new BigDecimal("1e10000000")} is cheap, but rounding it to cents writes ten million digits
 * (a probe spent 48 s and answered 20 MB). A value with more than {@value #MAX_TEXT} characters,
 * {@value #MAX_INTEGER_DIGITS} digits before the point or {@value #MAX_SCALE} after it is refused
 * as a 400 naming the field, before anything is computed with it. The bounds are far beyond any
 * price, percentage or quantity the product deals in; each field's own range is checked after.
 */
public final class Decimals {

  /** The end of the message for text that is no number at all. */
  public static final String NOT_A_NUMBER = "is not a number";

  static final int MAX_TEXT = 40;
  static final int MAX_INTEGER_DIGITS = 20;
  private static final int MAX_BITS = 140;
  static final int MAX_SCALE = 12;

  private Decimals() {}

  /** The number in the text, or a 400 naming the field; null when the text is blank. */
  public static BigDecimal parse(String field, String text) {
    if (text == null || text.isBlank()) return null;
    String given = text.strip();
    if (given.length() > MAX_TEXT) throw tooLarge(field);
    BigDecimal value;
    try {
      value = new BigDecimal(given);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, "'" + given + "' " + NOT_A_NUMBER);
    }
    return bounded(field, value);
  }

  /** The value itself when it is within the bounds, else a 400 naming the field. */
  public static BigDecimal bounded(String field, BigDecimal value) {
    if (value == null) return null;
    if (!withinBounds(value)) throw tooLarge(field);
    return value;
  }

  /** Whether the value has few enough digits on either side of the point to compute with. */
  public static boolean withinBounds(BigDecimal value) {
    if (value.signum() == 0) return value.scale() <= MAX_SCALE && value.scale() >= -MAX_SCALE;
    // read off the representation: no digits are expanded here (a 40-digit number has 133 bits)
    if (value.unscaledValue().bitLength() > MAX_BITS) return false;
    if (value.precision() > MAX_TEXT) return false;
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) return false;
    BigDecimal stripped = value.scale() > MAX_SCALE ? value.stripTrailingZeros() : value;
    return stripped.scale() <= MAX_SCALE;
  }

  private static ProblemException tooLarge(String field) {
    return ProblemException.invalid(
        field,
        "is not a usable number: at most "
            + MAX_INTEGER_DIGITS
            + " digits before the decimal point and "
            + MAX_SCALE
            + " after it");
  }
}

package app.resell.imports.control.pdf;

import java.math.BigDecimal;

/**
 * Whether what was extracted adds up to what the invoice prints. {@code expected} is the printed
 * figure compared (the total, else the subtotal), {@code computed} our sum for the same figure and
 * {@code difference} is computed - expected. {@code matches} is false whenever any printed figure
 * disagrees or nothing printed could be checked; {@code detail} says which.
 */
public record TotalsCheck(
    boolean matches,
    BigDecimal expected,
    BigDecimal computed,
    BigDecimal difference,
    String detail) {}

package app.resell.money.entity;

import java.math.BigDecimal;

/**
 * A payment processing fee: a percentage of the base plus a fixed amount per order (Etsy Payments
 * in the US: 3% of the order total including tax, plus $0.25).
 *
 * @param base a {@link FeeBase} spelling
 * @param ratePercent the percentage
 * @param fixedFee the fixed part per order
 */
public record ProcessingFee(String base, BigDecimal ratePercent, BigDecimal fixedFee) {}

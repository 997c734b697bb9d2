package app.resell.money.entity;

import java.math.BigDecimal;

/**
 * A fixed per-order fee that applies while the order total is at most {@code upTo}. eBay's "$0.30
 * for orders of $10 or less, $0.40 above" is {@code (10, 0.30)} then {@code (null, 0.40)}.
 *
 * @param upTo the largest order total this fee applies to, inclusive; {@code null} for the last
 * @param fee the fee in dollars
 */
public record OrderFeeStep(BigDecimal upTo, BigDecimal fee) {}

package app.resell.money.entity;

import java.math.BigDecimal;

/**
 * The fees of one sale, each component rounded half-up to the cent on its own (platforms bill each
 * line separately) and the total the sum of the rounded components.
 *
 * @param commissionGroup the commission group that applied, e.g. {@code books_media}
 * @param finalValueFee the final value fee, commission, selling, referral or service fee
 * @param perOrderFee fixed per-order and per-item fees
 * @param paymentProcessingFee the payment processing fee
 * @param listingFee the listing fee charged for the units sold
 * @param total the sum of the four
 */
public record FeeBreakdown(
    String commissionGroup,
    BigDecimal finalValueFee,
    BigDecimal perOrderFee,
    BigDecimal paymentProcessingFee,
    BigDecimal listingFee,
    BigDecimal total) {}

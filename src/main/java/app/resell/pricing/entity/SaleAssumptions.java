package app.resell.pricing.entity;

import java.math.BigDecimal;

/**
 * What we expect around a future sale, for pricing and bidding.
 *
 * @param shippingCharged what the buyer will pay for shipping ({@code null} = 0, free shipping)
 * @param shippingCost what postage and packing will cost the seller ({@code null} = 0)
 * @param buyerSalesTaxPercent sales tax the platform will collect on item + shipping, which some
 *     platforms charge fees on ({@code null} = 0)
 */
public record SaleAssumptions(
    BigDecimal shippingCharged, BigDecimal shippingCost, BigDecimal buyerSalesTaxPercent) {

  public static final SaleAssumptions NONE = new SaleAssumptions(null, null, null);
}

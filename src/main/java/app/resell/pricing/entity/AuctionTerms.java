package app.resell.pricing.entity;

import java.math.BigDecimal;

/**
 * An auction's terms as they turn a hammer price into a landed cost.
 *
 * @param buyersPremiumPercent the premium on the hammer price, e.g. 18
 * @param salesTaxPercent the sales tax rate, e.g. 7.25 ({@code null} = 0, e.g. resale exemption)
 * @param premiumTaxed whether the premium is taxed too (it is in most US states)
 * @param otherCosts everything else it takes to get the item home and ready (pickup, cleaning)
 */
public record AuctionTerms(
    BigDecimal buyersPremiumPercent,
    BigDecimal salesTaxPercent,
    boolean premiumTaxed,
    BigDecimal otherCosts) {

  /** Terms with the premium taxed, the common case. */
  public static AuctionTerms taxedPremium(
      BigDecimal buyersPremiumPercent, BigDecimal salesTaxPercent, BigDecimal otherCosts) {
    return new AuctionTerms(buyersPremiumPercent, salesTaxPercent, true, otherCosts);
  }
}

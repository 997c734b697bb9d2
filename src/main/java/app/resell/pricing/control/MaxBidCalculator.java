package app.resell.pricing.control;

import app.resell.money.control.Cents;
import app.resell.pricing.entity.AuctionTerms;
import app.resell.pricing.entity.MaxBid;
import app.resell.pricing.entity.PriceQuote;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The most to bid at an auction for an item expected to sell at a known price.
 *
 * <p>The landed cost of a hammer bid {@code b} is {@code b + premium + tax + other costs}, with the
 * premium {@code b x premium%} and the tax {@code (b + premium) x tax%} (or {@code b x tax%} when
 * the premium is not taxed), each rounded half-up to the cent. The sale side (price, fees,
 * shipping) does not depend on the bid, so net proceeds {@code N} are fixed, the landed cost
 * strictly rises with the bid, and "reaches the target ROI" ({@code (N - cost) x 100 >= roi x
 * cost}, exact) holds for every bid up to some cent and for none above. A binary search over cents
 * finds that bid: it reaches the target and one cent more does not.
 *
 * <p>Invoice rounding: an auction house rounds premium and tax on the whole invoice and Resell
 * spreads them over the lots by bid ({@link CostAllocator}); a lot's share can differ by a cent
 * from the per-lot rounding used here. See docs/MONEY.md.
 */
public class MaxBidCalculator {

  private final PricingCalculator pricing;

  public MaxBidCalculator(PricingCalculator pricing) {
    this.pricing = pricing;
  }

  /**
   * The highest hammer bid, to the cent, that still reaches {@code targetRoiPercent}; empty when
   * even a bid of zero does not.
   */
  public Optional<MaxBid> maxBid(
      Platform platform,
      Category category,
      BigDecimal expectedSalePrice,
      SaleAssumptions sale,
      AuctionTerms terms,
      BigDecimal targetRoiPercent) {
    if (targetRoiPercent == null || targetRoiPercent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      throw new IllegalArgumentException("targetRoiPercent must be greater than -100");
    }
    MaxBid atZero = atBid(platform, category, expectedSalePrice, sale, terms, BigDecimal.ZERO);
    if (!PricingCalculator.reaches(atZero.sale(), targetRoiPercent)) return Optional.empty();
    // The cost may not exceed N x 100 / (100 + roi); the bid alone is part of the cost.
    BigDecimal netProceeds = atZero.sale().netProceeds();
    BigDecimal costCeiling =
        netProceeds
            .multiply(Cents.HUNDRED)
            .divide(Cents.HUNDRED.add(targetRoiPercent), 2, RoundingMode.FLOOR);
    long lo = 0; // reaches the target
    long hi = Math.max(1, costCeiling.movePointRight(2).longValueExact() + 1); // does not
    while (hi - lo > 1) {
      long mid = lo + (hi - lo) / 2;
      MaxBid candidate =
          atBid(platform, category, expectedSalePrice, sale, terms, BigDecimal.valueOf(mid, 2));
      if (PricingCalculator.reaches(candidate.sale(), targetRoiPercent)) lo = mid;
      else hi = mid;
    }
    return Optional.of(
        atBid(platform, category, expectedSalePrice, sale, terms, BigDecimal.valueOf(lo, 2)));
  }

  /** The costs of a hammer bid and the expected sale with that landed cost. */
  public MaxBid atBid(
      Platform platform,
      Category category,
      BigDecimal expectedSalePrice,
      SaleAssumptions sale,
      AuctionTerms terms,
      BigDecimal hammer) {
    if (hammer == null || hammer.signum() < 0) {
      throw new IllegalArgumentException("hammer must be zero or more");
    }
    if (terms == null) throw new IllegalArgumentException("auction terms are required");
    BigDecimal bid = Cents.round(hammer);
    BigDecimal premium =
        Cents.round(Cents.percentOf(bid, Cents.orZero(terms.buyersPremiumPercent())));
    BigDecimal taxable = terms.premiumTaxed() ? bid.add(premium) : bid;
    BigDecimal tax = Cents.round(Cents.percentOf(taxable, Cents.orZero(terms.salesTaxPercent())));
    BigDecimal other = Cents.round(Cents.orZero(terms.otherCosts()));
    if (premium.signum() < 0 || tax.signum() < 0 || other.signum() < 0) {
      throw new IllegalArgumentException("premium, tax and other costs must not be negative");
    }
    BigDecimal landed = bid.add(premium).add(tax).add(other);
    PriceQuote quote = pricing.quote(platform, category, landed, expectedSalePrice, sale);
    return new MaxBid(bid, premium, tax, other, landed, quote);
  }
}

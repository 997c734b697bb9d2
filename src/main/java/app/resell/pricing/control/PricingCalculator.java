package app.resell.pricing.control;

import app.resell.money.control.Cents;
import app.resell.money.control.FeeCalculator;
import app.resell.money.entity.FeeBreakdown;
import app.resell.pricing.entity.PriceQuote;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * List prices that reach a return on the landed cost after a platform's fees.
 *
 * <p>"Reaches the target ROI" is exact, with no rounding: {@code netProfit x 100 >= targetRoi x
 * landedCost}. {@link #lowestPrice} returns the lowest price {@code p}, to the cent, that reaches
 * it: {@code p} reaches the target and no cheaper price does. Fees are piecewise linear with
 * minima, caps, tiers, flat-fee thresholds and per-order steps, and each component is rounded, so
 * profit is not monotone cent by cent (Poshmark: $14.99 keeps more than $15.00). What does hold,
 * because fees never fall as the price rises ({@link FeeScheduleValidator}), is that profit rises
 * by at most the price increase: {@code profit(p + d) <= profit(p) + d}. So when {@code p} falls
 * short by {@code s}, no price below {@code p + s} can reach the target, and the search leaps
 * there. It starts at one cent and stops at the first price that reaches the target; every price it
 * skipped was proven short.
 */
public class PricingCalculator {

  /** Beyond this a target counts as unreachable (only fee rates near 100% get here). */
  static final BigDecimal MAX_PRICE = new BigDecimal("10000000.00");

  private static final int MAX_STEPS = 100_000;

  private final FeeCalculator fees;

  public PricingCalculator(FeeCalculator fees) {
    this.fees = fees;
  }

  /** Profit and ROI when one unit sells at {@code listPrice}. */
  public PriceQuote quote(
      Platform platform,
      Category category,
      BigDecimal landedCost,
      BigDecimal listPrice,
      SaleAssumptions assumptions) {
    if (landedCost == null || landedCost.signum() < 0) {
      throw new IllegalArgumentException("landedCost must be zero or more");
    }
    if (listPrice == null) throw new IllegalArgumentException("listPrice is required");
    SaleAssumptions a = assumptions == null ? SaleAssumptions.NONE : assumptions;
    BigDecimal shippingCharged = Cents.orZero(a.shippingCharged());
    BigDecimal salesTax =
        Cents.round(
            Cents.percentOf(
                listPrice.add(shippingCharged), Cents.orZero(a.buyerSalesTaxPercent())));
    FeeBreakdown breakdown =
        fees.compute(platform, category, listPrice, shippingCharged, salesTax, 1);
    BigDecimal revenue = Cents.round(listPrice.add(shippingCharged));
    BigDecimal netProceeds =
        revenue.subtract(breakdown.total()).subtract(Cents.round(Cents.orZero(a.shippingCost())));
    BigDecimal cost = Cents.round(landedCost);
    BigDecimal netProfit = netProceeds.subtract(cost);
    return new PriceQuote(
        platform,
        Cents.round(listPrice),
        salesTax,
        breakdown,
        netProceeds,
        cost,
        netProfit,
        Cents.percentage(netProfit, cost),
        Cents.percentage(netProfit, revenue));
  }

  /**
   * The lowest list price, to the cent, whose profit reaches {@code targetRoiPercent} of the landed
   * cost; empty when no price up to $10,000,000 does.
   */
  public Optional<PriceQuote> lowestPrice(
      Platform platform,
      Category category,
      BigDecimal landedCost,
      BigDecimal targetRoiPercent,
      SaleAssumptions assumptions) {
    if (targetRoiPercent == null)
      throw new IllegalArgumentException("targetRoiPercent is required");
    BigDecimal target = requiredProfit(landedCost, targetRoiPercent);
    BigDecimal price = Cents.ONE_CENT;
    for (int step = 0; step < MAX_STEPS && price.compareTo(MAX_PRICE) <= 0; step++) {
      PriceQuote quote = quote(platform, category, landedCost, price, assumptions);
      BigDecimal shortfall = target.subtract(quote.netProfit());
      if (shortfall.signum() <= 0) return Optional.of(quote);
      price = price.add(shortfall.setScale(2, RoundingMode.CEILING).max(Cents.ONE_CENT));
    }
    return Optional.empty();
  }

  /** {@link #lowestPrice} on every platform where the target can be reached. */
  public Map<Platform, PriceQuote> lowestPrices(
      Category category,
      BigDecimal landedCost,
      BigDecimal targetRoiPercent,
      SaleAssumptions assumptions) {
    Map<Platform, PriceQuote> prices = new EnumMap<>(Platform.class);
    for (Platform p : Platform.values()) {
      lowestPrice(p, category, landedCost, targetRoiPercent, assumptions)
          .ifPresent(q -> prices.put(p, q));
    }
    return prices;
  }

  /** Whether a quote reaches the target, exactly: {@code profit x 100 >= roi x cost}. */
  public static boolean reaches(PriceQuote quote, BigDecimal targetRoiPercent) {
    return quote
            .netProfit()
            .multiply(Cents.HUNDRED)
            .compareTo(targetRoiPercent.multiply(quote.landedCost()))
        >= 0;
  }

  /** {@code roi x cost / 100}, exact. */
  static BigDecimal requiredProfit(BigDecimal landedCost, BigDecimal targetRoiPercent) {
    if (landedCost == null || landedCost.signum() < 0) {
      throw new IllegalArgumentException("landedCost must be zero or more");
    }
    return Cents.percentOf(Cents.round(landedCost), targetRoiPercent);
  }
}

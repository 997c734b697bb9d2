package app.resell.money.control;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeBase;
import app.resell.money.entity.FeeBreakdown;
import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.OrderFeeStep;
import app.resell.money.entity.PerOrderFee;
import app.resell.money.entity.ProcessingFee;
import app.resell.money.entity.RateTier;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;

/**
 * What a platform takes from one sale, by its {@link FeeSchedule}. Each component (final value fee,
 * per-order fee, payment processing, listing fee) is rounded half-up to the cent on its own,
 * because that is how the platforms bill them; the total is the sum of the rounded components.
 *
 * <p>Given a fixed shipping charge and tax, every component is non-decreasing in the sold price
 * (guaranteed by {@link FeeScheduleValidator}); the pricing solver depends on it.
 */
public class FeeCalculator {

  private final FeeSchedules schedules;

  public FeeCalculator(FeeSchedules schedules) {
    this.schedules = schedules;
  }

  public FeeSchedules schedules() {
    return schedules;
  }

  /**
   * The fees for selling {@code quantity} units at {@code soldPrice} each in one order.
   *
   * @param category the item's category, or {@code null} for the platform's default group
   * @param soldPrice the price of one unit
   * @param shippingCharged what the buyer paid for shipping for the whole order, or {@code null}
   * @param salesTaxCollected the sales tax the platform collected on the order, or {@code null}
   * @param quantity units sold in this order, at least 1
   */
  public FeeBreakdown compute(
      Platform platform,
      Category category,
      BigDecimal soldPrice,
      BigDecimal shippingCharged,
      BigDecimal salesTaxCollected,
      int quantity) {
    if (platform == null) throw new IllegalArgumentException("platform is required");
    if (soldPrice == null || soldPrice.signum() < 0) {
      throw new IllegalArgumentException("soldPrice must be zero or more");
    }
    if (quantity < 1) throw new IllegalArgumentException("quantity must be at least 1");
    BigDecimal shipping = Cents.orZero(shippingCharged);
    BigDecimal tax = Cents.orZero(salesTaxCollected);
    if (shipping.signum() < 0 || tax.signum() < 0) {
      throw new IllegalArgumentException("shipping and sales tax must not be negative");
    }
    Amounts amounts = new Amounts(soldPrice.multiply(BigDecimal.valueOf(quantity)), shipping, tax);
    FeeSchedule schedule = schedules.forPlatform(platform);
    CommissionGroup group = schedules.commissionFor(platform, category);
    BigDecimal units = BigDecimal.valueOf(quantity);

    BigDecimal finalValue =
        Cents.round(
            commission(group, amounts.of(base(group.base())))
                .add(Cents.orZero(group.perItemFee()).multiply(units)));
    BigDecimal perOrder =
        Cents.round(
            perOrderFee(schedule.perOrder(), amounts)
                .add(Cents.orZero(schedule.perItemFee()).multiply(units)));
    BigDecimal processing = Cents.round(processingFee(schedule.processing(), amounts));
    BigDecimal listing = Cents.round(Cents.orZero(schedule.listingFeePerItem()).multiply(units));
    BigDecimal total = finalValue.add(perOrder).add(processing).add(listing);
    return new FeeBreakdown(group.name(), finalValue, perOrder, processing, listing, total);
  }

  /** The commission before the per-item part: flat fee or tiers, then minimum and maximum. */
  static BigDecimal commission(CommissionGroup g, BigDecimal base) {
    boolean flat = g.flatFee() != null && base.compareTo(g.flatBelow()) < 0;
    return flat ? g.flatFee() : tieredFee(g, base);
  }

  /** Marginal tiers on {@code base}, then raised to the minimum and capped at the maximum. */
  static BigDecimal tieredFee(CommissionGroup g, BigDecimal base) {
    BigDecimal fee = BigDecimal.ZERO;
    BigDecimal lower = BigDecimal.ZERO;
    for (RateTier tier : g.tiers()) {
      BigDecimal upper = tier.upTo() == null ? base : tier.upTo().min(base);
      if (upper.compareTo(lower) > 0) {
        fee = fee.add(Cents.percentOf(upper.subtract(lower), tier.ratePercent()));
      }
      if (tier.upTo() == null || base.compareTo(tier.upTo()) <= 0) break;
      lower = tier.upTo();
    }
    if (g.minimum() != null) fee = fee.max(g.minimum());
    if (g.maximum() != null) fee = fee.min(g.maximum());
    return fee;
  }

  private static BigDecimal perOrderFee(PerOrderFee perOrder, Amounts amounts) {
    if (perOrder == null) return BigDecimal.ZERO;
    BigDecimal total = amounts.of(base(perOrder.base()));
    for (OrderFeeStep step : perOrder.steps()) {
      if (step.upTo() == null || total.compareTo(step.upTo()) <= 0) return step.fee();
    }
    throw new IllegalStateException("per-order steps must end with an open step");
  }

  private static BigDecimal processingFee(ProcessingFee p, Amounts amounts) {
    if (p == null) return BigDecimal.ZERO;
    return Cents.percentOf(amounts.of(base(p.base())), p.ratePercent()).add(p.fixedFee());
  }

  private static FeeBase base(String spelling) {
    return FeeBase.parse(spelling).orElseThrow();
  }

  private record Amounts(BigDecimal item, BigDecimal shipping, BigDecimal tax) {
    BigDecimal of(FeeBase base) {
      return switch (base) {
        case ITEM -> item;
        case ITEM_AND_SHIPPING -> item.add(shipping);
        case ITEM_SHIPPING_AND_TAX -> item.add(shipping).add(tax);
      };
    }
  }
}

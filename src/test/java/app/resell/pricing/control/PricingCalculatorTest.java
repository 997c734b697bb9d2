package app.resell.pricing.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.money.control.FeeCalculator;
import app.resell.money.control.FeeSchedules;
import app.resell.pricing.entity.PriceQuote;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class PricingCalculatorTest {

  private static final Category ANY = Category.COLLECTIBLES;

  private final PricingCalculator pricing =
      new PricingCalculator(new FeeCalculator(FeeSchedules.defaults()));

  @Test
  void mercariPriceForFiftyPercentRoi() {
    // cost 10, ROI 50% -> profit 5.00 -> need p - round(10% p) >= 15.00
    // 16.67: fee 1.667 -> 1.67, keeps 15.00; 16.66: fee 1.666 -> 1.67, keeps 14.99
    PriceQuote q = lowest(Platform.MERCARI, "10.00", "50", SaleAssumptions.NONE).orElseThrow();

    assertThat(q.listPrice()).isEqualTo(m("16.67"));
    assertThat(q.netProfit()).isEqualTo(m("5.00"));
    assertThat(q.roiPercent()).isEqualTo(m("50.00"));
  }

  @Test
  void poshmarkFindsTheCheaperPriceBelowTheFlatFeeThreshold() {
    // cost 10, target profit 2.03 -> keep 12.03: 14.98 - 2.95 = 12.03, while 15.00 keeps only
    // 15.00 - 3.00 = 12.00: profit is not monotone, the lowest price is below the threshold
    assertThat(lowest(Platform.POSHMARK, "10.00", "20.30", SaleAssumptions.NONE))
        .map(PriceQuote::listPrice)
        .contains(m("14.98"));
  }

  @Test
  void poshmarkAboveTheThresholdUsesRoundingInTheSellersFavour() {
    // keep 12.10: below $15 the most kept is 14.99 - 2.95 = 12.04; at 20%, 0.8p >= 12.10 gives
    // p >= 15.125, but 15.12 pays 3.024 -> 3.02 and keeps 12.10; 15.11 pays 3.02, keeps 12.09
    assertThat(lowest(Platform.POSHMARK, "10.00", "21", SaleAssumptions.NONE))
        .map(PriceQuote::listPrice)
        .contains(m("15.12"));
  }

  @Test
  void ebayBreakEvenBelowTheTenDollarStep() {
    // cost 5, ROI 0%: p - round(13.6% p) - 0.30 >= 5
    // 6.13: 0.83368 -> 0.83 + 0.30 = 1.13, keeps 5.00; 6.12: 0.83232 -> 0.83, keeps 4.99
    assertThat(lowest(Platform.EBAY, "5.00", "0", SaleAssumptions.NONE))
        .map(PriceQuote::listPrice)
        .contains(m("6.13"));
  }

  @Test
  void quotesProfitAtTheCurrentListPrice() {
    // eBay 50.00 + 8.00 shipping charged, 8% tax = 4.64; fees 8.52 + 0.40 = 8.92;
    // proceeds 58 - 8.92 - 7.35 postage = 41.73; cost 12 -> profit 29.73, ROI 247.75%,
    // margin 29.73 / 58 = 51.26%
    PriceQuote q =
        pricing.quote(
            Platform.EBAY,
            ANY,
            m("12.00"),
            m("50.00"),
            new SaleAssumptions(m("8.00"), m("7.35"), m("8")));

    assertThat(q.salesTax()).isEqualTo(m("4.64"));
    assertThat(q.fees().total()).isEqualTo(m("8.92"));
    assertThat(q.netProceeds()).isEqualTo(m("41.73"));
    assertThat(q.netProfit()).isEqualTo(m("29.73"));
    assertThat(q.roiPercent()).isEqualTo(m("247.75"));
    assertThat(q.marginPercent()).isEqualTo(m("51.26"));
  }

  @Test
  void pricesEveryPlatformAndLocalNeedsNoMarkupForFees() {
    // local: no fees, cost 20, ROI 100% -> 40.00 exactly
    Map<Platform, PriceQuote> prices =
        pricing.lowestPrices(ANY, m("20.00"), m("100"), SaleAssumptions.NONE);

    assertThat(prices).containsOnlyKeys(Platform.values());
    assertThat(prices.get(Platform.LOCAL).listPrice()).isEqualTo(m("40.00"));
    assertThat(prices.get(Platform.POSHMARK).listPrice())
        .isGreaterThan(prices.get(Platform.MERCARI).listPrice());
  }

  @Property(tries = 300)
  void theLowestPriceReachesTheTargetAndOneCentLessDoesNot(
      @ForAll Platform platform,
      @ForAll Category category,
      @ForAll @BigRange(min = "0", max = "3000") @Scale(2) BigDecimal cost,
      @ForAll @BigRange(min = "-50", max = "300") @Scale(2) BigDecimal roi,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shippingCharged,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shippingCost,
      @ForAll @BigRange(min = "0", max = "10") @Scale(3) BigDecimal taxPercent) {
    SaleAssumptions a = new SaleAssumptions(shippingCharged, shippingCost, taxPercent);

    PriceQuote q = pricing.lowestPrice(platform, category, cost, roi, a).orElseThrow();

    assertThat(PricingCalculator.reaches(q, roi)).isTrue();
    assertThat(q.listPrice().scale()).isEqualTo(2);
    if (q.listPrice().compareTo(m("0.01")) > 0) {
      PriceQuote cheaper =
          pricing.quote(platform, category, cost, q.listPrice().subtract(m("0.01")), a);
      assertThat(PricingCalculator.reaches(cheaper, roi)).isFalse();
    }
  }

  @Property(tries = 100)
  void noCheaperPriceAtAllReachesTheTarget(
      @ForAll Platform platform,
      @ForAll Category category,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal cost,
      @ForAll @BigRange(min = "0", max = "100") @Scale(1) BigDecimal roi,
      @ForAll @BigRange(min = "0", max = "10") @Scale(2) BigDecimal shippingCharged,
      @ForAll @BigRange(min = "0", max = "10") @Scale(2) BigDecimal taxPercent) {
    SaleAssumptions a = new SaleAssumptions(shippingCharged, m("5.00"), taxPercent);
    BigDecimal lowest =
        pricing.lowestPrice(platform, category, cost, roi, a).orElseThrow().listPrice();

    for (BigDecimal p = m("0.01"); p.compareTo(lowest) < 0; p = p.add(m("0.01"))) {
      assertThat(PricingCalculator.reaches(pricing.quote(platform, category, cost, p, a), roi))
          .as("price %s below the answer %s", p, lowest)
          .isFalse();
    }
  }

  private Optional<PriceQuote> lowest(
      Platform platform, String cost, String roi, SaleAssumptions a) {
    return pricing.lowestPrice(platform, ANY, m(cost), m(roi), a);
  }

  private static BigDecimal m(String text) {
    return new BigDecimal(text);
  }
}

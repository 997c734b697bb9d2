package app.resell.pricing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.money.control.FeeCalculator;
import app.resell.money.control.FeeSchedules;
import app.resell.pricing.entity.AuctionTerms;
import app.resell.pricing.entity.MaxBid;
import app.resell.pricing.entity.SaleAssumptions;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class MaxBidCalculatorTest {

  private final MaxBidCalculator calculator =
      new MaxBidCalculator(new PricingCalculator(new FeeCalculator(FeeSchedules.defaults())));

  @Test
  void highestBidWithTaxedPremium() {
    // local sale at 100, no fees: ROI 25% -> cost <= 100 / 1.25 = 80.00
    // 60.61: premium 20% = 12.122 -> 12.12; tax 10% of 72.73 = 7.273 -> 7.27; cost 80.00
    // 60.62: premium 12.124 -> 12.12; tax 7.274 -> 7.27; cost 80.01 -> short
    MaxBid bid =
        max(Platform.LOCAL, "100", AuctionTerms.taxedPremium(m("20"), m("10"), null), "25")
            .orElseThrow();

    assertThat(bid.hammer()).isEqualTo(m("60.61"));
    assertThat(bid.buyersPremium()).isEqualTo(m("12.12"));
    assertThat(bid.salesTax()).isEqualTo(m("7.27"));
    assertThat(bid.landedCost()).isEqualTo(m("80.00"));
    assertThat(bid.sale().roiPercent()).isEqualTo(m("25.00"));
  }

  @Test
  void untaxedPremiumAllowsAHigherBid() {
    // cost = b + 20% b + 10% b: 61.54 -> 12.308 -> 12.31, 6.154 -> 6.15, cost 80.00
    // 61.55 -> 12.31, 6.155 -> 6.16 (half-up), cost 80.02 -> short
    MaxBid bid =
        max(Platform.LOCAL, "100", new AuctionTerms(m("20"), m("10"), false, null), "25")
            .orElseThrow();

    assertThat(bid.hammer()).isEqualTo(m("61.54"));
    assertThat(bid.landedCost()).isEqualTo(m("80.00"));
  }

  @Test
  void ebayResaleBreakdown() {
    // sale: 100 + 10 shipping charged; fees 13.6% x 110 = 14.96 + 0.40 = 15.36;
    // proceeds 110 - 15.36 - 9.00 postage = 85.64; ROI 30% -> cost <= 85.64 / 1.3 = 65.8769
    // 48.21: premium 18% = 8.6778 -> 8.68; tax 7% x 56.89 = 3.9823 -> 3.98; + 5 = 65.87
    // 48.22: 8.6796 -> 8.68; 7% x 56.90 = 3.983 -> 3.98; + 5 = 65.88 -> short
    // profit 85.64 - 65.87 = 19.77; ROI 19.77 / 65.87 = 30.0137 -> 30.01
    MaxBid bid =
        calculator
            .maxBid(
                Platform.EBAY,
                Category.COLLECTIBLES,
                m("100.00"),
                new SaleAssumptions(m("10.00"), m("9.00"), null),
                AuctionTerms.taxedPremium(m("18"), m("7"), m("5.00")),
                m("30"))
            .orElseThrow();

    assertThat(bid.hammer()).isEqualTo(m("48.21"));
    assertThat(bid.buyersPremium()).isEqualTo(m("8.68"));
    assertThat(bid.salesTax()).isEqualTo(m("3.98"));
    assertThat(bid.otherCosts()).isEqualTo(m("5.00"));
    assertThat(bid.landedCost()).isEqualTo(m("65.87"));
    assertThat(bid.sale().fees().total()).isEqualTo(m("15.36"));
    assertThat(bid.sale().netProceeds()).isEqualTo(m("85.64"));
    assertThat(bid.sale().netProfit()).isEqualTo(m("19.77"));
    assertThat(bid.sale().roiPercent()).isEqualTo(m("30.01"));
  }

  @Test
  void noBidWhenOtherCostsAloneMissTheTarget() {
    // 10.00 on eBay keeps 10 - 1.36 - 0.30 = 8.34 < 20.00 other costs
    assertThat(
            max(Platform.EBAY, "10.00", AuctionTerms.taxedPremium(m("18"), m("7"), m("20")), "0"))
        .isEmpty();
  }

  @Test
  void rejectsATargetThatAnyBidWouldMeet() {
    assertThatThrownBy(
            () ->
                max(Platform.LOCAL, "100", AuctionTerms.taxedPremium(m("0"), m("0"), null), "-100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than -100");
  }

  @Property(tries = 300)
  void theMaxBidReachesTheTargetAndOneCentMoreDoesNot(
      @ForAll Platform platform,
      @ForAll Category category,
      @ForAll @BigRange(min = "1", max = "20000") @Scale(2) BigDecimal salePrice,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shippingCharged,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shippingCost,
      @ForAll @BigRange(min = "0", max = "30") @Scale(2) BigDecimal premium,
      @ForAll @BigRange(min = "0", max = "10") @Scale(3) BigDecimal tax,
      @ForAll boolean premiumTaxed,
      @ForAll @BigRange(min = "0", max = "50") @Scale(2) BigDecimal other,
      @ForAll @BigRange(min = "-50", max = "300") @Scale(2) BigDecimal roi) {
    SaleAssumptions sale = new SaleAssumptions(shippingCharged, shippingCost, null);
    AuctionTerms terms = new AuctionTerms(premium, tax, premiumTaxed, other);

    Optional<MaxBid> bid = calculator.maxBid(platform, category, salePrice, sale, terms, roi);

    if (bid.isEmpty()) {
      MaxBid zero = calculator.atBid(platform, category, salePrice, sale, terms, BigDecimal.ZERO);
      assertThat(PricingCalculator.reaches(zero.sale(), roi)).isFalse();
      return;
    }
    assertThat(PricingCalculator.reaches(bid.get().sale(), roi)).isTrue();
    MaxBid oneMore =
        calculator.atBid(
            platform, category, salePrice, sale, terms, bid.get().hammer().add(m("0.01")));
    assertThat(PricingCalculator.reaches(oneMore.sale(), roi)).isFalse();
  }

  private Optional<MaxBid> max(Platform platform, String price, AuctionTerms terms, String roi) {
    return calculator.maxBid(
        platform, Category.COLLECTIBLES, m(price), SaleAssumptions.NONE, terms, m(roi));
  }

  private static BigDecimal m(String text) {
    return new BigDecimal(text);
  }
}

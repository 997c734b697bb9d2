package app.resell.money.control;

import static app.resell.taxonomy.entity.Category.BOOKS;
import static app.resell.taxonomy.entity.Category.COINS;
import static app.resell.taxonomy.entity.Category.COLLECTIBLES;
import static app.resell.taxonomy.entity.Category.ELECTRONICS;
import static app.resell.taxonomy.entity.Category.FURNITURE;
import static app.resell.taxonomy.entity.Category.JEWELRY;
import static app.resell.taxonomy.entity.Category.VINTAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.money.entity.CommissionGroup;
import app.resell.money.entity.FeeBreakdown;
import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.RateTier;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hand-computed fees with the shipped defaults; the arithmetic is in the comments. */
class FeeCalculatorTest {

  private final FeeCalculator calculator = new FeeCalculator(FeeSchedules.defaults());

  @Test
  void ebayChargesFinalValueOnItemShippingAndTaxPlusPerOrderFee() {
    // base 50 + 8 + 4.64 = 62.64; 13.6% = 8.51904 -> 8.52; order > $10 -> 0.40; total 8.92
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "50.00", "8.00", "4.64", 1))
        .isEqualTo(breakdown("default", "8.52", "0.40", "0.00", "0.00", "8.92"));
  }

  @Test
  void ebayDropsToTheLowerRateOnlyAboveTheTierThreshold() {
    // 7,500.00 at 13.6% = 1,020.00 exactly; + 0.40
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "7500.00", null, null, 1))
        .isEqualTo(breakdown("default", "1020.00", "0.40", "0.00", "0.00", "1020.40"));
    // 7,500.01: 1,020.00 + 0.01 x 2.35% = 1,020.000235 -> 1,020.00
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "7500.01", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("1020.00"));
    // 8,000.00: 1,020.00 + 500 x 2.35% = 1,020.00 + 11.75 = 1,031.75
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "8000.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("1031.75"));
  }

  @Test
  void ebayPerOrderFeeStepsUpAboveTenDollarsOfOrderTotal() {
    // $10.00 order: 13.6% = 1.36, per-order 0.30 (<= $10) -> 1.66
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "10.00", null, null, 1))
        .isEqualTo(breakdown("default", "1.36", "0.30", "0.00", "0.00", "1.66"));
    // $10.01: 13.6% = 1.36136 -> 1.36, per-order 0.40 -> 1.76
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "10.01", null, null, 1))
        .isEqualTo(breakdown("default", "1.36", "0.40", "0.00", "0.00", "1.76"));
    // the order total includes tax: 9.50 + 0.76 = 10.26 > 10 -> 0.40
    assertThat(fees(Platform.EBAY, COLLECTIBLES, "9.50", null, "0.76", 1).perOrderFee())
        .isEqualTo(new BigDecimal("0.40"));
  }

  @Test
  void reproducesEbaysOwnPublishedExampleWithThe2024TradingCardRate() {
    // eBay's 2024 seller update: a $25 trading card (incl. shipping and tax) paid $3.61 before
    // and $3.71 after the per-order fee rose to $0.40: 25 x 13.25% = 3.3125 -> 3.31, + 0.40
    FeeSchedule ebay = FeeSchedules.defaults().forPlatform(Platform.EBAY);
    List<CommissionGroup> groups =
        ebay.commission().stream()
            .map(
                g ->
                    g.name().equals("default")
                        ? new CommissionGroup(
                            "default",
                            List.of(),
                            g.base(),
                            List.of(
                                new RateTier(new BigDecimal("7500"), new BigDecimal("13.25")),
                                new RateTier(null, new BigDecimal("2.35"))),
                            null,
                            null,
                            null,
                            null,
                            null)
                        : g)
            .toList();
    FeeSchedule cards =
        new FeeSchedule(
            ebay.platform(),
            ebay.plan(),
            ebay.source(),
            ebay.checkedOn(),
            ebay.verified(),
            ebay.notes(),
            groups,
            ebay.perOrder(),
            ebay.perItemFee(),
            ebay.listingFeePerItem(),
            ebay.processing());
    FeeCalculator with2024Rate = new FeeCalculator(FeeSchedules.defaults().with(cards));

    assertThat(
            with2024Rate
                .compute(Platform.EBAY, COLLECTIBLES, new BigDecimal("25.00"), null, null, 1)
                .total())
        .isEqualTo(new BigDecimal("3.71"));
  }

  @Test
  void ebayBooksRoundHalfUp() {
    // books group: (20 + 5) x 15.3% = 3.825 -> 3.83 (half-up, not half-even); + 0.40 = 4.23
    assertThat(fees(Platform.EBAY, BOOKS, "20.00", "5.00", null, 1))
        .isEqualTo(breakdown("books_media", "3.83", "0.40", "0.00", "0.00", "4.23"));
  }

  @Test
  void ebayJewelryAndCoinsUseTheirOwnTiers() {
    // jewelry: 5,000 x 15% = 750 + 1,000 x 9% = 90 -> 840.00
    assertThat(fees(Platform.EBAY, JEWELRY, "6000.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("840.00"));
    // coins (bullion tiers): 7,500 x 13.6% = 1,020 + 2,500 x 7% = 175 -> 1,195.00
    assertThat(fees(Platform.EBAY, COINS, "10000.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("1195.00"));
  }

  @Test
  void etsyChargesTransactionListingAndPaymentProcessing() {
    // transaction 6.5% x (30 + 6) = 2.34; listing 0.20;
    // processing 3% x (30 + 6 + 2.88) = 1.1664 + 0.25 = 1.4164 -> 1.42; total 3.96
    assertThat(fees(Platform.ETSY, VINTAGE, "30.00", "6.00", "2.88", 1))
        .isEqualTo(breakdown("default", "2.34", "0.00", "1.42", "0.20", "3.96"));
  }

  @Test
  void etsyChargesTheListingFeeForEveryUnitSold() {
    // 2 x 30 = 60; transaction 6.5% x 66 = 4.29; listing 2 x 0.20 = 0.40;
    // processing 3% x 66 = 1.98 + 0.25 = 2.23; total 6.92
    assertThat(fees(Platform.ETSY, VINTAGE, "30.00", "6.00", null, 2))
        .isEqualTo(breakdown("default", "4.29", "0.00", "2.23", "0.40", "6.92"));
  }

  @Test
  void facebookShippedSalesPayTenPercentWithAMinimum() {
    // 10% x 5.00 = 0.50 < 0.80 minimum -> 0.80
    assertThat(fees(Platform.FACEBOOK, VINTAGE, "5.00", null, null, 1).total())
        .isEqualTo(new BigDecimal("0.80"));
    // exactly at the minimum: 10% x 8.00 = 0.80
    assertThat(fees(Platform.FACEBOOK, VINTAGE, "8.00", null, null, 1).total())
        .isEqualTo(new BigDecimal("0.80"));
    // 10% x (20 + 5) = 2.50
    assertThat(fees(Platform.FACEBOOK, VINTAGE, "20.00", "5.00", null, 1).total())
        .isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void poshmarkIsFlatUnderFifteenDollarsAndTwentyPercentFromFifteen() {
    // 14.99 < 15 -> flat 2.95 (buyer-paid shipping is not in the base)
    assertThat(fees(Platform.POSHMARK, Category.CLOTHING, "14.99", "7.97", null, 1).total())
        .isEqualTo(new BigDecimal("2.95"));
    // 15.00 -> 20% = 3.00
    assertThat(fees(Platform.POSHMARK, Category.CLOTHING, "15.00", "7.97", null, 1).total())
        .isEqualTo(new BigDecimal("3.00"));
    // 100.00 -> 20.00
    assertThat(fees(Platform.POSHMARK, Category.CLOTHING, "100.00", null, null, 1).total())
        .isEqualTo(new BigDecimal("20.00"));
  }

  @Test
  void mercariChargesTenPercentOfItemAndShippingWithoutProcessing() {
    // 10% x (40 + 6) = 4.60
    assertThat(fees(Platform.MERCARI, VINTAGE, "40.00", "6.00", "3.00", 1))
        .isEqualTo(breakdown("default", "4.60", "0.00", "0.00", "0.00", "4.60"));
  }

  @Test
  void depopChargesOnlyPaymentProcessing() {
    // 3.3% x (25 + 5) = 0.99 + 0.45 = 1.44
    assertThat(fees(Platform.DEPOP, Category.CLOTHING, "25.00", "5.00", null, 1))
        .isEqualTo(breakdown("default", "0.00", "0.00", "1.44", "0.00", "1.44"));
  }

  @Test
  void whatnotChargesCommissionOnItemAndProcessingOnTheWholeOrder() {
    // commission 8% x 50 = 4.00; processing 2.9% x (50 + 5 + 4.40) = 1.7226 + 0.30 -> 2.02
    assertThat(fees(Platform.WHATNOT, COLLECTIBLES, "50.00", "5.00", "4.40", 1))
        .isEqualTo(breakdown("default", "4.00", "0.00", "2.02", "0.00", "6.02"));
    // coins 4% x 50 = 2.00; electronics 5% x 50 = 2.50
    assertThat(fees(Platform.WHATNOT, COINS, "50.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("2.00"));
    assertThat(fees(Platform.WHATNOT, ELECTRONICS, "50.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void rubyLaneServiceFeeIsCappedAtTwoHundredFifty() {
    // 9.9% x (200 + 15) = 21.285 -> 21.29
    assertThat(fees(Platform.RUBYLANE, Category.ANTIQUES, "200.00", "15.00", "9.00", 1).total())
        .isEqualTo(new BigDecimal("21.29"));
    // 9.9% x 3,000 = 297.00 -> capped at 250.00
    assertThat(fees(Platform.RUBYLANE, Category.ANTIQUES, "3000.00", null, null, 1).total())
        .isEqualTo(new BigDecimal("250.00"));
  }

  @Test
  void rubyLaneCapsOneListingWhateverTheQuantity() {
    // Ruby Lane's own example: 10 plates of one listing bought together for $5,000:
    // 9.9% x 5,000 = 495.00 -> one cap of 250.00 for the listing
    assertThat(fees(Platform.RUBYLANE, Category.CHINA, "500.00", null, null, 10).total())
        .isEqualTo(new BigDecimal("250.00"));
  }

  @Test
  void amazonIndividualPlanAddsReferralPerItemAndMediaClosingFees() {
    // referral 15% x (20 + 4) = 3.60; per item 0.99; total 4.59
    assertThat(fees(Platform.AMAZON, ELECTRONICS, "20.00", "4.00", null, 1))
        .isEqualTo(breakdown("default", "3.60", "0.99", "0.00", "0.00", "4.59"));
    // book: 15% x (10 + 3.99) = 2.0985 + 1.80 closing = 3.8985 -> 3.90; + 0.99 = 4.89
    assertThat(fees(Platform.AMAZON, BOOKS, "10.00", "3.99", null, 1))
        .isEqualTo(breakdown("media", "3.90", "0.99", "0.00", "0.00", "4.89"));
    // jewelry: 250 x 20% = 50 + 50 x 5% = 2.50 -> 52.50
    assertThat(fees(Platform.AMAZON, JEWELRY, "300.00", null, null, 1).finalValueFee())
        .isEqualTo(new BigDecimal("52.50"));
  }

  @Test
  void shopifyChargesCardProcessingOnTheWholeOrder() {
    // 2.9% x (40 + 5 + 3.60) = 1.4094 + 0.30 = 1.7094 -> 1.71
    assertThat(fees(Platform.SHOPIFY, VINTAGE, "40.00", "5.00", "3.60", 1))
        .isEqualTo(breakdown("default", "0.00", "0.00", "1.71", "0.00", "1.71"));
  }

  @Test
  void chairishTakesTwentyPercentOfTheItemPrice() {
    // 20% x 500 = 100.00 (shipping not in the base)
    assertThat(fees(Platform.CHAIRISH, FURNITURE, "500.00", "50.00", null, 1).total())
        .isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void boothTakesItsCommissionOnTheItemPrice() {
    // 10% x 45 = 4.50
    assertThat(fees(Platform.BOOTH, Category.GLASS, "45.00", null, null, 1).total())
        .isEqualTo(new BigDecimal("4.50"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Platform.class,
      names = {"WORTHPOINT", "LOCAL", "OTHER"})
  void noFeeWhereNothingIsCharged(Platform platform) {
    assertThat(fees(platform, VINTAGE, "100.00", "10.00", "8.00", 1))
        .isEqualTo(breakdown("default", "0.00", "0.00", "0.00", "0.00", "0.00"));
  }

  @Test
  void rejectsImpossibleSales() {
    assertThatThrownBy(() -> fees(Platform.EBAY, VINTAGE, "-1.00", null, null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("soldPrice");
    assertThatThrownBy(() -> fees(Platform.EBAY, VINTAGE, "1.00", null, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity");
  }

  @Property(tries = 500)
  void feesNeverFallAsThePriceRises(
      @ForAll Platform platform,
      @ForAll Category category,
      @ForAll @BigRange(min = "0", max = "20000") @Scale(2) BigDecimal price,
      @ForAll @BigRange(min = "0.01", max = "50") @Scale(2) BigDecimal increase,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shipping,
      @ForAll @BigRange(min = "0", max = "10") @Scale(2) BigDecimal taxPercent) {
    // the pricing solver's premise: with shipping fixed and tax following the price, a higher
    // price never pays less in fees
    BigDecimal higher = price.add(increase);
    BigDecimal lowFees =
        calculator
            .compute(platform, category, price, shipping, tax(price, shipping, taxPercent), 1)
            .total();
    BigDecimal highFees =
        calculator
            .compute(platform, category, higher, shipping, tax(higher, shipping, taxPercent), 1)
            .total();

    assertThat(highFees).isGreaterThanOrEqualTo(lowFees);
  }

  @Property(tries = 500)
  void theTotalIsTheSumOfComponentsEachInCents(
      @ForAll Platform platform,
      @ForAll Category category,
      @ForAll @BigRange(min = "0", max = "20000") @Scale(3) BigDecimal price,
      @ForAll @BigRange(min = "0", max = "40") @Scale(2) BigDecimal shipping,
      @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal tax,
      @ForAll @IntRange(min = 1, max = 12) int quantity) {
    FeeBreakdown f = calculator.compute(platform, category, price, shipping, tax, quantity);

    assertThat(
            List.of(
                f.finalValueFee(),
                f.perOrderFee(),
                f.paymentProcessingFee(),
                f.listingFee(),
                f.total()))
        .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
    assertThat(f.total())
        .isEqualTo(
            f.finalValueFee()
                .add(f.perOrderFee())
                .add(f.paymentProcessingFee())
                .add(f.listingFee()));
  }

  private static BigDecimal tax(BigDecimal price, BigDecimal shipping, BigDecimal percent) {
    return price
        .add(shipping)
        .multiply(percent)
        .movePointLeft(2)
        .setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private FeeBreakdown fees(
      Platform platform, Category category, String price, String shipping, String tax, int qty) {
    return calculator.compute(platform, category, money(price), money(shipping), money(tax), qty);
  }

  private static BigDecimal money(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static FeeBreakdown breakdown(
      String group, String fvf, String perOrder, String processing, String listing, String total) {
    return new FeeBreakdown(
        group,
        new BigDecimal(fvf),
        new BigDecimal(perOrder),
        new BigDecimal(processing),
        new BigDecimal(listing),
        new BigDecimal(total));
  }
}

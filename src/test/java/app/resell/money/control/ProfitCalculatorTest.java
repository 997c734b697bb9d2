package app.resell.money.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.money.entity.SaleFacts;
import app.resell.money.entity.SaleProfit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProfitCalculatorTest {

  private final ProfitCalculator calculator = new ProfitCalculator();

  @Test
  void ebaySaleYieldsNetProceedsProfitRoiMarginAndDays() {
    // revenue 50 + 8 = 58.00; net proceeds 58 - 8.92 fees - 7.35 postage = 41.73;
    // profit 41.73 - 12.00 = 29.73; ROI 29.73 / 12 = 247.75%; margin 29.73 / 58 = 51.2586 -> 51.26%
    // 2025-01-10 -> 2025-03-01 = 21 + 28 + 1 = 50 days; listed 2025-01-15 -> 45 days
    SaleProfit profit =
        calculator.compute(
            new SaleFacts(
                m("50.00"),
                1,
                m("8.00"),
                m("8.92"),
                m("7.35"),
                m("12.00"),
                1,
                0,
                LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 3, 1)));

    assertThat(profit)
        .isEqualTo(
            new SaleProfit(
                m("58.00"), m("41.73"), m("12.00"), m("29.73"), m("247.75"), m("51.26"), 50L, 45L));
  }

  @Test
  void roiIsUnknownForAFreeItemAndDaysUnknownWithoutDates() {
    // a free item: profit 20 - 2 = 18.00, ROI has no meaning, margin 18 / 20 = 90%
    SaleProfit profit =
        calculator.compute(
            new SaleFacts(m("20"), 1, null, m("2.00"), null, m("0.00"), 1, 0, null, null, null));

    assertThat(profit.netProfit()).isEqualTo(m("18.00"));
    assertThat(profit.roiPercent()).isNull();
    assertThat(profit.marginPercent()).isEqualTo(m("90.00"));
    assertThat(profit.daysToSell()).isNull();
    assertThat(profit.daysListed()).isNull();
  }

  @Test
  void aLossShowsAsNegativeRoi() {
    // 10 - 1.50 - 4.00 = 4.50 proceeds; 4.50 - 9.00 = -4.50; ROI -50.00%; margin -45.00%
    SaleProfit profit =
        calculator.compute(
            new SaleFacts(
                m("10.00"), 1, null, m("1.50"), m("4.00"), m("9.00"), 1, 0, null, null, null));

    assertThat(profit.netProfit()).isEqualTo(m("-4.50"));
    assertThat(profit.roiPercent()).isEqualTo(m("-50.00"));
    assertThat(profit.marginPercent()).isEqualTo(m("-45.00"));
  }

  @Test
  void unitsOfALotCarryEqualSharesWithTheExtraCentsOnTheFirstUnits() {
    // 10.00 over 3 units: 3.34, 3.33, 3.33
    assertThat(ProfitCalculator.landedCostOfUnits(m("10.00"), 3, 0, 1)).isEqualTo(m("3.34"));
    assertThat(ProfitCalculator.landedCostOfUnits(m("10.00"), 3, 1, 2)).isEqualTo(m("6.66"));
    assertThat(ProfitCalculator.landedCostOfUnits(m("10.00"), 3, 0, 3)).isEqualTo(m("10.00"));
  }

  @Test
  void aPartialSaleCountsOnlyItsUnits() {
    // 2 of 4 units of a 25.00 lot (6.25 each) sold at 9.00: revenue 18.00, fees 2.00 -> 16.00;
    // cost 12.50; profit 3.50; ROI 28.00%
    SaleProfit profit =
        calculator.compute(
            new SaleFacts(m("9.00"), 2, null, m("2.00"), null, m("25.00"), 4, 1, null, null, null));

    assertThat(profit.landedCost()).isEqualTo(m("12.50"));
    assertThat(profit.netProfit()).isEqualTo(m("3.50"));
    assertThat(profit.roiPercent()).isEqualTo(m("28.00"));
  }

  @Test
  void refusesToSellMoreUnitsThanTheItemHas() {
    assertThatThrownBy(() -> ProfitCalculator.landedCostOfUnits(m("10.00"), 3, 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units 3 to 4 of an item with 3 units");
  }

  @Property
  void partialSalesOfAllUnitsAddUpToTheCostExactly(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal cost,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 7) Integer> saleSizes) {
    int quantity = saleSizes.stream().mapToInt(Integer::intValue).sum();
    List<BigDecimal> parts = new ArrayList<>();
    int sold = 0;
    for (int size : saleSizes) {
      parts.add(ProfitCalculator.landedCostOfUnits(cost, quantity, sold, size));
      sold += size;
    }

    assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(cost);
    assertThat(parts).allSatisfy(p -> assertThat(p.scale()).isEqualTo(2));
  }

  @Property
  void aSaleOfKUnitsCostsWithinACentPerUnitOfItsProportionalShare(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal cost,
      @ForAll @IntRange(min = 1, max = 50) int quantity,
      @ForAll @IntRange(min = 0, max = 49) int before,
      @ForAll @IntRange(min = 1, max = 50) int units) {
    net.jqwik.api.Assume.that(before + units <= quantity);
    BigDecimal share = ProfitCalculator.landedCostOfUnits(cost, quantity, before, units);
    BigDecimal exact =
        cost.multiply(BigDecimal.valueOf(units))
            .divide(BigDecimal.valueOf(quantity), 10, java.math.RoundingMode.HALF_UP);

    assertThat(share.subtract(exact).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(units)));
  }

  private static BigDecimal m(String text) {
    return new BigDecimal(text);
  }
}

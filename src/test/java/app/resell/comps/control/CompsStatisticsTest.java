package app.resell.comps.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.comps.entity.CompSale;
import app.resell.comps.entity.CompsSummary;
import app.resell.comps.entity.MonthlyMedian;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CompsStatisticsTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private final CompsStatistics statistics = new CompsStatistics();

  @Test
  void summarizesPricesWithMedianTrimmedMeanAndRange() {
    // sorted: 5 10 12 14 15 16 18 20 22 500; median (15 + 16) / 2 = 15.50
    // 10 comps -> drop 1 each end: 10+12+14+15+16+18+20+22 = 127 / 8 = 15.875 -> 15.88
    CompsSummary s =
        statistics.summarize(
            comps("500", "5", "10", "12", "14", "15", "16", "18", "20", "22"), AS_OF);

    assertThat(s.count()).isEqualTo(10);
    assertThat(s.median()).isEqualTo(m("15.50"));
    assertThat(s.trimmedMean()).isEqualTo(m("15.88"));
    assertThat(s.min()).isEqualTo(m("5.00"));
    assertThat(s.max()).isEqualTo(m("500.00"));
  }

  @Test
  void trimsNothingBelowTenComps() {
    // 9 comps: floor(9 / 10) = 0 trimmed; (10+20+30+40+1000+1+2+3+4) = 1110 / 9 = 123.333 -> 123.33
    CompsSummary s =
        statistics.summarize(comps("10", "20", "30", "40", "1000", "1", "2", "3", "4"), AS_OF);

    assertThat(s.trimmedMean()).isEqualTo(m("123.33"));
    assertThat(s.median()).isEqualTo(m("10.00"));
  }

  @Test
  void medianOfTwoMiddlePricesRoundsHalfUp() {
    // (10.00 + 10.01) / 2 = 10.005 -> 10.01
    assertThat(statistics.summarize(comps("10.00", "10.01"), AS_OF).median()).isEqualTo(m("10.01"));
  }

  @Test
  void estimatesFromTheLastTwelveMonthsWhenThereAreThreeRecentComps() {
    List<CompSale> comps =
        List.of(
            comp("100", "2023-03-01"),
            comp("100", "2023-04-01"),
            comp("100", "2023-05-01"),
            comp("40", "2024-07-01"), // inside: after 2024-06-30
            comp("50", "2025-01-15"),
            comp("60", "2025-06-30"));

    CompsSummary s = statistics.summarize(comps, AS_OF);

    assertThat(s.estimatedValue()).isEqualTo(m("50.00"));
    assertThat(s.estimateBasis()).isEqualTo("last-12-months");
    // all six: 40 50 60 100 100 100 -> (60 + 100) / 2 = 80
    assertThat(s.median()).isEqualTo(m("80.00"));
  }

  @Test
  void estimatesFromAllCompsWhenFewerThanThreeAreRecent() {
    List<CompSale> comps =
        List.of(
            comp("100", "2023-03-01"),
            comp("90", "2024-06-30"), // exactly 12 months before: outside
            comp("50", "2025-01-15"),
            comp("60", "2025-06-30"));

    CompsSummary s = statistics.summarize(comps, AS_OF);

    // all: 50 60 90 100 -> (60 + 90) / 2 = 75
    assertThat(s.estimatedValue()).isEqualTo(m("75.00"));
    assertThat(s.estimateBasis()).isEqualTo("all");
  }

  @Test
  void trendIsTheLeastSquaresSlopeOfMonthlyMediansSkippingEmptyMonths() {
    // Jan: 8, 12 -> 10; Feb: 11; Apr: 15. x = 0, 1, 3; y = 10, 11, 15
    // n=3, Sx=4, Sy=36, Sxy=0+11+45=56, Sxx=0+1+9=10
    // slope = (3*56 - 4*36) / (3*10 - 16) = 24 / 14 = 1.714 -> 1.71 per month
    List<CompSale> comps =
        List.of(
            comp("8", "2025-01-03"),
            comp("12", "2025-01-20"),
            comp("11", "2025-02-10"),
            comp("15", "2025-04-01"));

    CompsSummary s = statistics.summarize(comps, AS_OF);

    assertThat(s.monthly())
        .containsExactly(
            new MonthlyMedian(YearMonth.of(2025, 1), 2, m("10.00")),
            new MonthlyMedian(YearMonth.of(2025, 2), 1, m("11.00")),
            new MonthlyMedian(YearMonth.of(2025, 4), 1, m("15.00")));
    assertThat(s.trendPerMonth()).isEqualTo(m("1.71"));
  }

  @Test
  void aFallingMarketHasANegativeTrend() {
    // 30, 20, 10 in three consecutive months: slope -10.00
    List<CompSale> comps =
        List.of(comp("30", "2025-01-05"), comp("20", "2025-02-05"), comp("10", "2025-03-05"));

    assertThat(statistics.summarize(comps, AS_OF).trendPerMonth()).isEqualTo(m("-10.00"));
  }

  @Test
  void noTrendFromASingleMonthAndNothingFromNoComps() {
    assertThat(statistics.summarize(comps("10", "20"), AS_OF).trendPerMonth()).isNull();

    CompsSummary empty = statistics.summarize(List.of(), AS_OF);
    assertThat(empty.count()).isZero();
    assertThat(empty.median()).isNull();
    assertThat(empty.estimatedValue()).isNull();
    assertThat(empty.monthly()).isEmpty();
  }

  @Property
  void centralValuesLieWithinTheRange(
      @ForAll @Size(min = 1, max = 60)
          List<@BigRange(min = "0", max = "5000") @Scale(2) BigDecimal> prices) {
    CompsSummary s =
        statistics.summarize(prices.stream().map(p -> new CompSale(p, AS_OF)).toList(), AS_OF);

    assertThat(s.count()).isEqualTo(prices.size());
    for (BigDecimal central : List.of(s.median(), s.trimmedMean(), s.estimatedValue())) {
      assertThat(central).isBetween(s.min(), s.max());
    }
  }

  @Property
  void aSteadyTrendIsRecoveredExactly(
      @ForAll @BigRange(min = "1", max = "500") @Scale(2) BigDecimal start,
      @ForAll @BigRange(min = "-5", max = "5") @Scale(2) BigDecimal perMonth,
      @ForAll @IntRange(min = 2, max = 24) int months) {
    // one comp per month on the line start + perMonth x month: the slope is perMonth
    List<CompSale> comps = new java.util.ArrayList<>();
    for (int i = 0; i < months; i++) {
      comps.add(
          new CompSale(
              start.add(perMonth.multiply(BigDecimal.valueOf(i))),
              LocalDate.of(2023, 1, 15).plusMonths(i)));
    }

    assertThat(statistics.summarize(comps, AS_OF).trendPerMonth()).isEqualTo(perMonth);
  }

  private static List<CompSale> comps(String... prices) {
    return java.util.Arrays.stream(prices).map(p -> comp(p, "2025-05-01")).toList();
  }

  private static CompSale comp(String price, String date) {
    return new CompSale(new BigDecimal(price), LocalDate.parse(date));
  }

  private static BigDecimal m(String text) {
    return new BigDecimal(text);
  }
}

package app.resell.comps.control;

import app.resell.comps.entity.CompSale;
import app.resell.comps.entity.CompsSummary;
import app.resell.comps.entity.MonthlyMedian;
import app.resell.money.control.Cents;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What comparable sales say an item is worth. Medians and trimmed means rather than plain means,
 * because sold listings carry outliers (a bundle, a damaged piece, a bidding war).
 *
 * <ul>
 *   <li>median: the middle price, or the mean of the two middle prices, half-up to the cent;
 *   <li>trimmed mean: drop {@code floor(n / 10)} comps at each end (10% each side; nothing below 10
 *       comps), mean of the rest, half-up to the cent;
 *   <li>estimated value: the median of the comps sold in the 12 months before {@code asOf} when
 *       there are at least 3 of them, else the median of all comps;
 *   <li>trend: the least-squares slope of the monthly medians against the month number (months
 *       without comps are skipped, not zero), in dollars per month, half-up to the cent.
 * </ul>
 */
public class CompsStatistics {

  static final int RECENT_MINIMUM = 3;

  public CompsSummary summarize(List<CompSale> comps, LocalDate asOf) {
    if (comps == null || comps.stream().anyMatch(c -> c == null || c.price() == null)) {
      throw new IllegalArgumentException("every comp needs a price");
    }
    if (comps.isEmpty())
      return new CompsSummary(0, null, null, null, null, null, null, List.of(), null);
    List<BigDecimal> prices = sorted(comps);
    List<CompSale> recent =
        comps.stream()
            .filter(c -> c.soldOn() != null && asOf != null)
            .filter(c -> c.soldOn().isAfter(asOf.minusMonths(12)) && !c.soldOn().isAfter(asOf))
            .toList();
    boolean useRecent = recent.size() >= RECENT_MINIMUM;
    List<MonthlyMedian> monthly = monthly(comps);
    return new CompsSummary(
        prices.size(),
        median(prices),
        trimmedMean(prices),
        Cents.round(prices.get(0)),
        Cents.round(prices.get(prices.size() - 1)),
        median(useRecent ? sorted(recent) : prices),
        useRecent ? "last-12-months" : "all",
        monthly,
        slope(monthly));
  }

  static BigDecimal median(List<BigDecimal> sorted) {
    int n = sorted.size();
    BigDecimal middle =
        n % 2 == 1
            ? sorted.get(n / 2)
            : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    return Cents.round(middle);
  }

  static BigDecimal trimmedMean(List<BigDecimal> sorted) {
    int cut = sorted.size() / 10;
    List<BigDecimal> kept = sorted.subList(cut, sorted.size() - cut);
    BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
  }

  private static List<BigDecimal> sorted(List<CompSale> comps) {
    return comps.stream().map(CompSale::price).sorted().toList();
  }

  private static List<MonthlyMedian> monthly(List<CompSale> comps) {
    Map<YearMonth, List<BigDecimal>> byMonth = new TreeMap<>();
    for (CompSale c : comps) {
      if (c.soldOn() == null) continue;
      byMonth.computeIfAbsent(YearMonth.from(c.soldOn()), m -> new ArrayList<>()).add(c.price());
    }
    List<MonthlyMedian> result = new ArrayList<>();
    byMonth.forEach(
        (month, prices) -> {
          prices.sort(Comparator.naturalOrder());
          result.add(new MonthlyMedian(month, prices.size(), median(prices)));
        });
    return result;
  }

  /** Ordinary least squares of median on month index; exact sums, one final division. */
  static BigDecimal slope(List<MonthlyMedian> monthly) {
    if (monthly.size() < 2) return null;
    YearMonth first = monthly.get(0).month();
    int n = monthly.size();
    BigDecimal sumX = BigDecimal.ZERO;
    BigDecimal sumY = BigDecimal.ZERO;
    BigDecimal sumXY = BigDecimal.ZERO;
    BigDecimal sumXX = BigDecimal.ZERO;
    for (MonthlyMedian m : monthly) {
      BigDecimal x = BigDecimal.valueOf(ChronoUnit.MONTHS.between(first, m.month()));
      sumX = sumX.add(x);
      sumY = sumY.add(m.median());
      sumXY = sumXY.add(x.multiply(m.median()));
      sumXX = sumXX.add(x.multiply(x));
    }
    BigDecimal count = BigDecimal.valueOf(n);
    // slope = (n Sxy - Sx Sy) / (n Sxx - Sx^2)
    BigDecimal numerator = count.multiply(sumXY).subtract(sumX.multiply(sumY));
    BigDecimal denominator = count.multiply(sumXX).subtract(sumX.multiply(sumX));
    return numerator.divide(denominator, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
  }
}

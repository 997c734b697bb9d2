package app.resell.comps.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Statistics of comparable sales. Money rounded half-up to the cent; {@code null} where there are
 * no comps.
 *
 * @param count how many comps
 * @param median the median price
 * @param trimmedMean the mean after dropping 10% of the comps (rounded down) at each end
 * @param min the lowest price
 * @param max the highest price
 * @param estimatedValue the suggested value (see {@code estimateBasis})
 * @param estimateBasis {@code last-12-months} or {@code all}
 * @param monthly the median per calendar month, oldest first
 * @param trendPerMonth the least-squares slope of the monthly medians in dollars per month, or
 *     {@code null} with fewer than two months
 */
public record CompsSummary(
    int count,
    BigDecimal median,
    BigDecimal trimmedMean,
    BigDecimal min,
    BigDecimal max,
    BigDecimal estimatedValue,
    String estimateBasis,
    List<MonthlyMedian> monthly,
    BigDecimal trendPerMonth) {}

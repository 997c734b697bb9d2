package app.resell.comps.entity;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The median price of the comparable sales of one calendar month. */
public record MonthlyMedian(YearMonth month, int count, BigDecimal median) {}

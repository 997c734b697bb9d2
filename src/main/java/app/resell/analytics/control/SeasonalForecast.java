package app.resell.analytics.control;

import app.resell.analytics.entity.Period;
import app.resell.analytics.entity.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly sales and profit by category with the change against the same month a year before, and a
 * plain, explainable forecast of the three months after the anchor month A (the month of date_to,
 * else the current month):
 *
 * <pre>
 * forecast(c, A+k) = actual(c, A+k-12) x trend(c),   k = 1..3
 * trend(c)         = revenue(c, A-11..A) / revenue(c, A-23..A-12)   (1 when the older year sold nothing)
 * </pre>
 *
 * the same month last year scaled by how the trailing twelve months compare with the twelve before
 * them; revenue and profit use the same trend (profit can be negative, its own ratio is
 * meaningless). Rounded half-up to the cent; the trend to four decimals.
 */
@ApplicationScoped
public class SeasonalForecast {

  public static final String METHOD =
      "forecast(category, A+k) = actual(category, A+k-12) x trend(category), k = 1..3, where A is"
          + " the month of date_to (else the current month) and trend = revenue of the 12 months"
          + " A-11..A / revenue of the 12 months A-23..A-12 (1 when that is zero); rounded half-up"
          + " to the cent, the trend to 4 decimals";

  @Inject Rows db;

  /** revenue, profit and units of one category in one month. */
  record Month(BigDecimal revenue, BigDecimal profit, long units) {
    static final Month NONE =
        new Month(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0);
  }

  public Report report(Period p) {
    Map<String, Map<YearMonth, Month>> byCategory = new TreeMap<>();
    for (Map<String, Object> row :
        db.query(
            "SELECT to_char(date_trunc('month', s.sold_date AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,"
                + " i.category::text AS category, sum(s.quantity) AS units,"
                + " sum(s.sold_price + s.shipping_paid - s.refund_amount) AS revenue,"
                + " sum(s.net_proceeds - s.cost_of_goods) AS profit"
                + " FROM sale_facts s JOIN item_facts i ON i.lot_id = s.lot_id GROUP BY 1, 2")) {
      byCategory
          .computeIfAbsent((String) row.get("category"), c -> new TreeMap<>())
          .put(
              YearMonth.parse((String) row.get("month")),
              new Month(
                  (BigDecimal) row.get("revenue"),
                  (BigDecimal) row.get("profit"),
                  ((Number) row.get("units")).longValue()));
    }
    Report report = new Report("seasonal", p);
    report.columns(
        "kind",
        "month",
        "category",
        "units",
        "revenue",
        "profit",
        "revenue_last_year",
        "profit_last_year",
        "revenue_change_pct",
        "profit_change_pct",
        "trend");
    YearMonth first = p.from() == null ? null : YearMonth.from(p.from());
    YearMonth last = p.to() == null ? null : YearMonth.from(p.to());
    TreeSet<YearMonth> months = new TreeSet<>();
    byCategory.values().forEach(m -> months.addAll(m.keySet()));
    for (YearMonth month : months) {
      if ((first != null && month.isBefore(first)) || (last != null && month.isAfter(last)))
        continue;
      for (var entry : byCategory.entrySet()) {
        Month now = entry.getValue().get(month);
        if (now == null) continue;
        Month before = entry.getValue().getOrDefault(month.minusYears(1), Month.NONE);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "actual");
        row.put("month", month.toString());
        row.put("category", entry.getKey());
        row.put("units", now.units());
        row.put("revenue", now.revenue());
        row.put("profit", now.profit());
        row.put("revenue_last_year", before.revenue());
        row.put("profit_last_year", before.profit());
        row.put("revenue_change_pct", change(now.revenue(), before.revenue()));
        row.put("profit_change_pct", change(now.profit(), before.profit()));
        report.rows.add(row);
      }
    }
    YearMonth anchor = last != null ? last : YearMonth.now(ZoneOffset.UTC);
    report.forecast = forecast(byCategory, anchor);
    report.forecastMethod = METHOD;
    return report;
  }

  private static List<Map<String, Object>> forecast(
      Map<String, Map<YearMonth, Month>> byCategory, YearMonth anchor) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      YearMonth month = anchor.plusMonths(k);
      for (var entry : byCategory.entrySet()) {
        Map<YearMonth, Month> history = entry.getValue();
        BigDecimal trend = trend(history, anchor);
        Month base = history.getOrDefault(month.minusYears(1), Month.NONE);
        if (base == Month.NONE) continue;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", "forecast");
        row.put("month", month.toString());
        row.put("category", entry.getKey());
        row.put("revenue", base.revenue().multiply(trend).setScale(2, RoundingMode.HALF_UP));
        row.put("profit", base.profit().multiply(trend).setScale(2, RoundingMode.HALF_UP));
        row.put("revenue_last_year", base.revenue());
        row.put("profit_last_year", base.profit());
        row.put("trend", trend);
        rows.add(row);
      }
    }
    return rows;
  }

  static BigDecimal trend(Map<YearMonth, Month> history, YearMonth anchor) {
    BigDecimal recent = revenue(history, anchor.minusMonths(11), anchor);
    BigDecimal older = revenue(history, anchor.minusMonths(23), anchor.minusMonths(12));
    if (older.signum() == 0) return BigDecimal.ONE;
    return recent.divide(older, 4, RoundingMode.HALF_UP);
  }

  private static BigDecimal revenue(Map<YearMonth, Month> history, YearMonth from, YearMonth to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (var e : history.entrySet()) {
      if (!e.getKey().isBefore(from) && !e.getKey().isAfter(to))
        sum = sum.add(e.getValue().revenue());
    }
    return sum;
  }

  /** (now - before) x 100 / |before|, null when before is zero. */
  static BigDecimal change(BigDecimal now, BigDecimal before) {
    return Figures.percent(now.subtract(before), before.abs());
  }
}

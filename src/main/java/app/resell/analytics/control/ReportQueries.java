package app.resell.analytics.control;

import app.resell.analytics.entity.Period;
import app.resell.analytics.entity.Report;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-demand reports, each one SQL statement over the live rows. They run seldom, take any date
 * range and must match the item-level rows to the cent at once, so they read the owners' views of
 * the base tables (V20: {@code item_facts}, {@code current_items}, {@code items_on_hand}, {@code
 * listing_facts}, {@code sale_facts}; sales by the sold_date index) rather than the dashboard's
 * roll-ups. Seasonal and turnover derive their ratios in {@link SeasonalForecast} and {@link
 * #turnover(Period)}.
 */
@ApplicationScoped
public class ReportQueries {

  @Inject Rows db;

  public Report categoryPerformance(Period p) {
    String sql =
        "WITH acquired AS (SELECT category::text AS category, count(*) AS items_acquired,"
            + "   sum(total_cost) AS invested FROM current_items"
            + "   WHERE acquisition_date >= ? AND acquisition_date < ? GROUP BY 1),"
            + " sold AS (SELECT i.category::text AS category, count(*) AS sales,"
            + "   sum(s.quantity) AS units_sold, sum(s.sold_price + s.shipping_paid) AS gross_sales,"
            + "   sum(s.refund_amount) AS refunds, sum(s.platform_fees) AS fees,"
            + "   sum(s.actual_shipping) AS shipping_cost, sum(s.cost_of_goods) AS cost_of_goods,"
            + "   sum(s.net_proceeds - s.cost_of_goods) AS profit,"
            + "   round(avg(extract(epoch FROM s.sold_date - i.acquisition_date) / 86400), 1)"
            + "     AS avg_days_to_sell"
            + "   FROM sale_facts s JOIN item_facts i ON i.lot_id = s.lot_id"
            + "   WHERE s.sold_date >= ? AND s.sold_date < ? GROUP BY 1)"
            + " SELECT category, coalesce(items_acquired, 0) AS items_acquired,"
            + " coalesce(invested, 0) AS invested, coalesce(sales, 0) AS sales,"
            + " coalesce(units_sold, 0) AS units_sold, coalesce(gross_sales, 0) AS gross_sales,"
            + " coalesce(refunds, 0) AS refunds,"
            + " coalesce(gross_sales, 0) - coalesce(refunds, 0) AS revenue,"
            + " coalesce(fees, 0) AS fees, coalesce(shipping_cost, 0) AS shipping_cost,"
            + " coalesce(cost_of_goods, 0) AS cost_of_goods, coalesce(profit, 0) AS profit,"
            + " round(profit * 100 / nullif(cost_of_goods, 0), 2) AS roi, avg_days_to_sell"
            + " FROM acquired FULL JOIN sold USING (category) ORDER BY category";
    return table("category-performance", p, sql, p.start(), p.end(), p.start(), p.end());
  }

  public Report platformProfitability(Period p) {
    String sql =
        "SELECT platform::text AS platform,"
            + " to_char(date_trunc('month', sold_date AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,"
            + " count(*) AS sales, sum(quantity) AS units, sum(sold_price + shipping_paid) AS gross_sales,"
            + " sum(refund_amount) AS refunds, sum(platform_fees) AS fees,"
            + " sum(actual_shipping) AS shipping_cost, sum(net_proceeds) AS net_proceeds,"
            + " sum(cost_of_goods) AS cost_of_goods, sum(net_proceeds - cost_of_goods) AS net_profit,"
            + " round(sum(net_proceeds - cost_of_goods) * 100"
            + "   / nullif(sum(sold_price + shipping_paid), 0), 2) AS margin"
            + " FROM sale_facts WHERE sold_date >= ? AND sold_date < ? GROUP BY 1, 2 ORDER BY 1, 2";
    return table("platform-profitability", p, sql, p.start(), p.end());
  }

  public Report sales(Period p, String groupBy) {
    String sql =
        "SELECT date_trunc(?, sold_date AT TIME ZONE 'UTC')::date AS period, count(*) AS sales,"
            + " sum(quantity) AS units, sum(sold_price + shipping_paid) AS gross_sales,"
            + " sum(refund_amount) AS refunds,"
            + " sum(sold_price + shipping_paid - refund_amount) AS revenue, sum(platform_fees) AS fees,"
            + " sum(actual_shipping) AS shipping_cost, sum(net_proceeds) AS net_proceeds,"
            + " sum(cost_of_goods) AS cost_of_goods, sum(net_proceeds - cost_of_goods) AS profit"
            + " FROM sale_facts WHERE sold_date >= ? AND sold_date < ? GROUP BY 1 ORDER BY 1";
    Report report = table("sales", p, sql, groupBy, p.start(), p.end());
    report.groupBy = groupBy;
    return report;
  }

  /**
   * Unsold items oldest first, a page at a time ({@code limit} rows from row {@code offset}), with
   * the count, cost and estimate on hand of every match by age bucket: a million-item inventory has
   * hundreds of thousands of unsold items, too many for one answer.
   */
  public Report aging(int minDays, int limit, long offset) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String age = "?::date - (i.acquisition_date AT TIME ZONE 'UTC')::date";
    String unsold =
        " FROM items_on_hand i"
            + " WHERE i.acquisition_date < ((?::date - ?) + 1)::timestamp AT TIME ZONE 'UTC'";
    String sql =
        "SELECT i.lot_id::text AS lot_id, i.item_name, i.category::text AS category,"
            + " (i.acquisition_date AT TIME ZONE 'UTC')::date AS acquired_on, "
            + age
            + " AS age_days, i.units_on_hand, i.cost_on_hand,"
            // an item without an estimate is worth "not known", not $0.00
            + " CASE WHEN i.estimated_value IS NOT NULL THEN i.estimate_on_hand END"
            + " AS estimate_on_hand,"
            + " EXISTS (SELECT 1 FROM listing_facts pl WHERE pl.lot_id = i.lot_id"
            + "   AND pl.status = 'active') AS listed"
            + unsold
            + " ORDER BY i.acquisition_date, i.lot_id LIMIT ? OFFSET ?";
    List<Map<String, Object>> rows = db.query(sql, today, today, minDays, limit, offset);
    for (Map<String, Object> row : rows) {
      row.put("bucket", bucket(((Number) row.get("age_days")).longValue()));
    }
    Map<String, Map<String, Object>> totals = new LinkedHashMap<>();
    for (String label : DashboardQuery.AGE_LABELS) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("range", label);
      t.put("count", 0L);
      t.put("cost_on_hand", BigDecimal.ZERO.setScale(2));
      t.put("estimate_on_hand", BigDecimal.ZERO.setScale(2));
      t.put("with_estimate", 0L);
      totals.put(label, t);
    }
    String byAge =
        "SELECT "
            + age
            + " AS age_days, count(*) AS count, sum(i.cost_on_hand) AS cost_on_hand,"
            + " sum(i.estimate_on_hand) AS estimate_on_hand,"
            + " count(i.estimated_value) AS with_estimate"
            + unsold
            + " GROUP BY 1";
    long total = 0;
    for (Map<String, Object> day : db.query(byAge, today, today, minDays)) {
      Map<String, Object> t = totals.get(bucket(((Number) day.get("age_days")).longValue()));
      long count = ((Number) day.get("count")).longValue();
      total += count;
      t.put("count", (Long) t.get("count") + count);
      t.put("cost_on_hand", ((BigDecimal) t.get("cost_on_hand")).add(money(day, "cost_on_hand")));
      t.put(
          "estimate_on_hand",
          ((BigDecimal) t.get("estimate_on_hand")).add(money(day, "estimate_on_hand")));
      t.put(
          "with_estimate",
          (Long) t.get("with_estimate") + ((Number) day.get("with_estimate")).longValue());
    }
    Report report = new Report("aging", Period.between(null, today));
    report.columns(
        "lot_id",
        "item_name",
        "category",
        "acquired_on",
        "age_days",
        "bucket",
        "units_on_hand",
        "cost_on_hand",
        "estimate_on_hand",
        "listed");
    report.rows = rows;
    report.totals = new ArrayList<>(totals.values());
    report.total = total;
    report.limit = limit;
    report.page = offset / limit + 1;
    return report;
  }

  private static BigDecimal money(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) value;
  }

  static String bucket(long ageDays) {
    for (int b = 0; b < DashboardQuery.AGE_RANGES.length; b++) {
      int upper = DashboardQuery.AGE_RANGES[b][1];
      if (upper < 0 || ageDays <= upper) return DashboardQuery.AGE_LABELS[b];
    }
    return DashboardQuery.AGE_LABELS[DashboardQuery.AGE_LABELS.length - 1];
  }

  /**
   * Inventory turnover per category over the period: cost of goods sold / average inventory at
   * cost, the average being (inventory at the start + inventory at the end) / 2, where inventory at
   * an instant = landed cost of the items acquired before it - cost of goods of their sales before
   * it. Days to turn = days in the period / turnover.
   */
  public Report turnover(Period p) {
    String sql =
        "WITH acq AS (SELECT category::text AS category,"
            + "   coalesce(sum(total_cost) FILTER (WHERE acquisition_date < ?), 0) AS bought_before_start,"
            + "   coalesce(sum(total_cost) FILTER (WHERE acquisition_date < ?), 0) AS bought_before_end"
            + "   FROM current_items GROUP BY 1),"
            + " sold AS (SELECT i.category::text AS category,"
            + "   coalesce(sum(s.cost_of_goods) FILTER (WHERE s.sold_date < ?), 0) AS sold_before_start,"
            + "   coalesce(sum(s.cost_of_goods) FILTER (WHERE s.sold_date < ?), 0) AS sold_before_end"
            + "   FROM sale_facts s JOIN current_items i ON i.lot_id = s.lot_id"
            + "   GROUP BY 1)"
            + " SELECT category,"
            + " coalesce(bought_before_start, 0) - coalesce(sold_before_start, 0) AS beginning_inventory,"
            + " coalesce(bought_before_end, 0) - coalesce(sold_before_end, 0) AS ending_inventory,"
            + " coalesce(sold_before_end, 0) - coalesce(sold_before_start, 0) AS cost_of_goods"
            + " FROM acq FULL JOIN sold USING (category) ORDER BY category";
    Report report = table("inventory-turnover", p, sql, p.start(), p.end(), p.start(), p.end());
    long days = p.lastDay().toEpochDay() - p.firstDay().toEpochDay() + 1;
    BigDecimal begin = BigDecimal.ZERO;
    BigDecimal end = BigDecimal.ZERO;
    BigDecimal cogs = BigDecimal.ZERO;
    for (Map<String, Object> row : report.rows) {
      begin = begin.add((BigDecimal) row.get("beginning_inventory"));
      end = end.add((BigDecimal) row.get("ending_inventory"));
      cogs = cogs.add((BigDecimal) row.get("cost_of_goods"));
      turnoverFigures(row, days);
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("category", "all");
    all.put("beginning_inventory", begin);
    all.put("ending_inventory", end);
    all.put("cost_of_goods", cogs);
    turnoverFigures(all, days);
    report.rows.add(all);
    report.columns(
        "category",
        "beginning_inventory",
        "ending_inventory",
        "average_inventory",
        "cost_of_goods",
        "turnover",
        "days_to_turn");
    return report;
  }

  private static void turnoverFigures(Map<String, Object> row, long days) {
    BigDecimal average =
        ((BigDecimal) row.get("beginning_inventory"))
            .add((BigDecimal) row.get("ending_inventory"))
            .divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
    row.put("average_inventory", average);
    BigDecimal cogs = (BigDecimal) row.get("cost_of_goods");
    BigDecimal turnover =
        average.signum() == 0 ? null : cogs.divide(average, 2, java.math.RoundingMode.HALF_UP);
    row.put("turnover", turnover);
    row.put(
        "days_to_turn",
        turnover == null || turnover.signum() == 0
            ? null
            : BigDecimal.valueOf(days).divide(turnover, 1, java.math.RoundingMode.HALF_UP));
  }

  private Report table(String name, Period p, String sql, Object... parameters) {
    Report report = new Report(name, p);
    Rows.Table table = db.table(sql, parameters);
    report.rows = table.rows();
    report.columns = table.columns();
    return report;
  }
}

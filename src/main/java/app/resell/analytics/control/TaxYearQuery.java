package app.resell.analytics.control;

import app.resell.analytics.entity.PlatformGross;
import app.resell.analytics.entity.TaxYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Computes the Schedule C figures of a calendar year from the sales and inventory rows, read
 * through the views their owners publish (V20: {@code sale_facts}, {@code current_items}).
 *
 * <p>Sales count in the year they were sold; a refund counts in the year it was given (refunded_at,
 * else the sale's date). Inventory at an instant = landed cost of the items acquired before it -
 * cost of goods of their sales before it (deleted items left out), so ending inventory = beginning
 * + purchases - cost of goods of the year's sales of those items.
 *
 * <p>The 1099-K check compares, per platform with imported report lines sold in the year ({@code
 * reported_sale_lines}, V23), what the reports told with the sales recorded for that platform sold
 * in the year, and their refunds whenever given.
 */
@ApplicationScoped
public class TaxYearQuery {

  @Inject Rows db;

  public TaxYear year(int year) {
    OffsetDateTime start = OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime end = start.plusYears(1);
    Map<String, Object> s =
        db.one(
            "SELECT count(*) FILTER (WHERE sold_date >= ? AND sold_date < ?) AS sales_count,"
                + " coalesce(sum(sold_price + shipping_paid) FILTER (WHERE sold_date >= ? AND sold_date < ?), 0) AS gross,"
                + " coalesce(sum(refund_amount) FILTER (WHERE coalesce(refunded_at, sold_date) >= ?"
                + "   AND coalesce(refunded_at, sold_date) < ?), 0) AS refunds,"
                + " coalesce(sum(cost_of_goods) FILTER (WHERE sold_date >= ? AND sold_date < ?), 0) AS cogs,"
                + " coalesce(sum(platform_fees) FILTER (WHERE sold_date >= ? AND sold_date < ?), 0) AS fees,"
                + " coalesce(sum(actual_shipping) FILTER (WHERE sold_date >= ? AND sold_date < ?), 0) AS shipping"
                + " FROM sale_facts",
            start,
            end,
            start,
            end,
            start,
            end,
            start,
            end,
            start,
            end,
            start,
            end);
    Map<String, Object> i =
        db.one(
            "SELECT count(*) FILTER (WHERE acquisition_date >= ? AND acquisition_date < ?) AS items,"
                + " coalesce(sum(total_cost) FILTER (WHERE acquisition_date >= ? AND acquisition_date < ?), 0) AS purchases,"
                + " coalesce(sum(sales_tax) FILTER (WHERE acquisition_date >= ? AND acquisition_date < ?), 0) AS tax,"
                + " coalesce(sum(total_cost) FILTER (WHERE acquisition_date < ?), 0)"
                + "   - coalesce((SELECT sum(s.cost_of_goods) FROM sale_facts s JOIN current_items k"
                + "     ON k.lot_id = s.lot_id WHERE s.sold_date < ?), 0) AS beginning,"
                + " coalesce(sum(total_cost) FILTER (WHERE acquisition_date < ?), 0)"
                + "   - coalesce((SELECT sum(s.cost_of_goods) FROM sale_facts s JOIN current_items k"
                + "     ON k.lot_id = s.lot_id WHERE s.sold_date < ?), 0) AS ending"
                + " FROM current_items",
            start,
            end,
            start,
            end,
            start,
            end,
            start,
            start,
            end,
            end);
    TaxYear t = new TaxYear();
    t.year = year;
    t.salesCount = ((Number) s.get("sales_count")).longValue();
    t.grossReceipts = money(s.get("gross"));
    t.returnsAndAllowances = money(s.get("refunds"));
    t.netReceipts = t.grossReceipts.subtract(t.returnsAndAllowances);
    t.costOfGoodsSold = money(s.get("cogs"));
    t.grossProfit = t.netReceipts.subtract(t.costOfGoodsSold);
    t.platformFees = money(s.get("fees"));
    t.shippingCosts = money(s.get("shipping"));
    t.totalExpenses = t.platformFees.add(t.shippingCosts);
    t.netProfit = t.grossProfit.subtract(t.totalExpenses);
    t.itemsPurchased = ((Number) i.get("items")).longValue();
    t.purchases = money(i.get("purchases"));
    t.salesTaxPaidOnPurchases = money(i.get("tax"));
    t.beginningInventory = money(i.get("beginning"));
    t.endingInventory = money(i.get("ending"));
    t.platformReports = platforms(start, end);
    return t;
  }

  private List<PlatformGross> platforms(OffsetDateTime start, OffsetDateTime end) {
    return db
        .query(
            "WITH reported AS (SELECT platform, count(*) AS lines, sum(item_amount) AS items,"
                + "   sum(shipping_paid) AS shipping, sum(sales_tax) AS tax"
                + "   FROM reported_sale_lines WHERE sold_at >= ? AND sold_at < ? GROUP BY platform),"
                + " recorded AS (SELECT CAST(platform AS text) AS platform, count(*) AS sales,"
                + "   sum(sold_price) AS items, sum(refund_amount) AS refunds"
                + "   FROM sale_facts WHERE sold_date >= ? AND sold_date < ? GROUP BY platform)"
                + " SELECT r.platform, r.lines, r.items, r.shipping, r.tax,"
                + "   coalesce(s.sales, 0) AS sales, coalesce(s.items, 0) AS recorded_items,"
                + "   coalesce(s.refunds, 0) AS refunds"
                + " FROM reported r LEFT JOIN recorded s ON s.platform = r.platform"
                + " ORDER BY r.platform",
            start,
            end,
            start,
            end)
        .stream()
        .map(
            r ->
                PlatformGross.of(
                    (String) r.get("platform"),
                    ((Number) r.get("lines")).longValue(),
                    money(r.get("items")),
                    money(r.get("shipping")),
                    money(r.get("tax")),
                    ((Number) r.get("sales")).longValue(),
                    money(r.get("recorded_items")),
                    money(r.get("refunds"))))
        .toList();
  }

  private static BigDecimal money(Object value) {
    return ((BigDecimal) value).setScale(2, java.math.RoundingMode.HALF_UP);
  }
}

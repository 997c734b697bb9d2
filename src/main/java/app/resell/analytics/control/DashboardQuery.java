package app.resell.analytics.control;

import app.resell.analytics.entity.Dashboard;
import app.resell.analytics.entity.Period;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Builds the dashboard from the daily roll-ups (materialized views, see V9__analytics.sql) plus a
 * few small indexed reads of live rows (oldest unsold items, latest activity, needs_* counts; items
 * and listings through their owners' views, V20). Every figure is a sum over at most a few thousand
 * day rows, so the answer stays in milliseconds at hundreds of thousands of items whatever the date
 * range.
 */
@ApplicationScoped
public class DashboardQuery {

  /** Age ranges in days: inclusive lower and upper bound (-1 = no upper bound). */
  static final int[][] AGE_RANGES = {{0, 30}, {31, 60}, {61, 90}, {91, 180}, {181, -1}};

  static final String[] AGE_LABELS = {"0-30", "31-60", "61-90", "91-180", "180+"};

  static final int OLDEST_PER_BUCKET = 5;
  static final int RECENT_ACTIVITY = 20;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject AnalyticsRefresher refresher;

  public Dashboard dashboard(Period period) {
    Dashboard d = new Dashboard();
    d.dateFrom = period.from();
    d.dateTo = period.to();
    d.refreshedAt = refresher.refreshedAt();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      items(c, period, d);
      platforms(c, period, d, sales(c, period, d));
      aging(c, today, d);
      activity(c, d);
      counts(c, d);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the dashboard: " + e.getMessage(), e);
    }
    return d;
  }

  private void items(Connection c, Period p, Dashboard d) throws SQLException {
    String sql =
        "SELECT category, sum(items) AS items, sum(invested) AS invested, sum(listed_items) AS listed,"
            + " sum(cost_on_hand) AS cost_on_hand, sum(estimate_on_hand) AS estimate_on_hand,"
            + " sum(items_on_hand) AS items_on_hand, sum(estimated_on_hand) AS estimated_on_hand"
            + " FROM "
            + RollupRange.sql("items")
            + " GROUP BY ROLLUP (category)"
            + " ORDER BY category NULLS FIRST";
    d.summary.totalInvested = BigDecimal.ZERO.setScale(2);
    d.summary.inventoryValueAtCost = BigDecimal.ZERO.setScale(2);
    d.summary.inventoryValueAtEstimate = BigDecimal.ZERO.setScale(2);
    try (PreparedStatement st = c.prepareStatement(sql)) {
      RollupRange.bind(st, 1, p);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String category = rs.getString("category");
          if (category == null) {
            d.summary.totalItems = rs.getLong("items");
            d.summary.totalInvested = money(rs.getBigDecimal("invested"));
            d.summary.totalListed = rs.getLong("listed");
            d.summary.inventoryValueAtCost = money(rs.getBigDecimal("cost_on_hand"));
            d.summary.inventoryValueAtEstimate = money(rs.getBigDecimal("estimate_on_hand"));
            d.summary.itemsOnHand = rs.getLong("items_on_hand");
            d.summary.itemsOnHandWithEstimate = rs.getLong("estimated_on_hand");
          } else {
            Dashboard.CategoryLine line = category(d, category);
            line.count = rs.getLong("items");
            line.value = money(rs.getBigDecimal("invested"));
          }
        }
      }
    }
  }

  /** What the sales of one platform add up to, for its line of the platform metrics. */
  private record PlatformSales(
      long units,
      BigDecimal soldPrice,
      BigDecimal revenue,
      BigDecimal fees,
      BigDecimal days,
      long dated) {}

  /**
   * The sales figures by category, by platform and in total, from one scan of the sales roll-ups
   * (grouping sets); answers the platform lines' sales by platform.
   */
  private Map<String, PlatformSales> sales(Connection c, Period p, Dashboard d)
      throws SQLException {
    String sql =
        "SELECT category, platform, GROUPING(category) AS all_categories,"
            + " sum(units) AS units, sum(sales) AS sales, sum(sold_price) AS sold_price,"
            + " sum(sold_price + shipping_paid - refunds) AS revenue,"
            + " sum(net_proceeds - cost_of_goods) AS profit, sum(cost_of_goods) AS cogs,"
            + " sum(days_to_sell) AS days, sum(fees) AS fees, sum(days_listed) AS days_listed,"
            + " sum(sales_with_listed_date) AS dated FROM "
            + RollupRange.sql("sales")
            + " GROUP BY GROUPING SETS ((category), (platform), ())";
    d.summary.totalRevenue = BigDecimal.ZERO.setScale(2);
    d.summary.totalProfit = BigDecimal.ZERO.setScale(2);
    Map<String, PlatformSales> byPlatform = new TreeMap<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      RollupRange.bind(st, 1, p);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String category = rs.getString("category");
          String platform = rs.getString("platform");
          if (platform != null) {
            byPlatform.put(
                platform,
                new PlatformSales(
                    rs.getLong("units"),
                    rs.getBigDecimal("sold_price"),
                    rs.getBigDecimal("revenue"),
                    rs.getBigDecimal("fees"),
                    rs.getBigDecimal("days_listed"),
                    rs.getLong("dated")));
            continue;
          }
          BigDecimal profit = money(rs.getBigDecimal("profit"));
          BigDecimal roi = Figures.percent(profit, rs.getBigDecimal("cogs"));
          if (rs.getInt("all_categories") == 1) {
            d.summary.totalSold = rs.getLong("units");
            d.summary.totalRevenue = money(rs.getBigDecimal("revenue"));
            d.summary.totalProfit = profit;
            d.summary.averageRoi = roi;
            d.summary.averageDaysToSell =
                Figures.days(rs.getBigDecimal("days"), rs.getLong("sales"));
          } else if (category != null) {
            Dashboard.CategoryLine line = category(d, category);
            line.soldCount = rs.getLong("units");
            line.revenue = money(rs.getBigDecimal("revenue"));
            line.profit = profit;
            line.avgRoi = roi;
          }
        }
      }
    }
    for (Dashboard.CategoryLine line : d.categoryBreakdown) {
      if (line.value == null) line.value = BigDecimal.ZERO.setScale(2);
      if (line.revenue == null) line.revenue = BigDecimal.ZERO.setScale(2);
      if (line.profit == null) line.profit = BigDecimal.ZERO.setScale(2);
    }
    d.categoryBreakdown.sort((a, b) -> a.category.compareTo(b.category));
    return byPlatform;
  }

  /** A line per platform that has listings or sales in the period, by platform name. */
  private void platforms(
      Connection c, Period p, Dashboard d, Map<String, PlatformSales> salesByPlatform)
      throws SQLException {
    String sql =
        "SELECT platform, sum(listed) AS listed, sum(converted) AS converted FROM "
            + RollupRange.sql("listings")
            + " GROUP BY platform";
    Map<String, long[]> listings = new TreeMap<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      RollupRange.bind(st, 1, p);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          listings.put(
              rs.getString("platform"), new long[] {rs.getLong("listed"), rs.getLong("converted")});
        }
      }
    }
    Set<String> platforms = new TreeSet<>(listings.keySet());
    platforms.addAll(salesByPlatform.keySet());
    PlatformSales noSales = new PlatformSales(0, null, null, null, null, 0);
    for (String platform : platforms) {
      long[] listed = listings.getOrDefault(platform, new long[2]);
      PlatformSales sold = salesByPlatform.getOrDefault(platform, noSales);
      Dashboard.PlatformLine line = new Dashboard.PlatformLine();
      line.platform = platform;
      line.listedCount = listed[0];
      line.soldCount = sold.units();
      line.revenue = money(sold.revenue());
      line.avgSalePrice = Figures.ratio(sold.soldPrice(), line.soldCount);
      line.conversionRate =
          Figures.percent(BigDecimal.valueOf(listed[1]), BigDecimal.valueOf(line.listedCount));
      line.avgDaysToSell = Figures.days(sold.days(), sold.dated());
      line.fees = money(sold.fees());
      d.platformMetrics.add(line);
    }
  }

  private void aging(Connection c, LocalDate today, Dashboard d) throws SQLException {
    // Months wholly older than 181 days are all "180+": read them from the monthly roll-up.
    LocalDate oldMonths = today.minusDays(181).withDayOfMonth(1);
    String sql =
        "SELECT bucket, sum(items_on_hand) AS items, sum(cost_on_hand) AS cost FROM ("
            + " SELECT 4 AS bucket, items_on_hand, cost_on_hand FROM analytics_items_monthly"
            + " WHERE day < ? AND items_on_hand > 0 UNION ALL"
            + " SELECT CASE WHEN ?::date - day <= 30 THEN 0 WHEN ?::date - day <= 60 THEN 1"
            + " WHEN ?::date - day <= 90 THEN 2 WHEN ?::date - day <= 180 THEN 3 ELSE 4 END,"
            + " items_on_hand, cost_on_hand FROM analytics_items_daily"
            + " WHERE day >= ? AND items_on_hand > 0) a GROUP BY 1";
    for (int b = 0; b < AGE_RANGES.length; b++) {
      Dashboard.AgingBucket bucket = new Dashboard.AgingBucket();
      bucket.range = AGE_LABELS[b];
      bucket.totalValue = BigDecimal.ZERO.setScale(2);
      d.agingInventory.add(bucket);
    }
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, oldMonths);
      for (int i = 2; i <= 5; i++) st.setObject(i, today);
      st.setObject(6, oldMonths);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Dashboard.AgingBucket bucket = d.agingInventory.get(rs.getInt("bucket"));
          bucket.count = rs.getLong("items");
          bucket.totalValue = money(rs.getBigDecimal("cost"));
        }
      }
    }
    String oldest =
        "SELECT lot_id, item_name, category::text AS category, acquisition_date,"
            + " ?::date - (acquisition_date AT TIME ZONE 'UTC')::date AS days,"
            + " cost_on_hand FROM items_on_hand"
            + " WHERE acquisition_date >= ? AND acquisition_date < ?"
            + " ORDER BY acquisition_date, lot_id LIMIT "
            + OLDEST_PER_BUCKET;
    try (PreparedStatement st = c.prepareStatement(oldest)) {
      for (int b = 0; b < AGE_RANGES.length; b++) {
        Dashboard.AgingBucket bucket = d.agingInventory.get(b);
        if (bucket.count == 0) continue;
        int[] range = AGE_RANGES[b];
        LocalDate first = range[1] < 0 ? LocalDate.of(1900, 1, 1) : today.minusDays(range[1]);
        LocalDate last = today.minusDays(range[0]);
        st.setObject(1, today);
        st.setObject(2, first.atStartOfDay().atOffset(ZoneOffset.UTC));
        st.setObject(3, last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            Dashboard.AgedItem item = new Dashboard.AgedItem();
            item.lotId = rs.getString("lot_id");
            item.itemName = rs.getString("item_name");
            item.category = rs.getString("category");
            item.acquisitionDate =
                rs.getTimestamp("acquisition_date").toInstant().atOffset(ZoneOffset.UTC);
            item.days = rs.getLong("days");
            item.costOnHand = rs.getBigDecimal("cost_on_hand");
            bucket.items.add(item);
          }
        }
      }
    }
  }

  private void activity(Connection c, Dashboard d) throws SQLException {
    String sql =
        "SELECT a.action_type, a.lot_id, a.created_at, a.user_email, a.details, i.item_name"
            + " FROM (SELECT action_type, lot_id, created_at, user_email,"
            + " new_values::text AS details FROM activity_logs ORDER BY created_at DESC LIMIT "
            + RECENT_ACTIVITY
            + ") a LEFT JOIN item_facts i ON i.lot_id = a.lot_id ORDER BY a.created_at DESC";
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Dashboard.Activity a = new Dashboard.Activity();
        a.action = rs.getString("action_type");
        a.lotId = rs.getString("lot_id");
        a.itemName = rs.getString("item_name");
        a.timestamp = rs.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC);
        a.userEmail = rs.getString("user_email");
        String details = rs.getString("details");
        if (details != null) {
          try (JsonReader reader = JsonMapping.json().createReader(new StringReader(details))) {
            a.details = reader.readValue();
          }
        }
        d.recentActivity.add(a);
      }
    }
  }

  private void counts(Connection c, Dashboard d) throws SQLException {
    String sql =
        "SELECT (SELECT count(*) FROM listing_facts WHERE needs_delist) AS delist,"
            + " (SELECT count(*) FROM current_items WHERE needs_review) AS review";
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      d.needsDelist = rs.getLong("delist");
      d.needsReview = rs.getLong("review");
    }
  }

  private static Dashboard.CategoryLine category(Dashboard d, String category) {
    Map<String, Dashboard.CategoryLine> byName = new LinkedHashMap<>();
    for (Dashboard.CategoryLine line : d.categoryBreakdown) byName.put(line.category, line);
    return byName.computeIfAbsent(
        category,
        name -> {
          Dashboard.CategoryLine line = new Dashboard.CategoryLine();
          line.category = name;
          d.categoryBreakdown.add(line);
          return line;
        });
  }

  private static BigDecimal money(BigDecimal v) {
    return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, java.math.RoundingMode.HALF_UP);
  }
}

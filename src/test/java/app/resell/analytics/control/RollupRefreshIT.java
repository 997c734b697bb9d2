package app.resell.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's roll-ups refreshed day by day ({@code analytics_refresh()}, V50) on a real
 * database without a server: after every round of random changes to items, listings and sales (new,
 * edited, moved across months and years, deleted, restored, sold, refunded), the nine roll-up
 * tables hold exactly the rows that the original materialized views' SQL (V9, V13, V45) computes
 * from all rows, value for value as text.
 */
class RollupRefreshIT {

  /** The views' SQL as V9, V13 and V45 defined it: the full recompute the refresh must equal. */
  private static final String ITEMS_DAILY =
      "SELECT i.category::text AS category, (i.acquisition_date AT TIME ZONE 'UTC')::date AS day,"
          + " count(*) AS items, sum(i.total_cost) AS invested,"
          + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM platform_listings pl"
          + "   WHERE pl.lot_id = i.lot_id AND pl.status = 'active')) AS listed_items,"
          + " count(*) FILTER (WHERE i.quantity_sold < i.quantity) AS items_on_hand,"
          + " coalesce(sum(round(i.total_cost * (i.quantity - i.quantity_sold) / i.quantity, 2)),"
          + "   0) AS cost_on_hand,"
          + " coalesce(sum(round(coalesce(i.estimated_value, 0) * (i.quantity - i.quantity_sold)"
          + "   / i.quantity, 2)), 0) AS estimate_on_hand,"
          + " count(*) FILTER (WHERE i.quantity_sold < i.quantity"
          + "   AND i.estimated_value IS NOT NULL) AS estimated_on_hand"
          + " FROM inventory i WHERE i.deleted_at IS NULL GROUP BY 1, 2";

  private static final String SALES_DAILY =
      "SELECT i.category::text AS category, s.platform::text AS platform,"
          + " (s.sold_date AT TIME ZONE 'UTC')::date AS day, count(*) AS sales,"
          + " sum(s.quantity) AS units, sum(s.sold_price) AS sold_price,"
          + " sum(s.shipping_paid) AS shipping_paid, sum(s.refund_amount) AS refunds,"
          + " sum(s.platform_fees) AS fees, sum(s.actual_shipping) AS shipping_cost,"
          + " sum(s.cost_of_goods) AS cost_of_goods, sum(s.net_proceeds) AS net_proceeds,"
          + " sum(extract(epoch FROM s.sold_date - i.acquisition_date) / 86400) AS days_to_sell,"
          + " sum(extract(epoch FROM s.sold_date - pl.listed_date) / 86400)"
          + "   FILTER (WHERE pl.listed_date IS NOT NULL) AS days_listed,"
          + " count(*) FILTER (WHERE pl.listed_date IS NOT NULL) AS sales_with_listed_date"
          + " FROM sales s JOIN inventory i ON i.lot_id = s.lot_id"
          + " JOIN platform_listings pl ON pl.id = s.listing_id GROUP BY 1, 2, 3";

  private static final String LISTINGS_DAILY =
      "SELECT pl.platform::text AS platform, (pl.listed_date AT TIME ZONE 'UTC')::date AS day,"
          + " count(*) AS listed, count(*) FILTER (WHERE EXISTS"
          + "   (SELECT 1 FROM sales s WHERE s.listing_id = pl.id)) AS converted"
          + " FROM platform_listings pl WHERE pl.listed_date IS NOT NULL GROUP BY 1, 2";

  private static final String ITEMS_SUMS =
      "sum(items) AS items, sum(invested) AS invested, sum(listed_items) AS listed_items,"
          + " sum(items_on_hand) AS items_on_hand, sum(cost_on_hand) AS cost_on_hand,"
          + " sum(estimate_on_hand) AS estimate_on_hand, sum(estimated_on_hand) AS estimated_on_hand";

  private static final String SALES_SUMS =
      "sum(sales) AS sales, sum(units) AS units, sum(sold_price) AS sold_price,"
          + " sum(shipping_paid) AS shipping_paid, sum(refunds) AS refunds, sum(fees) AS fees,"
          + " sum(shipping_cost) AS shipping_cost, sum(cost_of_goods) AS cost_of_goods,"
          + " sum(net_proceeds) AS net_proceeds, sum(days_to_sell) AS days_to_sell,"
          + " sum(days_listed) AS days_listed, sum(sales_with_listed_date) AS sales_with_listed_date";

  private static final String LISTINGS_SUMS = "sum(listed) AS listed, sum(converted) AS converted";

  private TestDatabase database;
  private Connection c;
  private final Random random = new Random(21);

  @BeforeEach
  void migratedDatabaseWithSales() throws SQLException {
    database = TestDatabase.migrated();
    c = database.connect();
    // Not UTC on purpose: the roll-ups' days are UTC days whatever the session's zone.
    run("SET TIME ZONE 'Pacific/Auckland'");
    run("SELECT setseed(0.21)");
    // 300 items acquired between mid-November 2025 and February 2026 (a month and a year boundary)
    run(
        "INSERT INTO inventory (item_name, category, quantity, bid_amount, estimated_value,"
            + " acquisition_date)"
            + " SELECT 'Lot ' || g, (enum_range(NULL::item_category))[1 + g % 6],"
            + " 1 + g % 3, round((5 + random() * 100)::numeric, 2),"
            + " CASE WHEN g % 4 = 0 THEN NULL ELSE round((10 + random() * 200)::numeric, 2) END,"
            + " timestamptz '2025-11-15 00:00Z' + random() * interval '80 days'"
            + " FROM generate_series(1, 300) g");
    run(
        "INSERT INTO platform_listings (lot_id, platform, status, list_price, listed_date)"
            + " SELECT lot_id, (enum_range(NULL::platform_type))[1 + p],"
            + " CASE WHEN random() < 0.7 THEN 'active' ELSE 'draft' END::listing_status, 50,"
            + " CASE WHEN random() < 0.9"
            + "   THEN acquisition_date + random() * interval '10 days' END"
            + " FROM inventory, generate_series(0, 1) p WHERE random() < 0.6");
    for (int i = 0; i < 80; i++) newSale();
    assertEqualsFullRecompute("after the first refresh");
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    c.close();
    database.close();
  }

  @Test
  void refreshingTheChangedDaysGivesWhatTheViewsComputedFromAllRows() throws SQLException {
    for (int round = 0; round < 40; round++) {
      List<String> done = new ArrayList<>();
      for (int k = 1 + random.nextInt(4); k > 0; k--) done.add(randomChange());
      assertEqualsFullRecompute("round " + round + ": " + done);
    }
  }

  @Test
  void aTruncatedTableRecomputesEveryDay() throws SQLException {
    assertThat(refresh()).isZero();
    run("TRUNCATE inventory CASCADE");
    assertThat(refresh()).isEqualTo(-1);
    assertThat(count("analytics_items_daily") + count("analytics_sales_yearly")).isZero();
  }

  private String randomChange() throws SQLException {
    switch (random.nextInt(13)) {
      case 0 -> {
        run(
            "INSERT INTO inventory (item_name, category, bid_amount, acquisition_date)"
                + " VALUES ('New lot', 'coins', 12.5, timestamptz '2025-12-31 23:30Z'"
                + " + ? * interval '1 hour')",
            random.nextInt(48) - 24);
        return "new item";
      }
      case 1 -> {
        run(
            "UPDATE inventory SET category = 'toys' WHERE lot_id = (" + some("inventory") + ")",
            offset("inventory"));
        return "category changed";
      }
      case 2 -> {
        run(
            "UPDATE inventory SET acquisition_date = acquisition_date + ? * interval '1 day'"
                + " WHERE lot_id = ("
                + some("inventory")
                + ")",
            random.nextInt(70) - 35,
            offset("inventory"));
        return "acquisition moved";
      }
      case 3 -> {
        run(
            "UPDATE inventory SET deleted_at = CASE WHEN deleted_at IS NULL THEN now() END"
                + " WHERE lot_id = ("
                + some("inventory")
                + ")",
            offset("inventory"));
        return "deleted or restored";
      }
      case 4 -> {
        run(
            "UPDATE inventory SET estimated_value = CASE WHEN estimated_value IS NULL THEN 99"
                + " END, bid_amount = bid_amount + 1, quantity_sold = quantity"
                + " WHERE lot_id = ("
                + some("inventory")
                + ")",
            offset("inventory"));
        return "estimate, cost and units sold";
      }
      case 5 -> {
        run(
            "DELETE FROM inventory WHERE lot_id = (" + some("inventory") + ")",
            offset("inventory"));
        return "item removed for good";
      }
      case 6 -> {
        run(
            "UPDATE platform_listings SET status = CASE WHEN status = 'active' THEN 'expired'"
                + " ELSE 'active' END::listing_status WHERE id = ("
                + some("platform_listings")
                + ")",
            offset("platform_listings"));
        return "listing status";
      }
      case 7 -> {
        run(
            "UPDATE platform_listings SET listed_date = CASE WHEN random() < 0.2 THEN NULL"
                + " ELSE coalesce(listed_date, now()) - ? * interval '1 day' END WHERE id = ("
                + some("platform_listings")
                + ")",
            random.nextInt(40),
            offset("platform_listings"));
        return "listed date";
      }
      case 8 -> {
        run(
            "DELETE FROM platform_listings WHERE id = (" + some("platform_listings") + ")",
            offset("platform_listings"));
        return "listing deleted";
      }
      case 9 -> {
        newSale();
        return "sale";
      }
      case 10 -> {
        run(
            "UPDATE sales SET sold_date = sold_date + ? * interval '1 day', refund_amount = 3"
                + " WHERE id = ("
                + some("sales")
                + ")",
            random.nextInt(60) - 30,
            offset("sales"));
        return "sale moved and refunded";
      }
      case 11 -> {
        run("DELETE FROM sales WHERE id = (" + some("sales") + ")", offset("sales"));
        return "sale deleted";
      }
      default -> {
        return "refreshed " + refresh() + " days twice: " + refresh();
      }
    }
  }

  private void newSale() throws SQLException {
    run(
        "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
            + " actual_shipping, platform_fees, cost_of_goods, sold_date)"
            + " SELECT id, lot_id, platform, 1, 40 + ?, 5, 4.5, 6.2, 10,"
            + " coalesce(listed_date, timestamptz '2026-01-01Z') + ? * interval '1 hour'"
            + " FROM platform_listings WHERE id = ("
            + some("platform_listings")
            + ")",
        random.nextInt(20),
        random.nextInt(24 * 60),
        offset("platform_listings"));
  }

  private static String some(String table) {
    String key = table.equals("inventory") ? "lot_id" : "id";
    return "SELECT " + key + " FROM " + table + " ORDER BY " + key + " LIMIT 1 OFFSET ?";
  }

  private int offset(String table) throws SQLException {
    long n = count(table);
    return n == 0 ? 0 : random.nextInt((int) n);
  }

  private int refresh() throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT analytics_refresh()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void assertEqualsFullRecompute(String after) throws SQLException {
    refresh();
    String byMonth = "date_trunc('month', day)::date AS day, ";
    String byYear = "date_trunc('year', day)::date AS day, ";
    String itemsMonthly =
        "SELECT category, " + byMonth + ITEMS_SUMS + " FROM (" + ITEMS_DAILY + ") d GROUP BY 1, 2";
    String salesMonthly =
        "SELECT category, platform, "
            + byMonth
            + SALES_SUMS
            + " FROM ("
            + SALES_DAILY
            + ") d GROUP BY 1, 2, 3";
    String listingsMonthly =
        "SELECT platform, "
            + byMonth
            + LISTINGS_SUMS
            + " FROM ("
            + LISTINGS_DAILY
            + ") d GROUP BY 1, 2";
    same("analytics_items_daily", ITEMS_DAILY, after);
    same("analytics_sales_daily", SALES_DAILY, after);
    same("analytics_listings_daily", LISTINGS_DAILY, after);
    same("analytics_items_monthly", itemsMonthly, after);
    same("analytics_sales_monthly", salesMonthly, after);
    same("analytics_listings_monthly", listingsMonthly, after);
    same(
        "analytics_items_yearly",
        "SELECT category, " + byYear + ITEMS_SUMS + " FROM (" + itemsMonthly + ") m GROUP BY 1, 2",
        after);
    same(
        "analytics_sales_yearly",
        "SELECT category, platform, "
            + byYear
            + SALES_SUMS
            + " FROM ("
            + salesMonthly
            + ") m GROUP BY 1, 2, 3",
        after);
    same(
        "analytics_listings_yearly",
        "SELECT platform, "
            + byYear
            + LISTINGS_SUMS
            + " FROM ("
            + listingsMonthly
            + ") m GROUP BY 1, 2",
        after);
  }

  /** The table's rows and the query's, each row as text (every value and its scale), as sets. */
  private void same(String table, String fullRecompute, String after) throws SQLException {
    List<String> missing =
        texts(
            "SELECT f::text FROM ("
                + fullRecompute
                + ") f EXCEPT SELECT t::text FROM "
                + table
                + " t");
    List<String> extra =
        texts(
            "SELECT t::text FROM "
                + table
                + " t EXCEPT SELECT f::text FROM ("
                + fullRecompute
                + ") f");
    assertThat(missing).as(table + " misses rows " + after).isEmpty();
    assertThat(extra).as(table + " has stale rows " + after).isEmpty();
    assertThat(count(table)).as(table + " rows " + after).isPositive();
  }

  private List<String> texts(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) rows.add(rs.getString(1));
    }
    return rows;
  }

  private long count(String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void run(String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      st.execute();
    }
  }
}

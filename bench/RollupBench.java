import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dashboard roll-ups' refresh after one sale, against a full recompute of the same roll-ups in
 * the same run.
 *
 * <p>Usage (the bench database, migrated by Resell):
 *
 * <pre>
 * java -cp target/bench/classes:$(cat target/cp.txt) RollupBench \
 *     jdbc:postgresql://127.0.0.1:5432/resell_bench_100k 20
 * </pre>
 *
 * Each sample is one transaction, rolled back at its end (the data and the roll-ups stay as they
 * were): one sale of a random active listing, as the dataset records them (the real triggers keep
 * the item's totals and log the changed days), then the refresh the server's refresher would run,
 * timed alone. The reference marks every day changed and times the same refresh (the full
 * recompute). On a schema before V50 (materialized views) both are {@code REFRESH MATERIALIZED VIEW
 * CONCURRENTLY} of the nine views, what the refresher ran then. The server's own refresher never
 * sees these uncommitted changes.
 */
public class RollupBench {

  private static final String SALE =
      "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
          + " actual_shipping, platform_fees, cost_of_goods, sold_date, buyer_username)"
          + " SELECT pl.id, pl.lot_id, pl.platform, 1, 25, 8.95, 7.5, 3.55, i.cost_per_item, now(),"
          + " 'rollup-bench' FROM platform_listings pl JOIN inventory i ON i.lot_id = pl.lot_id"
          + " WHERE pl.status = 'active' AND i.quantity_sold < i.quantity"
          + " AND pl.id >= gen_random_uuid() ORDER BY pl.id LIMIT 1";

  private static final String[] VIEWS = {
    "analytics_items_daily", "analytics_sales_daily", "analytics_listings_daily",
    "analytics_items_monthly", "analytics_sales_monthly", "analytics_listings_monthly",
    "analytics_items_yearly", "analytics_sales_yearly", "analytics_listings_yearly"
  };

  public static void main(String[] args) throws Exception {
    int asked = Integer.parseInt(args[1]);
    try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
      c.setAutoCommit(false);
      boolean incremental = hasIncrementalRefresh(c);
      System.out.println(incremental ? "analytics_refresh() (V50)" : "materialized views");
      int samples = incremental ? asked : Math.min(asked, 5); // seconds each
      for (int i = 0; i < 3; i++) sample(c, incremental, false); // plans, caches
      List<Double> afterSale = new ArrayList<>();
      for (int i = 0; i < samples; i++) afterSale.add(sample(c, incremental, false));
      List<Double> full = new ArrayList<>();
      for (int i = 0; i < 3; i++) full.add(sample(c, incremental, true));
      Collections.sort(afterSale);
      Collections.sort(full);
      BenchSupport.report("roll-up refresh after one sale", afterSale);
      BenchSupport.report("roll-up full recompute", full);
      BenchSupport.record("rollup_sale_p50_ms", BenchSupport.pct(afterSale, 50));
      BenchSupport.record("rollup_sale_max_ms", afterSale.get(afterSale.size() - 1));
      BenchSupport.record("rollup_full_ms", BenchSupport.pct(full, 50));
    }
  }

  private static double sample(Connection c, boolean incremental, boolean everyDay)
      throws SQLException {
    try (Statement st = c.createStatement()) {
      if (st.executeUpdate(SALE) != 1) throw new IllegalStateException("no active listing left");
      if (everyDay && incremental) st.execute("INSERT INTO analytics_dirty_days VALUES ('-infinity')");
      long start = System.nanoTime();
      if (incremental) {
        st.execute("SELECT analytics_refresh()");
      } else {
        for (String view : VIEWS) st.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY " + view);
      }
      return (System.nanoTime() - start) / 1e6;
    } finally {
      c.rollback();
    }
  }

  private static boolean hasIncrementalRefresh(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM pg_proc WHERE proname = 'analytics_refresh'")) {
      rs.next();
      boolean found = rs.getLong(1) > 0;
      c.rollback();
      return found;
    }
  }
}

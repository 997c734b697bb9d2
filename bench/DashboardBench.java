import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of GET /api/v1/dashboard with N items, 1.5 x N listings and their sales.
 *
 * <p>Usage (a running server, e.g. bin/resell run, on a scratch database):
 *
 * <pre>
 * java -cp target/bench/classes:target/classes:target/test-classes:$(cat target/cp.txt) DashboardBench \
 *     http://127.0.0.1:8099 jdbc:postgresql://127.0.0.1:5432/resell_bench admin@resell.local PASSWORD 100000 500
 * </pre>
 *
 * Tops the database up with generate_series (items over the last 1000 days, every item listed on
 * one platform and half of them on a second, 40% of the listings sold), waits until the server has
 * refreshed its roll-ups, warms up, then requests the dashboard unfiltered and for the last 30 and
 * 365 days, one after another, and prints percentiles of the full round trip.
 */
public class DashboardBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int items = Integer.parseInt(args[4]);
    int requests = Integer.parseInt(args[5]);
    long seeded = seed(jdbc, items);
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchSupport.login(http, base, args[2], args[3]);
    waitForRefresh(http, base, token, seeded);
    String[] queries = {"", "date_from=" + java.time.LocalDate.now().minusDays(30),
        "date_from=" + java.time.LocalDate.now().minusDays(365)};
    for (int i = 0; i < 100; i++) get(http, base, token, queries[i % 3]);
    List<List<Double>> millis = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < requests * 3; i++) {
      long start = System.nanoTime();
      get(http, base, token, queries[i % 3]);
      millis.get(i % 3).add((System.nanoTime() - start) / 1e6);
    }
    String[] names = {"dashboard, all time", "dashboard, last 30 days", "dashboard, last 365 days"};
    List<Double> all = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      Collections.sort(millis.get(k));
      BenchSupport.report(names[k], millis.get(k));
      all.addAll(millis.get(k));
    }
    Collections.sort(all);
    BenchSupport.report("dashboard, all requests", all);
    BenchSupport.record("dashboard_p50", BenchSupport.pct(all, 50));
    BenchSupport.record("dashboard_p95", BenchSupport.pct(all, 95));
  }

  /** Adds items, listings and sales up to the wanted count; answers the items in the database. */
  static long seed(String jdbc, int wanted) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement()) {
      int have;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM inventory WHERE deleted_at IS NULL")) {
        rs.next();
        have = rs.getInt(1);
      }
      if (have < wanted) {
        long t0 = System.nanoTime();
        st.execute("CREATE TEMP TABLE new_items AS SELECT lot_id FROM inventory WHERE false");
        st.execute(
            "WITH i AS (INSERT INTO inventory (item_name, category, condition, quantity, bid_amount,"
                + " buyers_premium, sales_tax, shipping_cost, estimated_value, acquisition_date, needs_review)"
                + " SELECT 'Bench lot ' || g, (enum_range(NULL::item_category))[1 + g % 22],"
                + " (enum_range(NULL::item_condition))[1 + g % 9], 1, (g % 500) + 0.50,"
                + " round(((g % 500) * 0.18)::numeric, 2), round(((g % 500) * 0.07)::numeric, 2),"
                + " (g % 20), (g % 900) + 5, now() - make_interval(days => g % 1000, mins => g % 1440),"
                + " g % 97 = 0"
                + " FROM generate_series(" + (have + 1) + ", " + wanted + ") g RETURNING lot_id)"
                + " INSERT INTO new_items SELECT lot_id FROM i");
        // one listing per item on a first platform, a second listing for every other item
        st.execute(
            "INSERT INTO platform_listings (lot_id, platform, status, list_price, listed_date, views, needs_delist)"
                + " SELECT n.lot_id, (ARRAY['ebay','etsy','mercari','poshmark','facebook']::platform_type[])[1 + k + (h % 3)],"
                + " 'active', i.bid_amount * 2 + 10, i.acquisition_date + make_interval(days => 3 + h % 20),"
                + " h % 50, h % 211 = 0"
                + " FROM new_items n JOIN inventory i USING (lot_id),"
                + " LATERAL (SELECT abs(hashtext(n.lot_id::text)) AS h) x,"
                + " generate_series(0, 1) k WHERE k = 0 OR h % 2 = 0");
        // 40% of the listings sell (at most once per item: the first platform wins)
        st.execute(
            "WITH chosen AS (SELECT DISTINCT ON (pl.lot_id) pl.id, pl.lot_id, pl.platform, pl.list_price,"
                + " pl.listed_date, i.total_cost FROM platform_listings pl JOIN new_items n USING (lot_id)"
                + " JOIN inventory i USING (lot_id) WHERE abs(hashtext(pl.id::text)) % 100 < 55"
                + " ORDER BY pl.lot_id, pl.platform),"
                + " s AS (INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
                + " actual_shipping, platform_fees, cost_of_goods, sold_date)"
                + " SELECT id, lot_id, platform, 1, list_price * 0.9, 8.00, 7.25,"
                + " round(list_price * 0.9 * 0.13 + 0.30, 2), total_cost,"
                + " least(now(), listed_date + make_interval(days => 1 + abs(hashtext(id::text)) % 120))"
                + " FROM chosen WHERE listed_date < now() RETURNING listing_id, lot_id)"
                + " , l AS (UPDATE platform_listings SET status = 'sold' WHERE id IN (SELECT listing_id FROM s))"
                + " UPDATE inventory SET quantity_sold = 1 WHERE lot_id IN (SELECT lot_id FROM s)");
        st.execute("ANALYZE inventory");
        st.execute("ANALYZE platform_listings");
        st.execute("ANALYZE sales");
        System.out.printf("seeded %d items in %.1f s%n", wanted - have, (System.nanoTime() - t0) / 1e9);
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT (SELECT count(*) FROM inventory WHERE deleted_at IS NULL), (SELECT count(*) FROM platform_listings),"
              + " (SELECT count(*) FROM sales)")) {
        rs.next();
        System.out.printf("items %d, listings %d, sales %d%n", rs.getLong(1), rs.getLong(2), rs.getLong(3));
        return rs.getLong(1);
      }
    }
  }

  static void waitForRefresh(HttpClient http, String base, String token, long items) throws Exception {
    long t0 = System.nanoTime();
    while (true) {
      String body = get(http, base, token, "");
      if (body.contains("\"total_items\":" + items + ",")) break;
      if (System.nanoTime() - t0 > 600e9) throw new IllegalStateException("roll-ups not refreshed: " + body);
      Thread.sleep(500);
    }
    System.out.printf("roll-ups current after %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  static String get(HttpClient http, String base, String token, String query) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard?" + query))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) throw new IllegalStateException(query + " -> " + answer.statusCode() + " " + answer.body());
    return answer.body();
  }
}

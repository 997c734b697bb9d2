import app.resell.exports.control.ExportColumns;
import app.resell.exports.control.ExportQuery;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearchSql;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;

/**
 * Throughput of GET /api/v1/export/excel on a large inventory: the xlsx export, the CSV export,
 * and PostgreSQL's own {@code COPY (<the export's query>) TO STDOUT CSV} of the same rows as the
 * yardstick for the CSV.
 *
 * <p>Usage (a running server on a scratch database, its heap capped, e.g. RESELL_JAVA_OPTS=-Xmx512m
 * bin/resell run):
 *
 * <pre>
 * java -cp target/bench/classes:target/classes:target/test-classes:$(cat target/cp.txt) ExportBench \
 *     http://127.0.0.1:8099 jdbc:postgresql://127.0.0.1:5432/resell_exportbench admin@resell.local PASSWORD 1000000 [csv,copy,xlsx]
 * </pre>
 *
 * Tops the inventory up to the wanted count with generate_series (3 in 10 items listed on eBay, 1
 * in 10 sold on Etsy with fees and shipping), then runs each export once, reading the body to the
 * end, and prints the time to the response headers, the total time, bytes and rows per second.
 * Steps: csv, copy (PostgreSQL's COPY of the export's own query), xlsx (the server's heap is sampled
 * from /metrics while it runs) and poi (POI SXSSF writing the same rows from a JDBC cursor, the
 * yardstick for the xlsx export).
 */
public class ExportBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int wanted = Integer.parseInt(args[4]);
    seed(jdbc, wanted);
    HttpClient http = HttpClient.newHttpClient();
    String token = BenchSupport.login(http, base, args[2], args[3]);
    long rows = count(jdbc);
    System.out.printf(Locale.ROOT, "%d items%n", rows);
    for (String step : args.length > 5 ? args[5].split(",") : new String[] {"csv", "copy", "xlsx"}) {
      if (step.equals("copy")) copy(jdbc, rows);
      else if (step.equals("poi")) poi(jdbc, rows);
      else if (step.equals("xlsx")) {
        AtomicLong maxHeap = new AtomicLong(-1);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler =
            new Thread(
                () -> {
                  while (running.get()) { // a flag, not interrupts: the HTTP client swallows them
                    maxHeap.accumulateAndGet(BenchSupport.usedHeap(http, base), Math::max);
                    try {
                      Thread.sleep(200);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
        sampler.setDaemon(true);
        sampler.start();
        try {
          export(http, base, token, step, rows);
        } finally {
          running.set(false);
          sampler.join(30_000);
        }
        System.out.printf(Locale.ROOT, "server heap during the xlsx export: max %.0f MB used%n", maxHeap.get() / 1e6);
        if (maxHeap.get() > 0) BenchSupport.record("xlsx_export_heap_mb", maxHeap.get() / 1e6);
      } else export(http, base, token, step, rows);
    }
  }

  static void seed(String jdbc, int wanted) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement st = c.createStatement()) {
      long have = count(c);
      if (have >= wanted) return;
      long started = System.nanoTime();
      st.execute(
          "INSERT INTO inventory (item_name, description, category, condition, quantity, bid_amount,"
              + " buyers_premium, sales_tax, estimated_value, acquisition_date, storage_location,"
              + " storage_bin, sku, keywords, notes)"
              + " SELECT 'Estate lot ' || g || ' ' || (ARRAY['vase','lamp','chair','bowl','clock'])[1 + g % 5],"
              + " 'Generated item ' || g, (enum_range(NULL::item_category))[1 + g % 22],"
              + " (enum_range(NULL::item_condition))[1 + g % 9], 1, (g % 500) + 0.50,"
              + " round(((g % 500) * 0.18)::numeric, 2), round(((g % 500) * 0.07)::numeric, 2),"
              + " (g % 900) + 5, now() - make_interval(days => 30 + g % 1000), 'Shelf ' || (g % 40),"
              + " 'B' || (g % 12), 'BENCH-' || g, jsonb_build_array('estate', 'lot' || (g % 100)),"
              + " CASE WHEN g % 7 = 0 THEN 'Check the base' END"
              + " FROM generate_series(" + (have + 1) + ", " + wanted + ") g");
      st.execute(
          "INSERT INTO platform_listings (lot_id, platform, status, list_price, listing_url,"
              + " listed_date)"
              + " SELECT lot_id, 'ebay', 'active', bid_amount * 3,"
              + " 'https://www.ebay.com/itm/' || substr(sku, 7), now() - interval '10 days'"
              + " FROM inventory WHERE sku LIKE 'BENCH-%' AND CAST(substr(sku, 7) AS int) % 10 IN (1, 2, 3)"
              + " ON CONFLICT DO NOTHING");
      st.execute(
          "INSERT INTO platform_listings (lot_id, platform, status, list_price, quantity_sold,"
              + " sold_price, sold_date, platform_fees, shipping_paid, actual_shipping, listed_date)"
              + " SELECT lot_id, 'etsy', 'sold', bid_amount * 3, 1, bid_amount * 2.5,"
              + " acquisition_date + interval '20 days', round(bid_amount * 0.25, 2), 8.00, 7.50,"
              + " acquisition_date + interval '5 days'"
              + " FROM inventory WHERE sku LIKE 'BENCH-%' AND CAST(substr(sku, 7) AS int) % 10 = 5"
              + " ON CONFLICT DO NOTHING");
      st.execute(
          "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
              + " actual_shipping, platform_fees, sold_date, cost_of_goods)"
              + " SELECT l.id, l.lot_id, l.platform, 1, l.sold_price, l.shipping_paid,"
              + " l.actual_shipping, l.platform_fees, l.sold_date, i.total_cost"
              + " FROM platform_listings l JOIN inventory i ON i.lot_id = l.lot_id"
              + " WHERE l.status = 'sold' AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.listing_id = l.id)");
      st.execute("UPDATE inventory i SET quantity_sold = quantity WHERE quantity_sold = 0"
          + " AND EXISTS (SELECT 1 FROM sales s WHERE s.lot_id = i.lot_id)");
      st.execute("VACUUM ANALYZE inventory");
      st.execute("VACUUM ANALYZE platform_listings");
      st.execute("VACUUM ANALYZE sales");
      System.out.printf(Locale.ROOT, "seeded %d items in %.1f s%n", wanted - have,
          (System.nanoTime() - started) / 1e9);
    }
  }

  static void export(HttpClient http, String base, String token, String format, long rows)
      throws Exception {
    long start = System.nanoTime();
    HttpResponse<java.io.InputStream> answer = http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/export/excel?format=" + format))
            .header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    double headers = (System.nanoTime() - start) / 1e9;
    if (answer.statusCode() != 200) throw new IllegalStateException(format + " -> " + answer.statusCode());
    long bytes;
    long firstByte;
    try (java.io.InputStream in = answer.body()) {
      int b = in.read();
      firstByte = System.nanoTime();
      bytes = b < 0 ? 0 : 1 + in.transferTo(OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "%-5s export: headers after %.2f s, first body byte after %.2f s, %d bytes in %.1f s, %.0f rows/s%n",
        format, headers, (firstByte - start) / 1e9, bytes, seconds, rows / seconds);
    BenchSupport.record(format + "_export_rows_s", rows / seconds);
  }

  /**
   * POI SXSSF (100 rows in memory) writing the export query's rows, read from a JDBC cursor; a first
   * pass over 5,000 rows warms this JVM up, as the server was.
   */
  static void poi(String jdbc, long rows) throws Exception {
    poi(jdbc, Math.min(rows, 5_000), false);
    poi(jdbc, rows, true);
  }

  static void poi(String jdbc, long rows, boolean record) throws Exception {
    ItemSearchSql.Statement st = ExportQuery.rows(all(), false, ExportColumns.defaults(), rows);
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
      c.setAutoCommit(false);
      try (Statement set = c.createStatement()) {
        set.execute("SET jit = off");
      }
      long start = System.nanoTime();
      long written = 0;
      SXSSFWorkbook book = new SXSSFWorkbook(100);
      try (PreparedStatement ps = c.prepareStatement(st.sql())) {
        for (int i = 0; i < st.parameters().size(); i++) ps.setObject(i + 1, st.parameters().get(i));
        ps.setFetchSize(1000);
        Sheet sheet = book.createSheet("Inventory");
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData meta = rs.getMetaData();
          int columns = meta.getColumnCount();
          Row header = sheet.createRow(0);
          for (int k = 1; k <= columns; k++) header.createCell(k - 1).setCellValue(meta.getColumnLabel(k));
          while (rs.next()) {
            Row row = sheet.createRow((int) ++written);
            for (int k = 1; k <= columns; k++) {
              Object value = rs.getObject(k);
              if (value == null) continue;
              Cell cell = row.createCell(k - 1);
              if (value instanceof Number n) cell.setCellValue(n.doubleValue());
              else cell.setCellValue(value.toString());
            }
          }
        }
        book.write(OutputStream.nullOutputStream());
      } finally {
        book.dispose();
        book.close();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "POI SXSSF from a JDBC cursor%s: %d rows in %.1f s, %.0f rows/s%n",
          record ? "" : " (warm-up)", written, seconds, written / seconds);
      if (record) BenchSupport.record("poi_export_rows_s", written / seconds);
    }
  }

  static ItemFilter all() {
    return ItemFilter.parse(null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /** The export's own query (no filter, default columns) through COPY ... TO STDOUT CSV. */
  static void copy(String jdbc, long rows) throws Exception {
    ItemSearchSql.Statement st = ExportQuery.rows(all(), false, ExportColumns.defaults(), Long.MAX_VALUE);
    String sql = st.sql().replace("LIMIT ?", "LIMIT " + Long.MAX_VALUE);
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        Statement set = c.createStatement()) {
      set.execute("SET jit = off"); // as the export itself runs it
      long start = System.nanoTime();
      long copied = ((PGConnection) c).getCopyAPI()
          .copyOut("COPY (" + sql + ") TO STDOUT WITH CSV HEADER", OutputStream.nullOutputStream());
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "COPY  (same query): %d rows in %.1f s, %.0f rows/s%n", copied,
          seconds, rows / seconds);
      BenchSupport.record("copy_export_rows_s", rows / seconds);
    }
  }

  static long count(String jdbc) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
      return count(c);
    }
  }

  static long count(Connection c) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM inventory WHERE deleted_at IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

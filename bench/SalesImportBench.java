import app.resell.testing.ImportClient;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Lines per second of a marketplace sales report import (docs/SALES-IMPORT.md): an eBay Orders
 * report of N lines (a blank first line, the trailer), each line selling one unit of a dataset
 * item by its SKU (Custom Label), so every line is matched and recorded as a hand-entered sale is.
 * Timed from the first byte of the upload to the job's end. Target: 2,000 lines/s for 50,000.
 *
 * <pre>
 * java -cp target/bench/classes:target/test-classes:$(cat target/cp.txt) SalesImportBench \
 *     http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/resell admin@resell.local PASSWORD 50000
 * </pre>
 */
public class SalesImportBench {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int lines = Integer.parseInt(args[4]);
    List<String[]> items = items(args[1], lines);
    String run = UUID.randomUUID().toString().substring(0, 6);
    Path report = Files.createDirectories(Path.of("target/bench")).resolve("ebay-orders-" + lines + ".csv");
    write(report, items, run);
    System.out.printf("lines %,d  items %,d  report %.1f MB%n", lines, items.size(), Files.size(report) / 1e6);
    ImportClient.Outcome outcome =
        new ImportClient(base, args[2], args[3]).importFile("sales", report, "text/csv");
    int at = outcome.report().indexOf("\"recorded\"");
    System.out.println("result: " + outcome.report().substring(Math.max(at, 0), Math.min(outcome.report().length(), Math.max(at, 0) + 80)));
    System.out.printf("sales import (%s)  %7.1f s  %,9.0f lines/s  (upload %.1f s)%n",
        outcome.status(), outcome.seconds(), items.size() / outcome.seconds(), outcome.uploadSeconds());
    if (!outcome.status().equals("completed")) throw new IllegalStateException("import " + outcome.status());
    BenchSupport.record("sales_import_lines", items.size());
    BenchSupport.record("sales_import_lines_s", items.size() / outcome.seconds());
    Files.delete(report);
  }

  /** SKU and name of items with a unit left, as many as there are lines (or all there are). */
  static List<String[]> items(String jdbc, int lines) throws Exception {
    List<String[]> items = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
        PreparedStatement st =
            c.prepareStatement(
                "SELECT sku, item_name FROM inventory WHERE deleted_at IS NULL AND sku IS NOT NULL"
                    + " AND quantity_sold < quantity ORDER BY sku LIMIT ?")) {
      st.setInt(1, lines);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) items.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    if (items.isEmpty()) throw new IllegalStateException("no items with units left");
    return items;
  }

  static void write(Path report, List<String[]> items, String run) throws Exception {
    try (BufferedWriter w = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
      w.write("\n\"Sales Record Number\",\"Order Number\",\"Buyer Username\",\"Item Number\","
          + "\"Item Title\",Custom Label,\"Quantity\",\"Sold For\",\"Shipping And Handling\","
          + "\"eBay Collected Tax\",\"Total Price\",\"Sale Date\",\"Transaction ID\"\n");
      for (int i = 0; i < items.size(); i++) {
        String[] item = items.get(i);
        long cents = 500 + (i * 37L) % 20_000;
        String price = String.format("$%d.%02d", cents / 100, cents % 100);
        w.write((i + 1) + ",\"" + run + "-" + i + "\",buyer" + (i % 997) + "," + (100_000_000L + i)
            + ",\"" + item[1].replace("\"", "\"\"") + "\"," + item[0] + ",1,\"" + price
            + "\",\"$4.95\",\"$0.00\",\"" + price + "\",Jul-" + (10 + i % 18) + "-26,"
            + (900_000_000L + i) + "\n");
      }
      w.write("\n" + items.size() + " record(s) downloaded\nSeller ID: bench-" + run + "\n");
    }
  }
}

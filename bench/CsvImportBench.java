import app.resell.testing.ImportClient;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows per second of a CSV import through Resell (upload, batch job: parse, validate, write) next
 * to PostgreSQL COPY of the same rows into the same table.
 *
 * <p>Usage (a running server and its database; see docs/PERFORMANCE.md):
 *
 * <pre>
 * java -cp target/bench/classes:target/test-classes:$(cat target/cp.txt) CsvImportBench \
 *     http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/resell admin@resell.local PASSWORD 1000000
 * </pre>
 *
 * Writes two files with the same rows: the sheet a reseller would upload ("$1,234.50", M/D/YYYY
 * dates, a title row above the header) and a clean CSV for COPY. COPY goes first, into the
 * inventory table with all its indexes and generated columns; its rows are deleted again (and the
 * table vacuumed) so the import meets the table in the same state. The import is timed from the
 * first byte of the upload to the job's completed status.
 */
public class CsvImportBench {

  static final String[] THINGS = {"vase", "bowl", "plate set", "figurine", "tea set", "lamp",
      "chair", "quilt", "brooch", "pocket watch", "radio", "camera", "hand plane", "clock", "print"};
  static final String[] MAKERS = {"Roseville", "McCoy", "Fenton", "Pyrex", "Noritake", "Lenox",
      "Gorham", "Hummel", "Stanley", "Singer", "Zenith", "Pendleton", "Tiffany", "Lionel"};
  static final String[] CATEGORIES = {"pottery", "glass", "china", "collectibles", "tools",
      "jewelry", "furniture", "linens", "electronics", "art"};
  static final String[] CONDITIONS = {"mint", "excellent", "very_good", "good", "fair", "poor"};

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbc = args[1];
    int rows = Integer.parseInt(args[4]);
    String run = UUID.randomUUID().toString().substring(0, 6);
    Path dir = Files.createDirectories(Path.of("target/bench"));
    Path sheet = dir.resolve("import-" + rows + ".csv");
    Path clean = dir.resolve("copy-" + rows + ".csv");
    write(sheet, clean, rows, run);
    System.out.printf("rows %,d  sheet %.1f MB  clean %.1f MB%n", rows,
        Files.size(sheet) / 1e6, Files.size(clean) / 1e6);

    double copySeconds = copy(jdbc, clean, run);
    System.out.printf("COPY                 %7.1f s  %,9.0f rows/s%n", copySeconds, rows / copySeconds);

    ImportClient.Outcome run1 =
        new ImportClient(base, args[2], args[3]).importFile("csv", sheet, "text/csv");
    int at = run1.report().indexOf("\"result\"");
    System.out.println("import result: " + run1.report().substring(at, Math.min(run1.report().length(), at + 60)));
    System.out.printf("import (%s)  %7.1f s  %,9.0f rows/s  (upload %.1f s)%n", run1.status(),
        run1.seconds(), rows / run1.seconds(), run1.uploadSeconds());
    System.out.printf("import / COPY = %.0f%%%n", 100 * copySeconds / run1.seconds());
    if (run1.status().equals("failed") || run1.status().equals("stopped")) throw new IllegalStateException("import " + run1.status());
    BenchSupport.record("csv_import_rows_s", rows / run1.seconds());
    BenchSupport.record("csv_copy_rows_s", rows / copySeconds);
    Files.delete(sheet);
    Files.delete(clean);
  }

  static void write(Path sheet, Path clean, int rows, String run) throws Exception {
    try (BufferedWriter s = Files.newBufferedWriter(sheet, StandardCharsets.UTF_8);
        BufferedWriter c = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
      s.write("Inventory export " + run + "\n\n");
      s.write("SKU,Item,Category,Condition,Qty,Paid,Date Bought,Location\n");
      for (int i = 1; i <= rows; i++) {
        String name = MAKERS[i % MAKERS.length] + " " + THINGS[(i * 7) % THINGS.length] + " no. " + i;
        String category = CATEGORIES[(i * 3) % CATEGORIES.length];
        String condition = CONDITIONS[i % CONDITIONS.length];
        int quantity = 1 + i % 4;
        long cents = 100 + (i * 37L) % 250_000;
        String amount = String.format("%d.%02d", cents / 100, cents % 100);
        String dollars = String.format("\"$%,d.%02d\"", cents / 100, cents % 100);
        int month = 1 + i % 12;
        int day = 1 + i % 28;
        String location = "Shelf " + (i % 40);
        s.write("I-" + run + "-" + i + ",\"" + name + "\"," + category + "," + condition + ","
            + quantity + "," + dollars + "," + month + "/" + day + "/2025," + location + "\n");
        c.write("C-" + run + "-" + i + ",\"" + name + "\"," + category + "," + condition + ","
            + quantity + "," + amount + ",2025-" + month + "-" + day + "," + location + "\n");
      }
    }
  }

  static double copy(String jdbc, Path clean, String run) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
      long start = System.nanoTime();
      try (InputStream in = Files.newInputStream(clean)) {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(
            "COPY inventory (sku, item_name, category, condition, quantity, bid_amount,"
                + " acquisition_date, storage_location) FROM STDIN (FORMAT csv)", in);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      try (Statement st = c.createStatement()) {
        st.execute("DELETE FROM inventory WHERE sku LIKE 'C-" + run + "-%'");
        st.execute("VACUUM ANALYZE inventory");
      }
      return seconds;
    }
  }
}

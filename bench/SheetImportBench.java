import app.resell.imports.control.sheet.ParsedRow;
import app.resell.imports.control.sheet.RowResult;
import app.resell.imports.control.sheet.SheetFormat;
import app.resell.imports.control.sheet.SheetImportReader;
import app.resell.imports.control.sheet.SheetRowParser;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Parses a generated 1,000,000-row inventory csv end to end (sniffing, header detection, reading,
 * row parsing with listings) and prints rows per second. Run from the repository root:
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) bench/SheetImportBench.java [rows]
 * </pre>
 */
public class SheetImportBench {

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = Files.createTempFile("sheet-bench", ".csv");
    try {
      write(file, rows);
      System.out.printf("csv: %,d rows, %,d bytes%n", rows, Files.size(file));
      for (int run = 1; run <= 3; run++) measure(file, run);
      readOnly(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void measure(Path file, int run) throws Exception {
    SheetRowParser parser = new SheetRowParser();
    long start = System.nanoTime();
    int parsed = 0;
    try (SheetImportReader reader =
        SheetImportReader.open(file, SheetFormat.DETECT, Map.of(), 2_000_000)) {
      while (reader.hasNext()) {
        RowResult r = parser.parse(reader.next(), reader.layout());
        if (r instanceof ParsedRow) parsed++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "run %d: %,d rows parsed in %.2f s = %,.0f rows/s%n", run, parsed, seconds, parsed / seconds);
  }

  /** Reading and sorting cells into fields only, to show what the row parser costs. */
  private static void readOnly(Path file) throws Exception {
    long start = System.nanoTime();
    int rows = 0;
    try (SheetImportReader reader =
        SheetImportReader.open(file, SheetFormat.DETECT, Map.of(), 2_000_000)) {
      while (reader.hasNext()) {
        reader.next();
        rows++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("read only: %,d rows in %.2f s = %,.0f rows/s%n", rows, seconds, rows / seconds);
  }

  private static void write(Path file, int rows) throws Exception {
    String[] platforms = {"eBay / Etsy", "FB", "Booth 114", "", "\"Poshmark, Mercari\""};
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Inventory 2024\n\n");
      w.write("SKU,Item,Qty,Cost,BP,Date Bought,Where Bought,Where Listed,Sold For,Date Sold,Fees\n");
      for (int i = 1; i <= rows; i++) {
        boolean sold = i % 4 == 0;
        w.write(
            "S-" + i + ",\"Vintage item, nº " + i + "\"," + (1 + i % 3) + ",$" + (i % 500) + ".25,"
                + (i % 7) + ".10," + (1 + i % 12) + "/" + (1 + i % 28) + "/2024,Hibid,"
                + platforms[i % platforms.length] + "," + (sold ? "$" + (i % 900) + ".00" : "")
                + "," + (sold ? "4/" + (1 + i % 28) + "/2024" : "") + "," + (sold ? "3.15" : "")
                + "\n");
      }
    }
  }
}

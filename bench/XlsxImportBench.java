import app.resell.testing.ImportClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Rows per second of an xlsx import through Resell (upload, batch job) next to reading the same
 * file alone with POI's SAX event API (XSSFReader + XSSFSheetXMLHandler), the least any xlsx
 * reader does.
 *
 * <p>Usage: XlsxImportBench BASE JDBC EMAIL PASSWORD ROWS. The sheet has the columns a reseller
 * keeps (SKU, item, category, condition, quantity, paid as a currency cell, date bought as a date
 * cell, location), a title row and a blank row above the header.
 */
public class XlsxImportBench {

  static final String[] THINGS = {"vase", "bowl", "plate set", "figurine", "tea set", "lamp",
      "chair", "quilt", "brooch", "pocket watch", "radio", "camera", "hand plane", "clock", "print"};
  static final String[] MAKERS = {"Roseville", "McCoy", "Fenton", "Pyrex", "Noritake", "Lenox",
      "Gorham", "Hummel", "Stanley", "Singer", "Zenith", "Pendleton", "Tiffany", "Lionel"};
  static final String[] CATEGORIES = {"pottery", "glass", "china", "collectibles", "tools",
      "jewelry", "furniture", "linens", "electronics", "art"};
  static final String[] CONDITIONS = {"mint", "excellent", "very_good", "good", "fair", "poor"};

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[4]);
    Path file = Files.createDirectories(Path.of("target/bench")).resolve("import-" + rows + ".xlsx");
    write(file, rows);
    System.out.printf(Locale.ROOT, "xlsx: %d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
    double sax = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) sax = Math.min(sax, saxRead(file, rows));
    System.out.printf(Locale.ROOT, "POI SAX read alone: %.2f s, %.0f rows/s%n", sax, rows / sax);
    ImportClient.Outcome run =
        new ImportClient(args[0], args[2], args[3])
            .importFile(
                "excel",
                file,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    System.out.printf(Locale.ROOT, "import (%s): %.1f s, %.0f rows/s (upload %.1f s)%n",
        run.status(), run.seconds(), rows / run.seconds(), run.uploadSeconds());
    Files.delete(file);
    if (run.status().equals("failed") || run.status().equals("stopped")) {
      throw new IllegalStateException("import " + run.status() + ": " + run.report());
    }
    BenchSupport.record("xlsx_import_rows_s", rows / run.seconds());
    BenchSupport.record("xlsx_sax_rows_s", rows / sax);
  }

  static void write(Path file, int rows) throws Exception {
    String run = Long.toString(System.nanoTime() % 1_000_000, 36);
    try (SXSSFWorkbook book = new SXSSFWorkbook(200);
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("\"$\"#,##0.00"));
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("m/d/yyyy"));
      Sheet sheet = book.createSheet("Inventory");
      sheet.createRow(0).createCell(0).setCellValue("Inventory " + run);
      Row header = sheet.createRow(2);
      String[] names = {"SKU", "Item", "Category", "Condition", "Qty", "Paid", "Date Bought", "Location"};
      for (int k = 0; k < names.length; k++) header.createCell(k).setCellValue(names[k]);
      for (int i = 1; i <= rows; i++) {
        Row row = sheet.createRow(2 + i);
        row.createCell(0).setCellValue("X-" + run + "-" + i);
        row.createCell(1).setCellValue(MAKERS[i % MAKERS.length] + " " + THINGS[(i * 7) % THINGS.length] + " no. " + i);
        row.createCell(2).setCellValue(CATEGORIES[(i * 3) % CATEGORIES.length]);
        row.createCell(3).setCellValue(CONDITIONS[i % CONDITIONS.length]);
        row.createCell(4).setCellValue(1 + i % 4);
        var paid = row.createCell(5);
        paid.setCellValue((100 + (i * 37L) % 250_000) / 100.0);
        paid.setCellStyle(money);
        var bought = row.createCell(6);
        bought.setCellValue(LocalDate.of(2025, 1 + i % 12, 1 + i % 28));
        bought.setCellStyle(date);
        row.createCell(7).setCellValue("Shelf " + (i % 40));
      }
      book.write(out);
      book.dispose();
    }
  }

  /** Reads every cell of the first sheet with POI's SAX event API; answers seconds. */
  static double saxRead(Path file, int rows) throws Exception {
    long start = System.nanoTime();
    AtomicLong cells = new AtomicLong();
    AtomicLong seen = new AtomicLong();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler handler =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
              seen.incrementAndGet();
            }

            @Override
            public void endRow(int rowNum) {}

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              cells.addAndGet(value == null ? 0 : value.length());
            }
          };
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      XMLReader xml = factory.newSAXParser().getXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        xml.parse(new InputSource(sheet));
      }
    }
    if (seen.get() < rows) throw new IllegalStateException("read " + seen.get() + " rows");
    return (System.nanoTime() - start) / 1e9;
  }
}

package app.resell.imports.control.sheet;

import app.resell.tabular.RawRow;
import app.resell.tabular.RowSource;
import app.resell.tabular.SheetReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Rows of one worksheet of an xlsx, streamed: POI's {@link XSSFSheetXMLHandler} reads the sheet XML
 * with SAX, so memory holds the shared strings and styles but never the grid. Formula cells give
 * their cached value; nothing is evaluated.
 *
 * <p>SAX pushes rows while a batch reader pulls them, so the parse runs on its own thread and hands
 * rows over through a small bounded queue: the parser waits while the consumer works, and memory
 * stays flat. The thread comes from the caller's {@link ThreadFactory} (a container's managed one
 * in Jakarta EE). Closing stops the parse.
 */
final class XlsxRowSource implements RowSource {

  /** Inflated bytes must be at least 1% of compressed ones; real sheets are 5-20%. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest part (sheet XML) we inflate: about 2 GB, well above a million-row sheet. */
  static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

  private static final Object END = new Object();
  private static final Pattern EXPONENT = Pattern.compile("-?\\d+(\\.\\d+)?E-?\\d+");
  private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

  private final OPCPackage pkg;
  private final String sheetName;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
  private final Thread parser;
  private volatile boolean closed;
  private boolean finished;

  private XlsxRowSource(
      OPCPackage pkg, String sheetName, InputStream sheet, Parse parse, ThreadFactory threads) {
    this.pkg = pkg;
    this.sheetName = sheetName;
    this.parser = threads.newThread(() -> run(sheet, parse));
    try {
      this.parser.setName("xlsx-rows-" + sheetName);
      this.parser.setDaemon(true);
    } catch (RuntimeException managed) {
      // a container's managed thread may refuse renaming; it runs just as well
    }
    this.parser.start();
  }

  /** Opens the named sheet, or the first one when {@code wantedSheet} is null. */
  static XlsxRowSource open(Path file, String wantedSheet, int maxRows, ThreadFactory threads)
      throws SheetReadException {
    guardZipBombs();
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (NotOfficeXmlFileException e) {
      throw FormatSniffer.notSpreadsheet("This zip file is not an xlsx workbook.");
    } catch (InvalidFormatException | RuntimeException e) {
      throw failure(e, "The xlsx file is damaged and cannot be opened.");
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      boolean use1904 = uses1904(reader);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        InputStream sheet = sheets.next();
        String name = sheets.getSheetName();
        if (wantedSheet == null || wantedSheet.equalsIgnoreCase(name.strip())) {
          Parse parse = new Parse(styles, strings, new IsoDateFormatter(use1904), maxRows);
          return new XlsxRowSource(pkg, name, sheet, parse, threads);
        }
        sheet.close();
      }
      pkg.revert();
      throw new SheetReadException(
          SheetReadException.NO_SHEET,
          wantedSheet == null
              ? "The workbook has no worksheet."
              : "The workbook has no sheet named '" + wantedSheet + "'.");
    } catch (IOException | OpenXML4JException | org.xml.sax.SAXException | RuntimeException e) {
      pkg.revert();
      throw failure(e, "The xlsx file is damaged and cannot be read.");
    }
  }

  /** The workbook's sheet names, in tab order. */
  static List<String> sheetNames(Path file) throws SheetReadException {
    guardZipBombs();
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      throw failure(e, "The xlsx file is damaged and cannot be opened.");
    }
    try {
      XSSFReader.SheetIterator sheets =
          (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
      }
      return names;
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw failure(e, "The xlsx file is damaged and cannot be read.");
    } finally {
      pkg.revert();
    }
  }

  /**
   * POI's limits are JVM-wide; we only ever tighten them, so another caller's stricter choice
   * stands.
   */
  private static synchronized void guardZipBombs() {
    if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
      ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }
    if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
      ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
  }

  private static boolean uses1904(XSSFReader reader) throws IOException, OpenXML4JException {
    try (InputStream wb = reader.getWorkbookData()) {
      String head = new String(wb.readNBytes(16 * 1024), StandardCharsets.UTF_8);
      return DATE_1904.matcher(head).find();
    }
  }

  /** A zip bomb, a cap or damage, told apart by what POI or we said. */
  static SheetReadException failure(Throwable e, String damaged) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SheetReadException s) return s;
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("max size of the expanded data")) {
        return new SheetReadException(
            SheetReadException.ZIP_BOMB,
            "The xlsx file expands to far more data than a spreadsheet holds "
                + "(a zip bomb); it was not read.",
            e);
      }
    }
    return new SheetReadException(SheetReadException.CORRUPT, damaged, e);
  }

  String sheetName() {
    return sheetName;
  }

  @Override
  public RawRow next() throws SheetReadException {
    if (finished) return null;
    Object item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SheetReadException(SheetReadException.CORRUPT, "Reading was interrupted.", e);
    }
    if (item == END) {
      finished = true;
      return null;
    }
    if (item instanceof Throwable t) {
      finished = true;
      throw failure(t, "The xlsx sheet is damaged and cannot be read.");
    }
    return (RawRow) item;
  }

  @Override
  public void close() {
    closed = true;
    parser.interrupt();
    queue.clear();
    try {
      parser.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pkg.revert();
  }

  private void run(InputStream sheet, Parse parse) {
    try (sheet) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(
              parse.styles, parse.strings, new Rows(parse.maxRows), parse.formatter, false));
      xml.parse(new InputSource(sheet));
      handOver(END);
    } catch (Stopped e) {
      // closed by the consumer: nobody is waiting for more rows
    } catch (Throwable e) {
      if (!closed) {
        try {
          handOver(e);
        } catch (Stopped ignored) {
          // closed meanwhile
        }
      }
    }
  }

  private void handOver(Object item) {
    try {
      while (!closed) {
        if (queue.offer(item, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Stopped();
  }

  private record Parse(
      StylesTable styles,
      ReadOnlySharedStringsTable strings,
      IsoDateFormatter formatter,
      int maxRows) {}

  /** Thrown inside the SAX callbacks to abandon the parse when the consumer has closed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /** Collects one row's cells by column and hands the row over when it ends. */
  private final class Rows implements SheetContentsHandler {
    private final int maxRows;
    private final List<String> cells = new ArrayList<>();
    private int rowsSeen;
    private int nextColumn;

    Rows(int maxRows) {
      this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? nextColumn : new CellReference(ref).getCol();
      while (cells.size() <= col) cells.add("");
      String text = value == null ? "" : numberText(value);
      // POI writes error cells as "ERROR:#N/A"; the reseller knows them as "#N/A".
      if (text.startsWith("ERROR:")) text = text.substring("ERROR:".length());
      cells.set(col, text);
      nextColumn = col + 1;
    }

    @Override
    public void endRow(int rowNum) {
      if (closed) throw new Stopped();
      if (++rowsSeen > maxRows) {
        throw new IllegalStateException(
            new SheetReadException(
                SheetReadException.TOO_MANY_ROWS,
                "The sheet has more than " + maxRows + " rows; split it into smaller files."));
      }
      RawRow row = new RawRow(rowNum + 1, List.copyOf(cells));
      if (!row.blank()) handOver(row);
    }
  }

  /** Unstyled numbers arrive as stored: {@code 1.5E-2} is written out as {@code 0.015}. */
  private static String numberText(String value) {
    if (value.indexOf('E') > 0 && EXPONENT.matcher(value).matches()) {
      return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }
    return value;
  }
}

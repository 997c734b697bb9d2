package app.resell.exports.control;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes export rows as an xlsx workbook straight into the response while they come from the
 * database cursor, so the download starts at once and memory stays flat at any size. An xlsx is a
 * zip of XML parts; every part but the sheet is known before the first row, so they go out first,
 * then the sheet is one deflated zip entry whose rows are written one by one. POI's {@code
 * SXSSFWorkbook} could not do this: it assembles the zip only after the last row, so a million-row
 * export sent nothing for minutes and idle timeouts cut it off (docs/EXPORTS.md).
 *
 * <p>Cells carry real types: amounts are numbers with a currency format, dates and timestamps date
 * serials with a date format, flags booleans, and text is always an inline string (never a formula,
 * so formula injection cannot happen whatever the text begins with; no shared-strings table to
 * keep). The header is bold, frozen and filtered; widths follow the column type. The filter's range
 * needs the last row, which is fine: the schema places it after the rows.
 */
public final class XlsxExportWriter implements AutoCloseable {

  /** Rows an Excel 2007+ sheet holds. */
  static final int SHEET_ROWS = 1 << 20;

  /** Data rows an Excel sheet holds below its header (one row left for the truncation notice). */
  public static final int MAX_ROWS = SHEET_ROWS - 2;

  /** Excel's limit for the characters of one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** Rows between flushes, so bytes keep reaching the client on a slow compressor or link. */
  static final int FLUSH_EVERY = 1000;

  /** Days from Excel's day zero (1899-12-30 in its 1900 date system) to 1970-01-01. */
  private static final long EXCEL_EPOCH_OFFSET = 25_569;

  private static final LocalDate EXCEL_FIRST_DAY = LocalDate.of(1900, 3, 1);

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  /** Style indexes into {@code cellXfs} of {@link #STYLES}. */
  private static final int MONEY = 1;

  private static final int DATE = 2;
  private static final int TIMESTAMP = 3;
  private static final int DECIMAL = 4;
  private static final int HEADER = 5;

  static final String STYLES =
      XML_HEAD
          + "<styleSheet xmlns=\""
          + MAIN_NS
          + "\"><numFmts count=\"3\">"
          + "<numFmt numFmtId=\"164\" formatCode=\"&quot;$&quot;#,##0.00;-&quot;$&quot;#,##0.00\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd\"/>"
          + "<numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs><cellXfs count=\"6\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
          + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";

  private static final String CONTENT_TYPES =
      XML_HEAD
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          + "</Types>";

  private static final String ROOT_RELS =
      XML_HEAD
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\""
          + REL_NS
          + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

  private static final String WORKBOOK =
      XML_HEAD
          + "<workbook xmlns=\""
          + MAIN_NS
          + "\" xmlns:r=\""
          + REL_NS
          + "\"><bookViews><workbookView activeTab=\"0\"/></bookViews>"
          + "<sheets><sheet name=\"Inventory\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

  private static final String WORKBOOK_RELS =
      XML_HEAD
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\""
          + REL_NS
          + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\""
          + REL_NS
          + "/styles\" Target=\"styles.xml\"/></Relationships>";

  private final Target target;
  private final ZipOutputStream zip;
  private final Writer xml;
  private final List<ExportColumn> columns;
  private final UnaryOperator<String> photoLinks;
  private final String[] letters;
  private final Object[] values;
  private int rowIndex;
  private boolean finished;

  /**
   * Writes every part but the rows, the sheet's start and its header, and flushes them to the
   * client: the first bytes leave before the database is asked for a row. {@code photoLinks} turns
   * a {@link ColumnType#PHOTO_LINKS} value into the links written.
   */
  public XlsxExportWriter(
      OutputStream out, List<ExportColumn> columns, UnaryOperator<String> photoLinks)
      throws IOException {
    this.columns = columns;
    this.photoLinks = photoLinks;
    this.letters = new String[columns.size()];
    for (int k = 0; k < letters.length; k++) letters[k] = columnLetters(k);
    this.values = new Object[columns.size()];
    target = new Target(out);
    zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
    // speed over the last percent of size: the compressor must keep pace with the cursor
    zip.setLevel(Deflater.BEST_SPEED);
    xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    part("[Content_Types].xml", CONTENT_TYPES);
    part("_rels/.rels", ROOT_RELS);
    part("xl/workbook.xml", WORKBOOK);
    part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
    part("xl/styles.xml", STYLES);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    xml.write(XML_HEAD);
    xml.write("<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">");
    xml.write(
        "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
            + "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (!columns.isEmpty()) {
      xml.write("<cols>");
      for (int k = 0; k < columns.size(); k++) {
        String n = Integer.toString(k + 1);
        xml.write(
            "<col min=\""
                + n
                + "\" max=\""
                + n
                + "\" width=\""
                + width(columns.get(k))
                + "\" customWidth=\"1\"/>");
      }
      xml.write("</cols>");
    }
    xml.write("<sheetData>");
    startRow();
    for (int k = 0; k < columns.size(); k++) text(k, columns.get(k).key(), HEADER);
    xml.write("</row>");
    flush();
  }

  /** Whether another data row fits below Excel's row limit. */
  public boolean full() {
    return rowIndex > MAX_ROWS;
  }

  /** Writes the cursor's current row: nothing of it is kept. */
  public void row(ResultSet rs) throws SQLException, IOException {
    for (int k = 0; k < columns.size(); k++) {
      values[k] = CellValues.read(rs, k + 1, columns.get(k).type());
      if (columns.get(k).type() == ColumnType.PHOTO_LINKS && values[k] != null) {
        values[k] = photoLinks.apply((String) values[k]);
      }
    }
    row(values);
  }

  /** Writes one row of values typed as {@link CellValues#read} returns them; null is no cell. */
  void row(Object[] row) throws IOException {
    startRow();
    for (int k = 0; k < columns.size(); k++) {
      Object value = row[k];
      if (value == null) continue;
      switch (columns.get(k).type()) {
        case TEXT, PHOTO_LINKS -> text(k, (String) value, 0);
        case MONEY -> number(k, ((BigDecimal) value).toPlainString(), MONEY);
        case DECIMAL -> number(k, ((BigDecimal) value).toPlainString(), DECIMAL);
        case INTEGER -> number(k, value.toString(), 0);
        case DATE -> date(k, (LocalDate) value);
        case TIMESTAMP ->
            timestamp(
                k,
                ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        case BOOLEAN -> {
          cellStart(k, 0);
          xml.write(" t=\"b\"><v>" + ((Boolean) value ? '1' : '0') + "</v></c>");
        }
      }
    }
    xml.write("</row>");
    if (rowIndex % FLUSH_EVERY == 0) flush();
  }

  /** A last row saying the sheet stopped at Excel's limit. */
  public void truncated() throws IOException {
    startRow();
    text(
        0,
        "Stopped at Excel's limit of " + MAX_ROWS + " rows: export as CSV to get every item.",
        0);
    xml.write("</row>");
  }

  /** Ends the rows, adds the filter over them and writes the zip's directory. */
  public void finish() throws IOException {
    xml.write("</sheetData><autoFilter ref=\"A1:");
    xml.write(letters.length == 0 ? "A" : letters[letters.length - 1]);
    xml.write(Integer.toString(Math.max(rowIndex, 2)));
    xml.write("\"/></worksheet>");
    xml.flush();
    zip.closeEntry();
    zip.finish();
    finished = true;
    target.flush();
  }

  /**
   * Frees the compressor. After a failure the zip is left unfinished on purpose: its directory is
   * not written, so a broken download cannot pass for a complete workbook.
   */
  @Override
  public void close() throws IOException {
    if (!finished) target.abandon();
    zip.close();
  }

  private void part(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    xml.write(content);
    xml.flush();
    zip.closeEntry();
  }

  private void flush() throws IOException {
    xml.flush();
    zip.flush();
  }

  private void startRow() throws IOException {
    rowIndex++;
    xml.write("<row r=\"");
    xml.write(Integer.toString(rowIndex));
    xml.write("\">");
  }

  private void cellStart(int k, int style) throws IOException {
    xml.write("<c r=\"");
    xml.write(letters[k]);
    xml.write(Integer.toString(rowIndex));
    xml.write('"');
    if (style != 0) xml.write(" s=\"" + style + '"');
  }

  private void number(int k, String value, int style) throws IOException {
    cellStart(k, style);
    xml.write("><v>");
    xml.write(value);
    xml.write("</v></c>");
  }

  private void text(int k, String value, int style) throws IOException {
    cellStart(k, style);
    xml.write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    escape(value, xml);
    xml.write("</t></is></c>");
  }

  private void date(int k, LocalDate day) throws IOException {
    if (day.isBefore(EXCEL_FIRST_DAY)) {
      text(k, day.toString(), 0); // before Excel's calendar: a serial would be wrong or invalid
    } else {
      number(k, Long.toString(day.toEpochDay() + EXCEL_EPOCH_OFFSET), DATE);
    }
  }

  private void timestamp(int k, LocalDateTime time) throws IOException {
    if (time.toLocalDate().isBefore(EXCEL_FIRST_DAY)) {
      text(k, time.toString(), 0);
    } else {
      double serial =
          time.toLocalDate().toEpochDay()
              + EXCEL_EPOCH_OFFSET
              + time.toLocalTime().toNanoOfDay() / 86_400e9;
      number(k, Double.toString(serial), TIMESTAMP);
    }
  }

  /**
   * Writes text as XML character data that Excel reads back unchanged: markup characters escaped,
   * carriage returns as references (a parser would turn a raw one into a line feed), characters XML
   * 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF) dropped, and the
   * underscore of a literal {@code _xHHHH_} escaped, since Excel decodes that pattern as a
   * character. Anything else, non-ASCII included, is written as is; text is cut at Excel's cell
   * limit of {@value #MAX_CELL_CHARS} characters.
   */
  static void escape(String s, Appendable out) throws IOException {
    int end = Math.min(s.length(), MAX_CELL_CHARS);
    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) end--;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r' -> out.append("&#13;");
        case '\t', '\n' -> out.append(c);
        case '_' -> out.append(excelEscapeAhead(s, i, end) ? "_x005F_" : "_");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue;
          if (Character.isHighSurrogate(c)) {
            if (i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            }
          } else if (!Character.isLowSurrogate(c)) {
            out.append(c);
          }
        }
      }
    }
  }

  /** Whether {@code _xHHHH_} starts at {@code i}: Excel would read it as one character. */
  private static boolean excelEscapeAhead(String s, int i, int end) {
    if (i + 7 > end || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') return false;
    for (int j = i + 2; j < i + 6; j++) {
      if (Character.digit(s.charAt(j), 16) < 0) return false;
    }
    return true;
  }

  /** Excel's name of the k-th column (0 is A, 26 is AA). */
  static String columnLetters(int k) {
    StringBuilder b = new StringBuilder();
    for (int n = k + 1; n > 0; n = (n - 1) / 26) b.insert(0, (char) ('A' + (n - 1) % 26));
    return b.toString();
  }

  /** Characters wide: by what the column holds, never narrower than its header. */
  static int width(ExportColumn c) {
    int byType =
        switch (c.type()) {
          case TEXT ->
              switch (c.key()) {
                case "item_name" -> 40;
                case "description", "notes", "keywords", "seasonality_notes" -> 50;
                case "lot_id" -> 37;
                default -> c.key().endsWith("_url") ? 35 : 16;
              };
          case PHOTO_LINKS -> 60;
          case MONEY -> 13;
          case DATE -> 12;
          case TIMESTAMP -> 20;
          case INTEGER, DECIMAL, BOOLEAN -> 9;
        };
    return Math.max(byType, c.key().length() + 3);
  }

  /**
   * The response stream under the zip: never closed by it (the container owns it), and once the
   * export failed it swallows what closing the zip would still write.
   */
  private static final class Target extends FilterOutputStream {

    private boolean abandoned;

    Target(OutputStream out) {
      super(out);
    }

    void abandon() {
      abandoned = true;
    }

    @Override
    public void write(int b) throws IOException {
      if (!abandoned) out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!abandoned) out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (!abandoned) out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

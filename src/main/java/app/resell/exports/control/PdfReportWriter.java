package app.resell.exports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A printable inventory report with PDFBox: landscape Letter pages, each with the report title, the
 * filters and the table header, a summary (item count, total cost, estimated value) on the first
 * page and a totals line at the end, and "Page n of N" at the foot of every page. Pages are cached
 * in a temporary file rather than the heap. A printout of more than {@value #MAX_ROWS} items helps
 * nobody, so the table stops there and says so (the summary still counts every item).
 */
public final class PdfReportWriter implements AutoCloseable {

  public static final int MAX_ROWS = 5000;

  /** The report's columns: header, SQL column it prints, width in points, right-aligned. */
  record Col(String header, String key, float width, boolean right) {}

  static final List<Col> COLUMNS =
      List.of(
          new Col("SKU / Lot", "sku", 70, false),
          new Col("Item", "item_name", 230, false),
          new Col("Category", "category", 75, false),
          new Col("Condition", "condition", 60, false),
          new Col("Qty", "quantity", 28, true),
          new Col("Location", "storage_location", 85, false),
          new Col("Acquired", "acquisition_date", 58, false),
          new Col("Total cost", "total_cost", 58, true),
          new Col("Est. value", "estimated_value", 58, true));

  private static final float MARGIN = 36;
  private static final float ROW = 13;
  private static final PDRectangle SIZE =
      new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());

  private final PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final String subtitle;
  private PDPageContentStream page;
  private float y;
  private long rows;
  private BigDecimal cost = BigDecimal.ZERO;
  private BigDecimal value = BigDecimal.ZERO;

  /**
   * @param subtitle the date and the filters, printed under the title on every page
   */
  public PdfReportWriter(String subtitle) {
    this.subtitle = subtitle;
  }

  /** The first page's summary of every matching item. */
  public void summary(long count, BigDecimal totalCost, BigDecimal estimatedValue)
      throws IOException {
    newPage();
    String line =
        "Items: "
            + count
            + "    Total cost: "
            + money(totalCost)
            + "    Estimated value: "
            + money(estimatedValue)
            + (count > MAX_ROWS ? "    (the table lists the first " + MAX_ROWS + ")" : "");
    text(bold, 10, MARGIN, y, line);
    y -= ROW * 1.5f;
    tableHeader();
  }

  public boolean full() {
    return rows >= MAX_ROWS;
  }

  /** One item row; the query must name the columns of {@link #COLUMNS}. */
  public void row(ResultSet rs) throws SQLException, IOException {
    if (y < MARGIN + 2 * ROW) {
      newPage();
      tableHeader();
    }
    float x = MARGIN;
    for (Col c : COLUMNS) {
      Object v = rs.getObject(c.key());
      String text;
      if (v instanceof BigDecimal d) text = money(d);
      else if (c.key().equals("acquisition_date"))
        text = rs.getObject(c.key(), LocalDate.class).toString();
      else text = v == null ? "" : v.toString();
      cell(plain, text, x, c);
      x += c.width();
    }
    rows++;
    BigDecimal itemCost = rs.getBigDecimal("total_cost");
    BigDecimal itemValue = rs.getBigDecimal("estimated_value");
    if (itemCost != null) cost = cost.add(itemCost);
    if (itemValue != null) value = value.add(itemValue);
    y -= ROW;
  }

  /** The totals of the listed rows, page numbers, and the document. */
  public void finish(OutputStream out) throws IOException {
    if (page == null) summary(0, BigDecimal.ZERO, BigDecimal.ZERO);
    y -= ROW / 2;
    if (y < MARGIN + ROW) newPage();
    text(bold, 9, MARGIN, y, "Totals of the " + rows + " items listed");
    float x = MARGIN;
    for (Col c : COLUMNS) {
      if (c.key().equals("total_cost")) cell(bold, money(cost), x, c);
      if (c.key().equals("estimated_value")) cell(bold, money(value), x, c);
      x += c.width();
    }
    page.close();
    page = null;
    int total = document.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      try (PDPageContentStream foot =
          new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
        String label = "Page " + (i + 1) + " of " + total;
        float w = plain.getStringWidth(label) / 1000 * 8;
        foot.beginText();
        foot.setFont(plain, 8);
        foot.newLineAtOffset(SIZE.getWidth() - MARGIN - w, MARGIN / 2);
        foot.showText(label);
        foot.endText();
      }
    }
    document.save(out);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (page != null) page.close();
    document.close();
  }

  private void newPage() throws IOException {
    if (page != null) page.close();
    PDPage p = new PDPage(SIZE);
    document.addPage(p);
    page = new PDPageContentStream(document, p);
    y = SIZE.getHeight() - MARGIN;
    text(bold, 14, MARGIN, y, "Resell inventory report");
    y -= ROW * 1.3f;
    text(plain, 8, MARGIN, y, subtitle);
    y -= ROW * 1.5f;
  }

  private void tableHeader() throws IOException {
    float x = MARGIN;
    for (Col c : COLUMNS) {
      cell(bold, c.header(), x, c);
      x += c.width();
    }
    y -= 3;
    page.moveTo(MARGIN, y);
    page.lineTo(x, y);
    page.stroke();
    y -= ROW;
  }

  private void cell(PDType1Font font, String text, float x, Col c) throws IOException {
    float size = 8;
    String fitted = printable(text);
    while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > c.width() - 4) {
      fitted = fitted.substring(0, fitted.length() - 1);
    }
    if (!fitted.equals(printable(text)) && fitted.length() > 1) {
      fitted = fitted.substring(0, fitted.length() - 1) + "~";
    }
    float w = font.getStringWidth(fitted) / 1000 * size;
    text(font, size, c.right() ? x + c.width() - 4 - w : x, y, fitted);
  }

  private void text(PDType1Font font, float size, float x, float at, String text)
      throws IOException {
    if (text.isEmpty()) return;
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, at);
    page.showText(printable(text));
    page.endText();
  }

  /** The standard fonts draw only WinAnsi; anything else prints as "?". */
  static String printable(String text) {
    return text == null ? "" : text.replaceAll("[^\\x20-\\x7E]", "?");
  }

  static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return f.format(amount.setScale(2, RoundingMode.HALF_UP));
  }
}

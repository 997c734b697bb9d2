package app.resell.imports.control.pdf;

import app.resell.imports.control.pdf.GeneratedInvoice.Lot;
import app.resell.imports.control.pdf.GeneratedInvoice.Row;
import app.resell.imports.control.pdf.GeneratedInvoice.Style;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Draws a {@link GeneratedInvoice} with PDFBox the way auction software prints: a page header
 * repeated on every page, an item table (ruled, boxed or bare, headings left, right or centred,
 * text wrapped to its column) or one block per lot in one or two page columns, then a totals box.
 */
final class GeneratedInvoicePrinter {

  private static final float MARGIN = 40;

  private final GeneratedInvoice inv;
  private final Style style;
  private final GeneratedInvoiceText words;
  private final PDDocument doc = new PDDocument();
  private final PDType1Font regular;
  private final PDType1Font bold;
  private final float width;
  private final float height;
  private final float leading;
  private PDPageContentStream cs;
  private float y;
  private int pageNo;

  private GeneratedInvoicePrinter(GeneratedInvoice inv) {
    this.inv = inv;
    this.style = inv.style();
    this.words = new GeneratedInvoiceText(inv);
    FontName[] f =
        switch (style.font()) {
          case "Times" -> new FontName[] {FontName.TIMES_ROMAN, FontName.TIMES_BOLD};
          case "Courier" -> new FontName[] {FontName.COURIER, FontName.COURIER_BOLD};
          default -> new FontName[] {FontName.HELVETICA, FontName.HELVETICA_BOLD};
        };
    regular = new PDType1Font(f[0]);
    bold = new PDType1Font(f[1]);
    PDRectangle letter = PDRectangle.LETTER;
    width = style.landscape() ? letter.getHeight() : letter.getWidth();
    height = style.landscape() ? letter.getWidth() : letter.getHeight();
    leading = style.size() * 1.25f;
  }

  static void print(GeneratedInvoice inv, Path out) {
    GeneratedInvoicePrinter p = new GeneratedInvoicePrinter(inv);
    try {
      p.draw();
      p.doc.save(out.toFile());
      p.doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw() throws IOException {
    newPage();
    switch (style.layout()) {
      case TABLE -> table();
      case BLOCKS -> blocks(1);
      case TWO_COLUMN_BLOCKS -> blocks(2);
    }
    totals();
    cs.close();
  }

  // ---- pages -------------------------------------------------------------------------------

  private void newPage() throws IOException {
    if (cs != null) cs.close();
    PDPage page = new PDPage(new PDRectangle(width, height));
    doc.addPage(page);
    cs = new PDPageContentStream(doc, page);
    pageNo++;
    y = MARGIN;
    text(bold, style.size() + 5, MARGIN, y, inv.house());
    text(
        bold,
        style.size() + 3,
        width - MARGIN - textWidth(bold, style.size() + 3, "INVOICE"),
        y,
        "INVOICE");
    y += leading * 1.8f;
    text(regular, style.size(), MARGIN, y, "Invoice #: " + inv.invoiceNumber());
    right(regular, style.size(), width - MARGIN, y, "Page " + pageNo);
    y += leading;
    if (pageNo == 1) {
      text(regular, style.size(), MARGIN, y, "Sale date: 03/08/2025    Bidder: 442");
      y += leading;
      if (words.printsTerms()) {
        text(regular, style.size(), MARGIN, y, "Terms: payment due within 7 days of the sale.");
        y += leading;
      }
    }
    y += leading;
  }

  private boolean full(float needed) {
    return y + needed > height - MARGIN;
  }

  // ---- table -------------------------------------------------------------------------------

  private float[] columnEdges() {
    List<String> cols = style.columns();
    float[] widths = new float[cols.size()];
    float fixed = 0;
    int desc = -1;
    for (int i = 0; i < cols.size(); i++) {
      float w =
          switch (cols.get(i)) {
            case "desc" -> 0;
            case "lot" -> 9 * style.size() * 0.6f + 8;
            case "qty" -> Math.max(28, textWidth(bold, style.size(), style.headings().get(i)) + 8);
            default -> Math.max(62, textWidth(bold, style.size(), style.headings().get(i)) + 10);
          };
      if (cols.get(i).equals("desc")) desc = i;
      widths[i] = w;
      fixed += w;
    }
    widths[desc] = Math.max(140, width - 2 * MARGIN - fixed);
    float[] edges = new float[cols.size() + 1];
    edges[0] = MARGIN;
    for (int i = 0; i < cols.size(); i++) edges[i + 1] = edges[i] + widths[i];
    return edges;
  }

  private void table() throws IOException {
    float[] edges = columnEdges();
    heading(edges);
    int rowsOnPage = 0;
    for (Row row : inv.rows()) {
      List<String> desc = wrap(row.lot().description(), descWidth(edges));
      float rowHeight = desc.size() * leading + 3;
      if (full(rowHeight) || rowsOnPage >= style.rowsPerPage()) {
        newPage();
        heading(edges);
        rowsOnPage = 0;
      }
      tableRow(edges, row, desc);
      rowsOnPage++;
    }
    if (words.creditInTable()) {
      rowCells(edges, words.creditCells(), List.of(GeneratedInvoiceText.CREDIT_ROW));
    }
  }

  private float descWidth(float[] edges) {
    int i = style.columns().indexOf("desc");
    return edges[i + 1] - edges[i] - 6;
  }

  private void heading(float[] edges) throws IOException {
    if (style.headless()) return;
    List<String> cols = style.columns();
    float top = y - leading * 0.9f;
    for (int i = 0; i < cols.size(); i++) {
      String h = style.headings().get(i);
      boolean money = isMoney(cols.get(i));
      float w = textWidth(bold, style.size(), h);
      float x =
          switch (style.headingAlign()) {
            case 1 -> money ? edges[i + 1] - 3 - w : edges[i] + 3;
            case 2 -> (edges[i] + edges[i + 1] - w) / 2;
            default -> edges[i] + 3;
          };
      text(bold, style.size(), x, y, h);
    }
    float bottom = y + leading * 0.35f;
    if (style.ruled() || style.boxed()) hline(edges[0], edges[edges.length - 1], bottom);
    if (style.boxed()) {
      hline(edges[0], edges[edges.length - 1], top);
      for (float e : edges) vline(e, top, bottom);
    }
    y += leading * 1.4f;
  }

  private void tableRow(float[] edges, Row row, List<String> desc) throws IOException {
    rowCells(edges, words.cells(row, desc.get(0)), desc);
  }

  private void rowCells(float[] edges, List<String> cells, List<String> desc) throws IOException {
    List<String> cols = style.columns();
    float top = y - leading * 0.9f;
    for (int i = 0; i < cols.size(); i++) {
      String v = cells.get(i);
      if (v.isEmpty()) continue;
      if (isMoney(cols.get(i)) || cols.get(i).equals("qty")) {
        right(regular, style.size(), edges[i + 1] - 3, y, v);
      } else {
        text(regular, style.size(), edges[i] + 3, y, v);
      }
    }
    int d = cols.indexOf("desc");
    for (int k = 1; k < desc.size(); k++) {
      y += leading;
      text(regular, style.size(), edges[d] + 3, y, desc.get(k));
    }
    float bottom = y + leading * 0.35f;
    if (style.ruled()) hline(edges[0], edges[edges.length - 1], bottom);
    if (style.boxed()) for (float e : edges) vline(e, top, bottom);
    y += leading * 1.2f;
  }

  // ---- one block per lot --------------------------------------------------------------------

  private void blocks(int columns) throws IOException {
    float gap = 24;
    float colWidth = (width - 2 * MARGIN - gap * (columns - 1)) / columns;
    int col = 0;
    float startY = y;
    boolean lotOnOwnLine = inv.style().headingAlign() == 0;
    float lowest = y;
    for (Row row : inv.rows()) {
      Lot l = row.lot();
      float amountX = MARGIN + col * (colWidth + gap) + colWidth;
      float x = MARGIN + col * (colWidth + gap);
      String lotLabel = lotOnOwnLine ? "Lot " + l.lot() : l.lot();
      float indent = lotOnOwnLine ? 14 : textWidth(regular, style.size(), "MMMMMMMM") + 4;
      List<String> desc = wrap(l.description(), colWidth - indent - 70);
      int charges = row.status() != null ? 0 : words.chargeLines(l).size();
      float needed = (desc.size() + charges + (lotOnOwnLine ? 1 : 0)) * leading + leading * 0.6f;
      if (full(needed)) {
        if (++col >= columns) {
          newPage();
          col = 0;
          startY = y;
          lowest = y;
        }
        y = startY;
        amountX = MARGIN + col * (colWidth + gap) + colWidth;
        x = MARGIN + col * (colWidth + gap);
      }
      String amount = row.status() != null ? row.status() : money(l.hammer());
      text(bold, style.size(), x, y, lotLabel);
      right(regular, style.size(), amountX, y, amount);
      int k = 0;
      if (!lotOnOwnLine) text(regular, style.size(), x + indent, y, desc.get(k++));
      for (; k < desc.size(); k++) {
        y += leading;
        text(regular, style.size(), x + indent, y, desc.get(k));
      }
      if (row.status() == null) {
        for (String[] c : words.chargeLines(l)) {
          y += leading;
          text(regular, style.size(), x + indent + 10, y, c[0]);
          right(regular, style.size(), amountX, y, c[1]);
        }
      }
      if (style.ruled()) hline(x, amountX, y + leading * 0.45f);
      y += leading * 1.6f;
      lowest = Math.max(lowest, y);
    }
    y = lowest;
  }

  // ---- totals -------------------------------------------------------------------------------

  private void totals() throws IOException {
    List<String[]> lines = words.totalLines();
    if (full(lines.size() * leading + leading)) newPage();
    y += leading * 0.8f;
    float labelX = width - MARGIN - 230;
    for (String[] l : lines) {
      text(l[0].startsWith("Total") ? bold : regular, style.size(), labelX, y, l[0]);
      right(regular, style.size(), width - MARGIN - 3, y, l[1]);
      y += leading;
    }
  }

  // ---- drawing ------------------------------------------------------------------------------

  private static boolean isMoney(String column) {
    return GeneratedInvoiceText.isMoney(column);
  }

  private String money(BigDecimal v) {
    return words.money(v);
  }

  private List<String> wrap(String text, float max) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (textWidth(regular, style.size(), candidate) > max && !line.isEmpty()) {
        out.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    out.add(line.toString());
    return out;
  }

  private float textWidth(PDType1Font font, float size, String s) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(PDType1Font font, float size, float x, float top, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, height - top);
    cs.showText(s);
    cs.endText();
  }

  private void right(PDType1Font font, float size, float x, float top, String s)
      throws IOException {
    text(font, size, x - textWidth(font, size, s), top, s);
  }

  private void hline(float x0, float x1, float top) throws IOException {
    cs.setLineWidth(0.5f);
    cs.moveTo(x0, height - top);
    cs.lineTo(x1, height - top);
    cs.stroke();
  }

  private void vline(float x, float top, float bottom) throws IOException {
    cs.setLineWidth(0.5f);
    cs.moveTo(x, height - top);
    cs.lineTo(x, height - bottom);
    cs.stroke();
  }
}

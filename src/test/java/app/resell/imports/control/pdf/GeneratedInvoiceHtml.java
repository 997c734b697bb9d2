package app.resell.imports.control.pdf;

import app.resell.imports.control.pdf.GeneratedInvoice.Layout;
import app.resell.imports.control.pdf.GeneratedInvoice.Lot;
import app.resell.imports.control.pdf.GeneratedInvoice.Row;
import app.resell.imports.control.pdf.GeneratedInvoice.Style;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a {@link GeneratedInvoice} as the HTML page a web-based auction system prints, for {@link
 * ChromiumPdf} to print: the same words and amounts as {@link GeneratedInvoicePrinter}, laid out by
 * the browser. The table's heading repeats on every page (a {@code thead}), descriptions wrap where
 * the browser's font metrics say, one block per lot flows into one or two CSS columns, and the
 * header is printed once, on the first page, as most web invoices do.
 */
final class GeneratedInvoiceHtml {

  private final GeneratedInvoice inv;
  private final Style style;
  private final GeneratedInvoiceText words;
  private final StringBuilder out = new StringBuilder();

  private GeneratedInvoiceHtml(GeneratedInvoice inv) {
    this.inv = inv;
    this.style = inv.style();
    this.words = new GeneratedInvoiceText(inv);
  }

  static String render(GeneratedInvoice inv) {
    GeneratedInvoiceHtml page = new GeneratedInvoiceHtml(inv);
    page.write();
    return page.out.toString();
  }

  private void write() {
    String family =
        switch (style.font()) {
          case "Times" -> "'Liberation Serif', 'Times New Roman', serif";
          case "Courier" -> "'Liberation Mono', 'Courier New', monospace";
          default -> "'Liberation Sans', Arial, Helvetica, sans-serif";
        };
    String border = "0.6pt solid #333";
    out.append("<!doctype html><html><head><meta charset='utf-8'><title>")
        .append(esc(inv.house()))
        .append("</title><style>")
        .append("body{margin:0;font-family:")
        .append(family)
        .append(";font-size:")
        .append(style.size())
        .append("pt;color:#000}")
        .append(".top{display:flex;justify-content:space-between;font-weight:bold}")
        .append(".house{font-size:")
        .append(style.size() + 5)
        .append("pt}.title{font-size:")
        .append(style.size() + 3)
        .append("pt}p{margin:0.2em 0}")
        .append("table.items{width:100%;border-collapse:collapse;margin-top:1em}")
        .append("thead{display:table-header-group}tr{break-inside:avoid}")
        .append("th{font-weight:bold;vertical-align:bottom;padding:2pt 3pt;text-align:")
        .append(style.headingAlign() == 2 ? "center" : "left")
        .append("}td{vertical-align:top;padding:2pt 3pt}td.n{text-align:right;white-space:nowrap}")
        .append(style.headingAlign() == 1 ? "th.n{text-align:right}" : "")
        .append(style.ruled() || style.boxed() ? "thead th{border-bottom:" + border + "}" : "")
        .append(style.ruled() ? "tbody td{border-bottom:" + border + "}" : "")
        .append(
            style.boxed() ? "th,td{border-left:" + border + ";border-right:" + border + "}" : "")
        .append(style.boxed() ? "thead th{border-top:" + border + "}" : "")
        .append(".lots{margin-top:1em")
        .append(style.layout() == Layout.TWO_COLUMN_BLOCKS ? ";columns:2;column-gap:24pt" : "")
        .append("}.lot{break-inside:avoid;margin-bottom:0.6em")
        .append(style.ruled() ? ";border-bottom:" + border : "")
        .append("}.line{display:flex;justify-content:space-between;gap:1em}")
        .append(".line .amt{white-space:nowrap}.desc{padding-left:14pt}.charge{padding-left:24pt}")
        .append("table.totals{margin:1em 0 0 auto;border-collapse:collapse}")
        .append("table.totals td{padding:1pt 3pt}table.totals td.n{padding-left:3em}")
        .append("</style></head><body>");
    header();
    switch (style.layout()) {
      case TABLE -> table();
      case BLOCKS, TWO_COLUMN_BLOCKS -> blocks();
    }
    totals();
    out.append("</body></html>");
  }

  private void header() {
    out.append("<div class='top'><span class='house'>")
        .append(esc(inv.house()))
        .append("</span><span class='title'>INVOICE</span></div>")
        .append("<p>Invoice #: ")
        .append(esc(inv.invoiceNumber()))
        .append("</p><p>Sale date: 03/08/2025 &nbsp; Bidder: 442</p>");
    if (words.printsTerms()) {
      out.append("<p>Terms: payment due within 7 days of the sale.</p>");
    }
  }

  private void table() {
    List<String> cols = style.columns();
    out.append("<table class='items'>");
    if (!style.headless()) {
      out.append("<thead><tr>");
      for (int i = 0; i < cols.size(); i++) {
        out.append(numeric(cols.get(i)) ? "<th class='n'>" : "<th>")
            .append(esc(style.headings().get(i)))
            .append("</th>");
      }
      out.append("</tr></thead>");
    }
    out.append("<tbody>");
    for (Row row : inv.rows()) cells(words.cells(row, row.lot().description()));
    if (words.creditInTable()) cells(words.creditCells());
    out.append("</tbody></table>");
  }

  private void cells(List<String> cells) {
    List<String> cols = style.columns();
    out.append("<tr>");
    for (int i = 0; i < cols.size(); i++) {
      String c = cols.get(i);
      out.append(
              numeric(c) ? "<td class='n'>" : c.equals("desc") ? "<td style='width:45%'>" : "<td>")
          .append(esc(cells.get(i)))
          .append("</td>");
    }
    out.append("</tr>");
  }

  private void blocks() {
    boolean lotOnOwnLine = style.headingAlign() == 0;
    out.append("<div class='lots'>");
    for (Row row : inv.rows()) {
      Lot l = row.lot();
      String amount = row.status() != null ? row.status() : money(l.hammer());
      out.append("<div class='lot'><div class='line'><span><b>")
          .append(esc(lotOnOwnLine ? "Lot " + l.lot() : l.lot()))
          .append("</b>");
      if (!lotOnOwnLine) out.append(" &nbsp; ").append(esc(l.description()));
      out.append("</span><span class='amt'>").append(esc(amount)).append("</span></div>");
      if (lotOnOwnLine)
        out.append("<div class='desc'>").append(esc(l.description())).append("</div>");
      if (row.status() == null) {
        for (String[] c : words.chargeLines(l)) {
          out.append("<div class='line charge'><span>")
              .append(esc(c[0]))
              .append("</span><span class='amt'>")
              .append(esc(c[1]))
              .append("</span></div>");
        }
      }
      out.append("</div>");
    }
    out.append("</div>");
  }

  private void totals() {
    List<String[]> lines = words.totalLines();
    out.append("<table class='totals'>");
    for (String[] l : lines) {
      boolean total = l[0].startsWith("Total");
      out.append("<tr><td>")
          .append(total ? "<b>" : "")
          .append(esc(l[0]))
          .append(total ? "</b>" : "")
          .append("</td><td class='n'>")
          .append(esc(l[1]))
          .append("</td></tr>");
    }
    out.append("</table>");
  }

  private static boolean numeric(String column) {
    return !column.equals("lot") && !column.equals("desc");
  }

  private String money(BigDecimal v) {
    return words.money(v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

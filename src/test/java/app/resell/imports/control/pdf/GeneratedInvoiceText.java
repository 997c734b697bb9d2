package app.resell.imports.control.pdf;

import app.resell.imports.control.pdf.GeneratedInvoice.Charge;
import app.resell.imports.control.pdf.GeneratedInvoice.Layout;
import app.resell.imports.control.pdf.GeneratedInvoice.Lot;
import app.resell.imports.control.pdf.GeneratedInvoice.Row;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The words and amounts a {@link GeneratedInvoice} prints, whoever draws them ({@link
 * GeneratedInvoicePrinter} with PDFBox, {@link GeneratedInvoiceHtml} for Chromium): table cells,
 * per-lot charge lines and the totals, formatted the house's way.
 */
final class GeneratedInvoiceText {

  private final GeneratedInvoice inv;

  GeneratedInvoiceText(GeneratedInvoice inv) {
    this.inv = inv;
  }

  /** The credit printed as a table row rather than under the totals (tables only). */
  boolean creditInTable() {
    return inv.credit() != null && inv.seed() % 2 == 0 && inv.style().layout() == Layout.TABLE;
  }

  /** A table row's cells in column order; a row that is not an item shows its status instead. */
  List<String> cells(Row row, String description) {
    Lot l = row.lot();
    List<String> cells = new ArrayList<>();
    boolean statusPrinted = false;
    for (String c : inv.style().columns()) {
      String v =
          switch (c) {
            case "lot" -> l.lot();
            case "desc" -> description;
            case "qty" -> String.valueOf(l.quantity());
            case "each" -> money(l.unit());
            case "extended", "hammer" -> money(l.hammer());
            case "bidprem" -> money(l.hammer().add(l.premium()));
            case "premium" -> money(l.premium());
            case "tax" -> money(l.tax());
            case "shipping" -> money(l.shipping());
            default -> money(l.lineTotal());
          };
      if (row.status() != null && isMoney(c)) {
        v = statusPrinted ? "" : row.status();
        statusPrinted = true;
      }
      cells.add(v);
    }
    return cells;
  }

  static final String CREDIT_ROW = "Credit - damaged in transit";

  /** The credit as a table row's cells. */
  List<String> creditCells() {
    List<String> cells = new ArrayList<>();
    for (String c : inv.style().columns()) {
      cells.add(
          switch (c) {
            case "desc" -> CREDIT_ROW;
            case "hammer", "extended", "bidprem" -> "(" + money(inv.credit()) + ")";
            default -> "";
          });
    }
    return cells;
  }

  /** The charge lines printed under a lot in the one-block-per-lot layouts: label, amount. */
  List<String[]> chargeLines(Lot l) {
    List<String[]> out = new ArrayList<>();
    if (inv.premium() == Charge.PER_LINE) {
      out.add(new String[] {"Buyer's premium " + rate(inv.premiumRate()), money(l.premium())});
    }
    if (inv.tax() == Charge.PER_LINE) {
      out.add(new String[] {"Sales tax " + rate(inv.taxRate()), money(l.tax())});
    }
    if (inv.shipping() == Charge.PER_LINE) {
      out.add(new String[] {inv.shippingLabel(), money(l.shipping())});
    }
    return out;
  }

  /** The totals box: label, amount. */
  List<String[]> totalLines() {
    List<String[]> lines = new ArrayList<>();
    BigDecimal hammer = GeneratedInvoice.sum(inv.lots().stream().map(Lot::hammer).toList());
    lines.add(new String[] {"Subtotal", money(hammer)});
    lines.add(
        new String[] {
          "Buyer's Premium (" + rate(inv.premiumRate()) + ")", money(inv.premiumTotal())
        });
    if (inv.tax() != Charge.NONE) {
      lines.add(new String[] {"Sales Tax (" + rate(inv.taxRate()) + ")", money(inv.taxTotal())});
    }
    if (inv.shipping() != Charge.NONE) {
      lines.add(new String[] {inv.shippingLabel(), money(inv.shippingTotal())});
    }
    if (inv.loadingFee() != null) lines.add(new String[] {"Loading fee", money(inv.loadingFee())});
    if (inv.cardFee() != null) lines.add(new String[] {"Credit card fee 3%", money(inv.cardFee())});
    if (inv.credit() != null && !creditInTable()) {
      lines.add(new String[] {"Credit: damaged frame", "(" + money(inv.credit()) + ")"});
    }
    lines.add(new String[] {"Total Due", money(inv.total())});
    if (inv.seed() % 3 == 1) {
      lines.add(new String[] {"Payment received", "(" + money(inv.total()) + ")"});
      lines.add(new String[] {"Balance due", money(BigDecimal.ZERO.setScale(2))});
    }
    return lines;
  }

  /** The terms line some houses print under the header when tax is only a total. */
  boolean printsTerms() {
    return inv.taxRate() != null && inv.tax() == Charge.TOTAL_ONLY && inv.seed() % 3 == 0;
  }

  static boolean isMoney(String column) {
    return !column.equals("lot") && !column.equals("desc") && !column.equals("qty");
  }

  String money(BigDecimal v) {
    DecimalFormat f = new DecimalFormat(inv.style().thousands() ? "#,##0.00" : "0.00");
    return (inv.style().currencySign() ? "$" : "") + f.format(v);
  }

  static String rate(BigDecimal r) {
    return r.stripTrailingZeros().toPlainString() + "%";
  }
}

package app.resell.imports.control.pdf;

import app.resell.imports.control.pdf.GeneratedInvoice.Charge;
import app.resell.imports.control.pdf.GeneratedInvoice.Layout;
import app.resell.imports.control.pdf.GeneratedInvoice.QtyMode;
import app.resell.imports.control.pdf.GeneratedInvoice.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tables whose headings do not say what the numbers are, so only arithmetic can: no heading row at
 * all (the amounts read by their order), or one "bid + premium" column instead of a hammer and a
 * premium column, headed "Bid + BP" or as vaguely as "Amount" or "Price". Drawn from a random
 * stream of their own, so every other invoice of a seed stays the same as before they existed.
 */
final class HeadingVariants {

  private HeadingVariants() {}

  static Style vary(Style s, Charge premium, long seed) {
    Random v = new Random(seed * 0x9E3779B97F4A7C15L + 17);
    if (s.layout() != Layout.TABLE) return s;
    boolean lotFirst = s.columns().get(0).equals("lot");
    boolean noQtyColumn = s.qty() == QtyMode.NONE || s.qty() == QtyMode.LOT_OF_N;
    int pick = v.nextInt(10);
    if (pick < 2 && lotFirst && noQtyColumn) return with(s, s.columns(), s.headings(), true);
    if (pick < 5 && premium == Charge.PER_LINE && s.qty() != QtyMode.QTY_EACH_EXTENDED) {
      List<String> columns = new ArrayList<>(s.columns());
      List<String> headings = new ArrayList<>(s.headings());
      int p = columns.indexOf("premium");
      columns.remove(p);
      headings.remove(p);
      int h = columns.indexOf("hammer");
      columns.set(h, "bidprem");
      headings.set(
          h,
          GeneratedInvoice.pick(
              v, "Bid + BP", "Hammer + Premium", "Price incl. BP", "Amount", "Price"));
      return with(s, columns, headings, false);
    }
    return s;
  }

  private static Style with(
      Style s, List<String> columns, List<String> headings, boolean headless) {
    return new Style(
        s.layout(),
        s.landscape(),
        s.font(),
        s.size(),
        s.ruled(),
        s.boxed(),
        s.currencySign(),
        s.thousands(),
        s.lineTotal(),
        s.qty(),
        s.headingAlign(),
        List.copyOf(columns),
        List.copyOf(headings),
        s.rowsPerPage(),
        headless);
  }
}

package app.resell.imports.control.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the amounts of an invoice printed in another currency or with decimal commas into the
 * form the rest of the reader knows ({@code $1,234.56}), once per document, before anything reads
 * the lines.
 *
 * <ul>
 *   <li>A currency sign other than the dollar's ({@code £}, {@code €}, {@code C$}, {@code CA$},
 *       {@code A$}, {@code NZ$}, {@code ¥}...), alone or glued to an amount, becomes {@code $}: the
 *       reader only needs to know that the word is money. Only whole words are rewritten, so a sign
 *       inside a title stays as printed.
 *   <li>Decimal commas ({@code 1.234,56}, {@code 12,50}): when an invoice prints at least three
 *       amounts that way and more of them than amounts with a decimal point, every such word is
 *       read as {@code 1,234.56}. A document never mixes the two conventions, and {@code 12,50} is
 *       never an amount in the other one (its groups have three digits), so the vote only guards
 *       against a stray {@code 8,10} in a title of a dollar invoice.
 * </ul>
 */
final class MoneyWords {

  private static final String SIGNS =
      "\u00a3|\u20ac|\u00a5|C\\$|CA\\$|CAD\\$|A\\$|AU\\$|AUD\\$|NZ\\$|HK\\$|S\\$|CHF";
  private static final Pattern SIGNED =
      Pattern.compile("^([(\\-]?)(?:" + SIGNS + ")\\s*([(\\-]?[\\d.,]*\\d[)]?)?$");
  private static final Pattern TRAILING_SIGN =
      Pattern.compile("^([(\\-]?[\\d.,]*\\d[)]?)(?:" + SIGNS + ")$");
  private static final Pattern AMOUNT = Pattern.compile("[(\\-]?[\\d.,]*\\d[.,]\\d{2}\\)?");
  private static final Pattern EUROPEAN = Pattern.compile("\u00a3|\u20ac");
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("^([(\\-$]*)(\\d{1,3}(?:\\.\\d{3})+|\\d+),(\\d{2})(\\)?)$");
  private static final Pattern DECIMAL_POINT = Pattern.compile("^[(\\-$]*[\\d,]*\\d\\.\\d{2}\\)?$");

  private MoneyWords() {}

  /** How a document prints its amounts. */
  private record Convention(boolean signs, boolean decimalComma, boolean pounds) {}

  private static Convention convention(List<TextLine> lines) {
    int commas = 0;
    int points = 0;
    boolean signs = false;
    boolean pounds = false;
    for (TextLine line : lines) {
      for (TextLine.Word w : line.words()) {
        String t = currency(w.text());
        if (!t.equals(w.text())) {
          signs = true;
          pounds |= EUROPEAN.matcher(w.text()).find();
        }
        if (DECIMAL_COMMA.matcher(t).matches()) commas++;
        else if (DECIMAL_POINT.matcher(t).matches()) points++;
      }
    }
    return new Convention(signs, commas >= 3 && commas > points, pounds);
  }

  /**
   * Whether the document's numeric dates put the day first ("03-12-2025" is 3 December): it prints
   * decimal commas or amounts in pounds or euros. A dollar invoice keeps month first.
   */
  static boolean dayFirst(List<TextLine> lines) {
    Convention c = convention(lines);
    return c.decimalComma() || c.pounds();
  }

  static List<TextLine> normalise(List<TextLine> lines) {
    Convention convention = convention(lines);
    boolean decimalComma = convention.decimalComma();
    if (!convention.signs() && !decimalComma) return lines;
    List<TextLine> out = new ArrayList<>(lines.size());
    for (TextLine line : lines) {
      List<TextLine.Cell> cells = new ArrayList<>(line.cells().size());
      boolean changed = false;
      for (TextLine.Cell cell : line.cells()) {
        List<TextLine.Word> words = new ArrayList<>(cell.words().size());
        for (TextLine.Word w : cell.words()) {
          String t = currency(w.text());
          if (decimalComma) t = point(t);
          changed |= !t.equals(w.text());
          int before = words.size() - 1;
          if (!t.equals(w.text())
              && t.equals("$")
              && before >= 0
              && AMOUNT.matcher(words.get(before).text()).matches()) {
            // "1.234,56 €": the sign printed after its amount goes in front of it
            TextLine.Word amount = words.get(before);
            words.set(before, new TextLine.Word(amount.x0(), w.x1(), "$" + amount.text()));
            continue;
          }
          words.add(t.equals(w.text()) ? w : new TextLine.Word(w.x0(), w.x1(), t));
        }
        cells.add(new TextLine.Cell(cell.x0(), cell.x1(), words));
      }
      out.add(
          changed
              ? new TextLine(line.number(), line.page(), line.y(), line.height(), cells)
              : line);
    }
    return out;
  }

  /** "£1,250.00" → "$1,250.00", "€" → "$", "12,50€" → "12,50$"... */
  private static String currency(String word) {
    if (!maySign(word)) return word;
    Matcher m = SIGNED.matcher(word);
    if (m.matches() && (m.group(2) == null || PRICED.matcher(m.group(2)).find())) {
      return m.group(1) + "$" + (m.group(2) == null ? "" : m.group(2));
    }
    Matcher t = TRAILING_SIGN.matcher(word);
    if (t.matches() && PRICED.matcher(t.group(1)).find()) return "$" + t.group(1);
    return word; // "£5 piece" in a title stays; LotText.money still reads "£300" in a money column
  }

  /** "£300" in a column of money: the sign read as the dollar's, nothing else changed. */
  static String withDollarSign(String text) {
    if (!maySign(text)) return text; // the hot path: plain amounts and words
    Matcher m = SIGNED.matcher(text.strip());
    return m.matches() && m.group(2) != null ? m.group(1) + "$" + m.group(2) : text;
  }

  /** Whether the text could hold a sign other than the dollar's (cheaper than the pattern). */
  private static boolean maySign(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '$' && i > 0 && Character.isLetter(text.charAt(i - 1))) return true;
    }
    return text.contains("CHF");
  }

  // an amount with cents or a thousands group, as every total and most amounts are printed
  private static final Pattern PRICED = Pattern.compile("\\d[.,]\\d{2}\\)?$|\\d[.,]\\d{3}");

  /** "1.234,56" → "1,234.56". */
  private static String point(String word) {
    Matcher m = DECIMAL_COMMA.matcher(word);
    if (!m.matches()) return word;
    String whole = m.group(2).replace(".", ",");
    return m.group(1) + whole + "." + m.group(3) + m.group(4);
  }
}

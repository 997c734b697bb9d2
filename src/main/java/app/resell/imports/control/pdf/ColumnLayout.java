package app.resell.imports.control.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of an item table, found from its heading row, and the split of later lines into those
 * columns by x position.
 *
 * <p>A line is a heading row when at least three of its cells (two, if one names an amount) are
 * known headings and at most one is not. Each column owns the horizontal band from halfway to its
 * left neighbour's heading to halfway to its right neighbour's, open-ended at the margins, so
 * left-aligned text, right-aligned amounts and cells wider than their heading all land where a
 * reader would put them. A cell straddling two bands is split word by word when the words in a
 * money band are numbers, which rescues layouts whose columns sit too close to be separate cells.
 */
final class ColumnLayout {

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern CURRENCY_CELL =
      Pattern.compile("(?i)\\$|US\\$|USD|CAD|EUR|GBP|\u00a3|\u20ac");
  private static final Pattern RATE_WORD = Pattern.compile("\\(?\\d+(\\.\\d+)?\\s*%\\)?");
  private static final Pattern BARE_COUNT = Pattern.compile("\\d{1,4}");
  private static final Pattern DIMENSION_SIGN = Pattern.compile("(?i)x|\u00d7|by");
  private static final Pattern NUMERIC_WORD = Pattern.compile("[-($]*[\\d.,]+\\)?|CR|\\$");
  private static final Pattern NUMBER =
      Pattern.compile("\\(?-?(US)?\\$? ?-?[\\d,]*\\.?\\d+\\)?( ?CR)?");

  private static final Pattern TAX_WORD = Pattern.compile("(?i)tax|vat|gst|hst");

  private final List<Band> bands;
  private final Set<Column> columns;
  private final boolean taxRates;

  private record Band(Column column, float x0, float x1, float left, float right) {}

  private ColumnLayout(List<Band> bands, boolean taxRates) {
    this.bands = bands;
    this.taxRates = taxRates;
    this.columns = EnumSet.noneOf(Column.class);
    bands.forEach(b -> columns.add(b.column()));
  }

  /** The layout if this line is a table heading row. */
  static Optional<ColumnLayout> fromHeading(TextLine line) {
    List<TextLine.Cell> cells = splitTightHeadings(line.cells());
    if (cells.size() < 2 || cells.size() > 14) return Optional.empty();
    List<Column> roles = new ArrayList<>();
    int unknown = 0;
    for (TextLine.Cell cell : cells) {
      Optional<Column> role =
          cell.words().size() > 4 ? Optional.empty() : Column.ofHeading(cell.text());
      if (role.isPresent()) roles.add(role.get());
      else {
        roles.add(null);
        if (++unknown > 1) return Optional.empty();
      }
    }
    long known = roles.stream().filter(r -> r != null).count();
    boolean hasMoney = roles.stream().anyMatch(r -> r != null && r.isMoney());
    boolean hasSubject =
        roles.stream()
            .anyMatch(r -> r == Column.LOT || r == Column.DESCRIPTION || r == Column.ITEM);
    if (!hasMoney || !hasSubject || known < 2 || unknown > 1 || known <= unknown) {
      return Optional.empty();
    }
    List<Column> resolved = resolve(roles);
    // An unknown heading beside a description column heads a column of its own (Consignor, Date),
    // so its cells do not run into the lot or the description; without a description column the
    // unknown heading may be the description's own and its cells go to the nearest band.
    boolean described = resolved.contains(Column.DESCRIPTION);
    boolean taxRates = false;
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (resolved.get(i) == null && described) resolved.set(i, Column.OTHER);
      if (resolved.get(i) == null) continue;
      TextLine.Cell c = cells.get(i);
      if (resolved.get(i) == Column.PER_LINE_RATE) taxRates = TAX_WORD.matcher(c.text()).find();
      float left = i == 0 ? -Float.MAX_VALUE : (cells.get(i - 1).x1() + c.x0()) / 2;
      float right = i == cells.size() - 1 ? Float.MAX_VALUE : (c.x1() + cells.get(i + 1).x0()) / 2;
      bands.add(new Band(resolved.get(i), c.x0(), c.x1(), left, right));
    }
    return Optional.of(new ColumnLayout(bands, taxRates));
  }

  /**
   * Whether a line heads a table of amounts only ("Hammer | BP 10% | Tax 6% | Total" with no lot or
   * description): a spreadsheet printed too wide for its page continues its columns on the next
   * page, apart from the lots they belong to.
   */
  static boolean headsAmountsOnly(TextLine line) {
    List<TextLine.Cell> cells = line.cells();
    return cells.size() >= 2
        && cells.stream()
            .allMatch(c -> Column.ofHeading(c.text()).filter(Column::isMoney).isPresent());
  }

  /**
   * Narrow columns print their headings so close that two become one cell ("Units Hammer"): a cell
   * that is no heading but splits at a word into two headings is taken as those two.
   */
  private static List<TextLine.Cell> splitTightHeadings(List<TextLine.Cell> cells) {
    List<TextLine.Cell> out = new ArrayList<>();
    for (TextLine.Cell cell : cells) {
      List<TextLine.Word> words = unglued(cell.words());
      int split = -1;
      if (words.size() >= 2 && words.size() <= 6 && Column.ofHeading(cell.text()).isEmpty()) {
        // a printed rate ends the heading before it ("Premium 25% VAT 21% on premium")
        for (int k = 1;
            k < words.size() && (split < 0 || RATE_WORD.matcher(words.get(split).text()).matches());
            k++) {
          if (Column.ofHeading(joined(words.subList(0, k))).isPresent()
              && Column.ofHeading(joined(words.subList(k, words.size()))).isPresent()) {
            if (split < 0 || RATE_WORD.matcher(words.get(split).text()).matches()) split = k;
          }
        }
      }
      if (split < 0) {
        out.add(cell);
        continue;
      }
      List<TextLine.Word> left = words.subList(0, split);
      List<TextLine.Word> right = words.subList(split, words.size());
      out.add(new TextLine.Cell(left.get(0).x0(), left.get(left.size() - 1).x1(), left));
      out.add(new TextLine.Cell(right.get(0).x0(), right.get(right.size() - 1).x1(), right));
    }
    return out;
  }

  /**
   * Right-aligned headings printed edge to edge become one word ("PriceCommission"): a word that is
   * no heading but splits where a small letter meets a capital into two headings is taken as two,
   * each given its share of the word's width by its letters.
   */
  private static List<TextLine.Word> unglued(List<TextLine.Word> words) {
    List<TextLine.Word> out = new ArrayList<>();
    for (TextLine.Word w : words) {
      String t = w.text();
      int split = -1;
      for (int k = 1; k < t.length() && split < 0 && Column.ofHeading(t).isEmpty(); k++) {
        if (Character.isLowerCase(t.charAt(k - 1))
            && Character.isUpperCase(t.charAt(k))
            && Column.ofHeading(t.substring(0, k)).isPresent()
            && Column.ofHeading(t.substring(k)).isPresent()) {
          split = k;
        }
      }
      if (split < 0) {
        out.add(w);
        continue;
      }
      float at = w.x0() + (w.x1() - w.x0()) * split / t.length();
      out.add(new TextLine.Word(w.x0(), at, t.substring(0, split)));
      out.add(new TextLine.Word(at, w.x1(), t.substring(split)));
    }
    return out;
  }

  private static String joined(List<TextLine.Word> words) {
    return String.join(" ", words.stream().map(TextLine.Word::text).toList());
  }

  private static final Pattern RULE = Pattern.compile("[-=_\\s]+");

  /**
   * Narrow columns wrap their headings ("Winning" over "Bid", "Lot" over "No"). When the next line
   * is close below and holds only short words, each sitting under a cell of this line, the two are
   * joined cell by cell so the heading can be recognised as a whole.
   */
  static Optional<TextLine> joinHeadingRows(TextLine first, TextLine second) {
    if (second == null
        || second.page() != first.page()
        || second.y() - first.y() > 1.8f * first.height()
        || first.cells().size() < 2) {
      return Optional.empty();
    }
    List<List<TextLine.Word>> joined = new ArrayList<>();
    List<TextLine.Cell> tops = new ArrayList<>(first.cells());
    int added = 0;
    first.cells().forEach(c -> joined.add(new ArrayList<>(c.words())));
    for (TextLine.Cell below : second.cells()) {
      if (RULE.matcher(below.text()).matches()) continue; // "---" underlining a heading
      if (below.words().size() > 3 || DIGIT.matcher(below.text()).find()) return Optional.empty();
      int above = -1;
      float bestOverlap = 0;
      for (int i = 0; i < first.cells().size(); i++) {
        TextLine.Cell c = first.cells().get(i);
        float overlap = Math.min(c.x1(), below.x1()) - Math.max(c.x0(), below.x0());
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          above = i;
        }
      }
      if (above < 0) {
        // a heading of one row only, beside the wrapped ones ("Item" next to "Sales" over "Tax")
        added++;
        tops.add(below);
        joined.add(new ArrayList<>(below.words()));
        continue;
      }
      joined.get(above).addAll(below.words());
    }
    if (added == second.cells().size() && !allShort(first)) return Optional.empty();
    List<TextLine.Cell> cells = new ArrayList<>();
    for (int i = 0; i < joined.size(); i++) {
      TextLine.Cell c = tops.get(i);
      List<TextLine.Word> words = joined.get(i);
      float x0 =
          Math.min(
              c.x0(), (float) words.stream().mapToDouble(TextLine.Word::x0).min().orElse(c.x0()));
      float x1 =
          Math.max(
              c.x1(), (float) words.stream().mapToDouble(TextLine.Word::x1).max().orElse(c.x1()));
      cells.add(new TextLine.Cell(x0, x1, words));
    }
    cells.sort(java.util.Comparator.comparingDouble(TextLine.Cell::x0));
    return Optional.of(
        new TextLine(first.number(), first.page(), first.y(), first.height(), cells));
  }

  /** A row of short words only: the top halves of wrapped headings ("Sales", "Line"). */
  private static boolean allShort(TextLine line) {
    return line.cells().stream()
        .allMatch(c -> c.words().size() <= 2 && !DIGIT.matcher(c.text()).find());
  }

  /** Gives ambiguous headings a definite role from their neighbours. */
  private static List<Column> resolve(List<Column> roles) {
    Set<Column> present = EnumSet.noneOf(Column.class);
    roles.stream().filter(r -> r != null).forEach(present::add);
    // A "Bid + BP" column holds the hammer (with its premium) for the other headings' purposes.
    if (present.contains(Column.BID_PREMIUM)) present.add(Column.BID);
    boolean perLineCharges =
        present.contains(Column.PREMIUM)
            || present.contains(Column.TAX)
            || present.contains(Column.SHIPPING);
    List<Column> out = new ArrayList<>();
    for (Column r : roles) {
      Column c = r;
      if (r == Column.ITEM) {
        c = present.contains(Column.DESCRIPTION) ? Column.LOT : Column.DESCRIPTION;
      } else if (r == Column.PRICE) {
        boolean extended = present.contains(Column.AMOUNT) || present.contains(Column.TOTAL);
        c =
            present.contains(Column.BID)
                    || (present.contains(Column.QUANTITY) && extended && !perLineCharges)
                ? Column.UNIT_PRICE
                : Column.BID;
      } else if (r == Column.AMOUNT) {
        boolean bidElsewhere =
            present.contains(Column.BID)
                || (present.contains(Column.PRICE) && !present.contains(Column.QUANTITY))
                || (present.contains(Column.PRICE) && perLineCharges);
        c = bidElsewhere ? Column.TOTAL : Column.BID;
      } else if (r == Column.TOTAL) {
        boolean bidElsewhere =
            present.contains(Column.BID)
                || present.contains(Column.AMOUNT)
                || (present.contains(Column.PRICE) && !present.contains(Column.QUANTITY));
        // "Qty | Each | Extended": the extension is the hammer for the whole line.
        c = bidElsewhere || perLineCharges || out.contains(Column.BID) ? Column.TOTAL : Column.BID;
      }
      out.add(c);
    }
    // "Qty | Bid | Ext. Bid": of two bid columns the first is the price of one unit
    if (out.stream().filter(c -> c == Column.BID).count() == 2) {
      out.set(out.indexOf(Column.BID), Column.UNIT_PRICE);
    }
    // "Lot | Tag | Description": of two id columns the first is the lot, the other a code
    int firstLot = out.indexOf(Column.LOT);
    for (int i = firstLot + 1; firstLot >= 0 && i < out.size(); i++) {
      if (out.get(i) == Column.LOT) out.set(i, Column.OTHER);
    }
    // "Each | Ext. | BP | Line Total": of two totals the first is the extension, i.e. the hammer.
    if (!out.contains(Column.BID) && out.stream().filter(c -> c == Column.TOTAL).count() >= 2) {
      out.set(out.indexOf(Column.TOTAL), Column.BID);
    }
    return out;
  }

  boolean has(Column column) {
    return columns.contains(column);
  }

  /** How many of the columns have a known role. */
  int known() {
    return (int) bands.stream().filter(b -> b.column() != Column.OTHER).count();
  }

  /** Whether the per-line rate column is a tax rate ("Tax %"), not the premium's ("BP %"). */
  boolean taxRates() {
    return taxRates;
  }

  /**
   * The text of each column on this line; columns with nothing printed are absent. The trailing
   * numbers of a cell each go to the money or quantity column they sit in ("hinge 1 | $210.00
   * $42.00" printed too tight to be separate cells); numbers inside text stay text, so a sentence
   * that happens to contain "7 days" never turns into an amount.
   */
  Map<Column, String> split(TextLine line) {
    Map<Column, StringBuilder> out = new EnumMap<>(Column.class);
    Map<TextLine.Cell, Band> aligned = alignNumbers(line.cells());
    // A column that has a cell of its own on the line takes no numbers from a neighbour's text:
    // "service for 12" running into the quantity band keeps its 12.
    Set<Column> occupied = EnumSet.noneOf(Column.class);
    for (TextLine.Cell cell : line.cells()) {
      occupied.add(aligned.getOrDefault(cell, best(cell.x0(), cell.x1())).column());
    }
    for (TextLine.Cell cell : line.cells()) {
      // Accounting formats print the currency sign in a cell of its own; amounts do without it.
      if (CURRENCY_CELL.matcher(cell.text()).matches()) continue;
      Band home = aligned.getOrDefault(cell, best(cell.x0(), cell.x1()));
      home = textRightOfLotHeading(cell, home);
      List<TextLine.Word> words = cell.words();
      Band titleBand = gluedTitle(cell, home, line.cells(), aligned);
      if (titleBand != null) {
        // "Lot of 7 writing desk, 3 drawers MH-177": a title run into its lot number.
        append(out, titleBand, joined(words.subList(0, words.size() - 1)));
        append(out, home, words.get(words.size() - 1).text());
        continue;
      }
      int firstMoved = words.size();
      while (firstMoved > 0 && !aligned.containsKey(cell)) {
        TextLine.Word w = words.get(firstMoved - 1);
        Band own = best(w.x0(), w.x1());
        boolean numeric = NUMERIC_WORD.matcher(w.text()).matches();
        boolean lotNumber = own.column() == Column.LOT && LotText.lot(w.text()).isPresent();
        // "14 x 9 x 6" ending a wrapped title keeps its 6: a dimension, not an amount
        boolean dimension =
            firstMoved >= 2 && DIMENSION_SIGN.matcher(words.get(firstMoved - 2).text()).matches();
        // a bare count ending a title's words ("Creek Chub, 25") is the title's, even when a short
        // heading over a wide title column puts it in an amount's band; amounts glued to text show
        // cents or a currency sign
        boolean titleCount =
            own.column().isMoney()
                && home.column() == Column.DESCRIPTION
                && BARE_COUNT.matcher(w.text()).matches();
        boolean movable =
            own.column() != home.column()
                && !occupied.contains(own.column())
                && !dimension
                && !titleCount
                && (lotNumber
                    || numeric && (own.column().isMoney() || own.column() == Column.QUANTITY));
        if (!movable) break;
        firstMoved--;
        if (lotNumber) break; // one lot number; the words before it are the title's
      }
      // Likewise a lot number printed too close to its title leads the cell from the lot column.
      int lotWords = 0;
      boolean rehomed = home.column() != best(cell.x0(), cell.x1()).column();
      while (lotWords < Math.min(2, firstMoved - 1)
          && !rehomed
          && home.column() != Column.LOT
          && best(words.get(lotWords).x0(), words.get(lotWords).x1()).column() == Column.LOT
          // A number starting right of the lot heading's end begins a wrapped description line
          // ("18 figures, circa 1920" under a centred "Ref"), as in textRightOfLotHeading.
          && words.get(lotWords).x0()
              <= best(words.get(lotWords).x0(), words.get(lotWords).x1()).x1()) {
        lotWords++;
      }
      // And a wide amount run into the number on its left ("1 $2,962.50" over Qty | Bid, "1,881.00
      // 16,929.00" over Each | Extended) gives that number back to its own column.
      while (lotWords < firstMoved - 1
          && home.column().isMoney()
          && NUMERIC_WORD.matcher(words.get(lotWords).text()).matches()) {
        Column own = best(words.get(lotWords).x0(), words.get(lotWords).x1()).column();
        if (own == home.column() || occupied.contains(own)) break;
        if (!own.isMoney() && own != Column.QUANTITY) break;
        lotWords++;
      }
      for (int i = 0; i < words.size(); i++) {
        Band target =
            i >= firstMoved || i < lotWords ? best(words.get(i).x0(), words.get(i).x1()) : home;
        StringBuilder sb = out.computeIfAbsent(target.column(), k -> new StringBuilder());
        if (sb.length() > 0) sb.append(' ');
        sb.append(words.get(i).text());
      }
    }
    Map<Column, String> result = new EnumMap<>(Column.class);
    out.forEach((k, v) -> result.put(k, v.toString()));
    return result;
  }

  /**
   * Spreadsheets and many HTML tables left-align or centre headings over right-aligned numbers, so
   * a number can sit nearer the next heading than its own. When a line ends in exactly as many
   * numeric cells as the table has numeric columns, they are matched in order instead.
   */
  private Map<TextLine.Cell, Band> alignNumbers(List<TextLine.Cell> cells) {
    List<Band> numericBands =
        bands.stream().filter(b -> b.column().isMoney() || b.column() == Column.QUANTITY).toList();
    int run = 0;
    while (run < cells.size() && isNumber(cells.get(cells.size() - 1 - run).text())) run++;
    Map<TextLine.Cell, Band> out = new java.util.HashMap<>();
    if (run > numericBands.size() && numericBands.size() >= 2) {
      // A numeric lot number ("0030") before the amounts is not one of them.
      TextLine.Cell extra = cells.get(cells.size() - 1 - numericBands.size());
      Column home = best(extra.x0(), extra.x1()).column();
      if (!home.isMoney() && home != Column.QUANTITY) run = numericBands.size();
    }
    if (run < 2 || run != numericBands.size()) return out;
    List<TextLine.Cell> numbers = cells.subList(cells.size() - run, cells.size());
    if (numbers.get(0).x1() < numericBands.get(0).left()) return out;
    for (int i = 0; i < run; i++) out.put(numbers.get(i), numericBands.get(i));
    return out;
  }

  /**
   * A wide title printed against the lot number that follows it lands in the lot column as one
   * cell; when no other cell of the line is there, the cell has three words or more, the last is a
   * lot number and the first is not, the words before the last are the description's.
   */
  private Band gluedTitle(
      TextLine.Cell cell, Band home, List<TextLine.Cell> cells, Map<TextLine.Cell, Band> aligned) {
    List<TextLine.Word> words = cell.words();
    if (home.column() != Column.LOT || words.size() < 3) return null;
    if (LotText.lot(words.get(0).text()).isPresent()) return null;
    if (LotText.lot(words.get(words.size() - 1).text()).isEmpty()) return null;
    for (TextLine.Cell other : cells) {
      if (other != cell && aligned.getOrDefault(other, best(other.x0(), other.x1())) == home) {
        return null;
      }
    }
    return bands.stream()
        .filter(b -> b.column() == Column.DESCRIPTION && b.x0() < home.x0())
        .findFirst()
        .orElse(null);
  }

  private static void append(Map<Column, StringBuilder> out, Band band, String text) {
    StringBuilder sb = out.computeIfAbsent(band.column(), k -> new StringBuilder());
    if (sb.length() > 0) sb.append(' ');
    sb.append(text);
  }

  /**
   * A centred "Lot" (or "Consignor") heading over a narrow column claims the left edge of a wide
   * description column next to it; a cell that starts right of that heading's end is the
   * description's (a wrapped "10 in." is no lot 10).
   */
  private Band textRightOfLotHeading(TextLine.Cell cell, Band home) {
    // A lone word stays: a lot number right-aligned under a left-aligned heading. The same holds
    // for a narrow column of no known role ("Consignor") left of a wide, centred "Description".
    boolean narrow = home.column() == Column.LOT || home.column() == Column.OTHER;
    if (!narrow || cell.x0() <= home.x1() || cell.words().size() < 2) {
      return home;
    }
    return bands.stream()
        .filter(b -> b.column() == Column.DESCRIPTION && b.x0() > home.x1())
        .findFirst()
        .orElse(home);
  }

  private static boolean isNumber(String text) {
    return NUMBER.matcher(text).matches();
  }

  /**
   * Whether the line is only text: nothing in an amount or quantity column and no lot number. Text
   * under the lot heading counts too, because a centred "Lot" heading over a narrow column claims
   * the left edge of a wide description column.
   */
  boolean onlyDescription(TextLine line) {
    Map<Column, String> parts = split(line);
    for (Map.Entry<Column, String> part : parts.entrySet()) {
      Column c = part.getKey();
      if (c == Column.DESCRIPTION || c == Column.STATUS || c == Column.OTHER) continue;
      if (c == Column.LOT && LotText.lot(part.getValue()).isEmpty()) continue;
      // "foxing, replaced knobs, 8 x 10" ran into the quantity band: its 10 is no quantity.
      if (c == Column.QUANTITY && parts.containsKey(Column.DESCRIPTION) && !ownCell(line, c)) {
        continue;
      }
      // justified text spread its last word ("re-") into the next money column: words, no number
      if (c.isMoney()
          && parts.containsKey(Column.DESCRIPTION)
          && !DIGIT.matcher(part.getValue()).find()) {
        continue;
      }
      return false;
    }
    return !parts.isEmpty();
  }

  /**
   * Whether the line is a group heading inside the table ("FURNITURE", "GLASS & CHINA", "Consignor:
   * Estate of R. Adler"): one cell of text starting under a lot column that is the table's first,
   * no lot number, no digit-only word, in capitals or as "Label: text". Wrapped titles start under
   * the description, so neither this nor the lot below owns it.
   */
  boolean groupHeading(TextLine line) {
    if (line.cells().size() != 1 || bands.isEmpty() || bands.get(0).column() != Column.LOT) {
      return false;
    }
    TextLine.Cell cell = line.cells().get(0);
    Band lot = bands.get(0);
    if (best(cell.x0(), cell.x0()) != lot || cell.x0() > lot.x1()) return false;
    String text = cell.text().strip();
    if (LotText.lot(cell.words().get(0).text()).isPresent()) return false;
    if (cell.words().stream().anyMatch(w -> NUMERIC_WORD.matcher(w.text()).matches())) {
      return false;
    }
    return CAPITALS.matcher(text).matches() || LABELLED.matcher(text).matches();
  }

  private static final Pattern CAPITALS = Pattern.compile("(?=(?:.*\\p{Lu}){3})[^\\p{Ll}]+");
  private static final Pattern LABELLED = Pattern.compile("\\p{Lu}[\\p{L} ]{2,24}:\\s+\\S.*");

  private boolean ownCell(TextLine line, Column column) {
    return line.cells().stream().anyMatch(c -> best(c.x0(), c.x1()).column() == column);
  }

  private Band best(float x0, float x1) {
    Band best = bands.get(0);
    float bestScore = -Float.MAX_VALUE;
    for (Band b : bands) {
      float overlap = Math.min(x1, b.right()) - Math.max(x0, b.left());
      if (overlap > bestScore) {
        bestScore = overlap;
        best = b;
      }
    }
    return best;
  }
}

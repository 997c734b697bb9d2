package app.resell.imports.control.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Receipts printed in two columns of lots side by side are read column by column, as a person reads
 * them, instead of line by line across both columns (which interleaves two lots' words).
 *
 * <p>A page is taken as two columns only where a vertical gutter crosses no cell over a run of
 * lines and each side of the gutter reads like a list of lots on its own: lines that start with a
 * lot number, lines that end in an amount and lines with words. A page with a table heading row is
 * never cut, and a table split between its description and its amounts fails that test anyway (one
 * side has no amounts or no words). Lines below the last two-sided line stay in the left column
 * while they only have text on the left and follow without a gap wider than the column's own.
 */
final class PageColumns {

  private static final Pattern LOT_START =
      Pattern.compile(
          "(?i)^(?:lot\\s*#?\\s*|#)?[A-Z]{0,4}-?\\d{1,6}[A-Z]{0,2}(?:-\\d{1,4}[A-Z]?){0,2}$");
  private static final Pattern WORDY = Pattern.compile("[A-Za-z]{3,}");
  private static final int MIN_TWO_SIDED = 3;

  private PageColumns() {}

  /** A page's lines in reading order and the gutter it was split at, if it was. */
  record Split(List<TextLine> lines, Float gutter) {}

  /**
   * The page's lines in reading order, renumbered from {@code firstNumber}. A page after one split
   * into two columns at {@code previousGutter} is split there too when a single line crosses it
   * cleanly with lots on both sides: the last page of a receipt often has one lot in its second
   * column.
   */
  static Split read(List<TextLine> page, int firstNumber, Float previousGutter) {
    if (page.size() < 1) return new Split(page, null);
    // A page with a table heading is a table, whatever its gaps look like.
    if (page.stream().anyMatch(l -> ColumnLayout.fromHeading(l).isPresent())) {
      return new Split(page, null);
    }
    Gutter same = previousGutter == null ? null : gutterAt(page, previousGutter, 1);
    if (same != null) return new Split(cut(page, same, firstNumber), same.x);
    if (page.size() < MIN_TWO_SIDED) return new Split(page, null);
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (TextLine l : page) {
      for (TextLine.Cell c : l.cells()) {
        left = Math.min(left, c.x0());
        right = Math.max(right, c.x1());
      }
    }
    Gutter found = null;
    for (float x = left + (right - left) * 0.3f; x <= left + (right - left) * 0.7f; x += 2) {
      Gutter g = gutterAt(page, x, MIN_TWO_SIDED);
      if (g != null && (found == null || g.twoSided > found.twoSided)) found = g;
    }
    if (found == null) return new Split(page, null);
    return new Split(cut(page, found, firstNumber), found.x);
  }

  private static List<TextLine> cut(List<TextLine> page, Gutter best, int firstNumber) {
    float gutter = best.x;
    List<TextLine> out = new ArrayList<>(page.subList(0, best.from));
    List<TextLine> rightSide = new ArrayList<>();
    for (int i = best.from; i < best.to; i++) {
      TextLine l = page.get(i);
      List<TextLine.Cell> l0 = l.cells().stream().filter(c -> c.x1() < gutter).toList();
      List<TextLine.Cell> r0 = l.cells().stream().filter(c -> c.x0() > gutter).toList();
      if (!l0.isEmpty()) out.add(new TextLine(0, l.page(), l.y(), l.height(), l0));
      if (!r0.isEmpty()) rightSide.add(new TextLine(0, l.page(), l.y(), l.height(), r0));
    }
    out.addAll(rightSide);
    out.addAll(page.subList(best.to, page.size()));
    List<TextLine> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      TextLine l = out.get(i);
      numbered.add(new TextLine(firstNumber + i, l.page(), l.y(), l.height(), l.cells()));
    }
    return numbered;
  }

  private record Gutter(float x, int from, int to, int twoSided) {}

  /** The longest run of lines the gutter at x crosses cleanly, if both sides read as lots. */
  private static Gutter gutterAt(List<TextLine> page, float x, int minTwoSided) {
    Gutter best = null;
    int i = 0;
    while (i < page.size()) {
      if (!twoSided(page.get(i), x)) {
        i++;
        continue;
      }
      int from = i;
      int last = i;
      int count = 0;
      int rightLots = 0; // lines of the right column printed at a y of their own
      while (i < page.size() && !straddles(page.get(i), x)) {
        if (twoSided(page.get(i), x)) {
          last = i;
          count++;
        } else if (onlyRight(page.get(i), x) && count > 0) {
          // The right column runs on below the last shared line (its charge lines, its lots).
          last = i;
          if (startsWithLot(page.get(i), x, false)) rightLots++;
        }
        i++;
      }
      // The page header above the lots (house | INVOICE) is not part of the columns: they start
      // at the first line where both sides start with a lot, or else where one side does.
      int start = from;
      while (from < last
          && !(startsWithLot(page.get(from), x, true) && startsWithLot(page.get(from), x, false))) {
        from++;
      }
      if (from == last && !startsWithLot(page.get(from), x, true)) {
        from = start;
        while (from < last
            && !startsWithLot(page.get(from), x, true)
            && !startsWithLot(page.get(from), x, false)) {
          from++;
        }
      }
      int to = last + 1;
      // The left column runs on below the last shared line, but not across a gap wider than its
      // own (see leftColumnReach): what follows such a gap (the totals) comes after both columns.
      float reach = leftColumnReach(page, from, last, x);
      while (to < page.size()
          && !straddles(page.get(to), x)
          && onlyLeft(page.get(to), x)
          && page.get(to).y() - page.get(to - 1).y() <= reach) {
        to++;
      }
      // Columns whose rows fall at different heights share few lines; lots starting lines of
      // their own on the right are evidence of the second column too.
      boolean enough = count >= minTwoSided || (count >= 1 && rightLots >= 2);
      if (enough
          && (best == null || count + rightLots > best.twoSided)
          && readsAsLots(page.subList(from, to), x, true, minTwoSided)
          && readsAsLots(page.subList(from, to), x, false, minTwoSided)) {
        best = new Gutter(x, from, to, count + rightLots);
      }
    }
    return best;
  }

  /**
   * How far apart two successive lines of the left column may be and still belong to it: a quarter
   * more than the widest step between its lines in the run (the space between its lots), and at
   * least two of its narrowest steps (a run of one lot has seen no space between lots yet).
   */
  private static float leftColumnReach(List<TextLine> page, int from, int last, float x) {
    float widest = 0;
    float narrowest = Float.MAX_VALUE;
    Float previous = null;
    for (int i = from; i <= last; i++) {
      TextLine l = page.get(i);
      if (l.cells().stream().noneMatch(c -> c.x1() < x)) continue;
      if (previous != null && l.y() - previous > 0.5f) {
        widest = Math.max(widest, l.y() - previous);
        narrowest = Math.min(narrowest, l.y() - previous);
      }
      previous = l.y();
    }
    if (widest == 0) return 3 * page.get(from).height();
    return Math.max(1.25f * widest, 2 * narrowest);
  }

  private static boolean straddles(TextLine l, float x) {
    return l.cells().stream().anyMatch(c -> c.x0() <= x && c.x1() >= x);
  }

  private static boolean twoSided(TextLine l, float x) {
    return !straddles(l, x)
        && l.cells().stream().anyMatch(c -> c.x1() < x)
        && l.cells().stream().anyMatch(c -> c.x0() > x);
  }

  private static boolean onlyRight(TextLine l, float x) {
    return l.cells().stream().allMatch(c -> c.x0() > x);
  }

  private static boolean onlyLeft(TextLine l, float x) {
    return l.cells().stream().allMatch(c -> c.x1() < x);
  }

  private static boolean startsWithLot(TextLine l, float x, boolean leftSide) {
    List<TextLine.Cell> side =
        l.cells().stream().filter(c -> leftSide ? c.x1() < x : c.x0() > x).toList();
    if (side.isEmpty()) return false;
    List<TextLine.Word> words = side.get(0).words();
    String first = words.get(0).text();
    String second = words.size() > 1 ? first + " " + words.get(1).text() : first;
    return LOT_START.matcher(first).matches() || LOT_START.matcher(second).matches();
  }

  /**
   * Lots, amounts and words on one side; with one two-sided line, one lot with its amount will do.
   */
  private static boolean readsAsLots(
      List<TextLine> lines, float x, boolean leftSide, int minTwoSided) {
    int lots = 0;
    int amounts = 0;
    int wordy = 0;
    for (TextLine l : lines) {
      List<TextLine.Cell> side =
          l.cells().stream().filter(c -> leftSide ? c.x1() < x : c.x0() > x).toList();
      if (side.isEmpty()) continue;
      String first = side.get(0).words().get(0).text();
      String second =
          side.get(0).words().size() > 1 ? first + " " + side.get(0).words().get(1).text() : first;
      if (LOT_START.matcher(first).matches() || LOT_START.matcher(second).matches()) lots++;
      List<TextLine.Word> words = side.get(side.size() - 1).words();
      if (LotText.strictMoney(words.get(words.size() - 1).text()).isPresent()) amounts++;
      if (side.stream().anyMatch(c -> WORDY.matcher(c.text()).find())) wordy++;
    }
    int needed = Math.min(2, minTwoSided);
    return lots >= 1 && amounts >= needed && wordy >= needed;
  }
}

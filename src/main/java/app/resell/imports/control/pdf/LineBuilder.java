package app.resell.imports.control.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds lines, words and cells from positioned glyphs.
 *
 * <p>PDF producers place text in any order and rarely emit real spaces between table columns, so
 * the layout is reconstructed from geometry alone: glyphs whose baselines are within a third of the
 * font size share a line; a horizontal gap wider than {@value #WORD_GAP_EM} em (or a space glyph)
 * starts a new word; a gap wider than {@value #CELL_GAP_EM} em and 1.6 spaces of the font, or a run
 * of dot leaders, starts a new cell (browsers pad table cells by as little as half an em, while a
 * Courier space is already 0.6 em). The thresholds are relative to the font so they hold for 7 pt
 * footers and 14 pt titles alike.
 */
final class LineBuilder {

  static final float WORD_GAP_EM = 0.15f;
  static final float CELL_GAP_EM = 0.45f;
  static final float CELL_GAP_SPACES = 1.6f;

  private static final Pattern LEADER = Pattern.compile("[.\u00b7_\u2026]{3,}|-{4,}");
  private static final Pattern TRAILING_LEADER = Pattern.compile("[.\u00b7\u2026]{3,}$");
  private static final String MONEY = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\.\\d{2}";
  private static final Pattern AMOUNT = Pattern.compile(MONEY);
  private static final Pattern FLAGGED_AMOUNT = Pattern.compile("(" + MONEY + ")([A-Z*])");
  private static final Pattern GLUED_AMOUNTS = Pattern.compile("(?:" + MONEY + "){2,}");

  /** One glyph: page, left x, baseline y (top-down), advance width, font size, space width. */
  record Glyph(int page, float x, float y, float width, float em, float space, String text) {}

  private LineBuilder() {}

  /**
   * Groups glyphs into numbered lines, page by page, top to bottom.
   *
   * @param firstNumber the number given to the first line built
   */
  static List<TextLine> build(List<Glyph> pageGlyphs, int firstNumber) {
    List<Glyph> sorted = new ArrayList<>(pageGlyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float rowY = Float.NaN;
    for (Glyph g : sorted) {
      float tolerance = Math.max(1.5f, g.em() * 0.33f);
      if (!row.isEmpty() && Math.abs(g.y() - rowY) > tolerance) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) rowY = g.y();
      row.add(g);
    }
    if (!row.isEmpty()) rows.add(row);

    List<TextLine> lines = new ArrayList<>();
    int number = firstNumber;
    for (List<Glyph> r : rows) {
      List<TextLine.Cell> cells = cells(r);
      if (cells.isEmpty()) continue;
      float em = (float) r.stream().mapToDouble(Glyph::em).max().orElse(10);
      lines.add(new TextLine(number++, r.get(0).page(), r.get(0).y(), em, cells));
    }
    return lines;
  }

  private static List<TextLine.Cell> cells(List<Glyph> row) {
    List<Glyph> glyphs = new ArrayList<>(row);
    glyphs.sort(Comparator.comparingDouble(Glyph::x));
    List<TextLine.Cell> cells = new ArrayList<>();
    List<TextLine.Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    float wordX0 = 0;
    float lastEnd = Float.NaN;
    boolean spaceSeen = false;
    for (Glyph g : glyphs) {
      String t = clean(g.text());
      if (t.isBlank()) {
        spaceSeen = true;
        continue;
      }
      float gap = Float.isNaN(lastEnd) ? 0 : g.x() - lastEnd;
      float cellGap = Math.max(CELL_GAP_EM * g.em(), CELL_GAP_SPACES * g.space());
      boolean newCell = !Float.isNaN(lastEnd) && gap > cellGap;
      // A space glyph that overlaps the next letter is an artefact of ligature mapping ("Tiff
      // any").
      boolean newWord =
          newCell || gap > WORD_GAP_EM * g.em() || (spaceSeen && gap > 0.08f * g.em());
      if (newWord && word.length() > 0) {
        closeWord(words, cells, word.toString(), wordX0, lastEnd);
        word.setLength(0);
      }
      if (newCell && !words.isEmpty()) {
        cells.add(new TextLine.Cell(words.get(0).x0(), words.get(words.size() - 1).x1(), words));
        words = new ArrayList<>();
      }
      if (word.length() == 0) wordX0 = g.x();
      word.append(t);
      float end = g.x() + g.width();
      lastEnd = Float.isNaN(lastEnd) ? end : Math.max(lastEnd, end);
      spaceSeen = false;
    }
    if (word.length() > 0) closeWord(words, cells, word.toString(), wordX0, lastEnd);
    if (!words.isEmpty()) {
      cells.add(new TextLine.Cell(words.get(0).x0(), words.get(words.size() - 1).x1(), words));
    }
    return cells;
  }

  /** Adds a word; a run of leader dots ends the current cell instead of becoming text. */
  private static void closeWord(
      List<TextLine.Word> words, List<TextLine.Cell> cells, String text, float x0, float x1) {
    if (text.length() >= 3 && LEADER.matcher(text).matches()) {
      if (!words.isEmpty()) {
        cells.add(
            new TextLine.Cell(
                words.get(0).x0(), words.get(words.size() - 1).x1(), List.copyOf(words)));
        words.clear();
      }
      return;
    }
    String leader = TRAILING_LEADER.matcher(text).replaceFirst("");
    if (!leader.equals(text) && !leader.isEmpty()) {
      words.add(new TextLine.Word(x0, x1, leader));
      cells.add(
          new TextLine.Cell(
              words.get(0).x0(), words.get(words.size() - 1).x1(), List.copyOf(words)));
      words.clear();
      return;
    }
    Matcher flagged = FLAGGED_AMOUNT.matcher(text);
    if (flagged.matches()) {
      // "185.00T": an amount with the one-letter tax flag of the next, narrow column
      float split = x0 + (x1 - x0) * flagged.end(1) / text.length();
      words.add(new TextLine.Word(x0, split, flagged.group(1)));
      words.add(new TextLine.Word(split, x1, flagged.group(2)));
      return;
    }
    Matcher glued = GLUED_AMOUNTS.matcher(text);
    if (glued.matches()) {
      // right-aligned amounts of narrow neighbouring cells printed edge to edge ("4.1718.00"):
      // every amount ends two digits after its point, so the run splits there, each amount given
      // its share of the run's width by its characters
      Matcher amount = AMOUNT.matcher(text);
      float perChar = (x1 - x0) / text.length();
      while (amount.find()) {
        words.add(
            new TextLine.Word(
                x0 + perChar * amount.start(), x0 + perChar * amount.end(), amount.group()));
      }
      return;
    }
    words.add(new TextLine.Word(x0, x1, text));
  }

  /** Folds typographic variants (ligatures, curly quotes, dashes, no-break spaces) to ASCII. */
  static String clean(String text) {
    if (text.length() == 1 && text.charAt(0) < 0x7f) return text; // nearly every glyph
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return t.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replace('\u2013', '-')
        .replace('\u2014', '-')
        .replace('\u2212', '-')
        .replace('\u00a0', ' ');
  }
}

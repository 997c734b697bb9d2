package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the words OCR read on a page image into the positioned glyphs {@link LineBuilder} reads
 * from a text PDF, so a scan goes through the same line, cell and table reading. One glyph per
 * word, in points: x from the word's box, y on its line's baseline (the bottom of the line's words
 * that have no descender), the font size from the line's height, and a space glyph between words so
 * the engine's word breaks are kept. Each word's confidence is kept beside it so every built line
 * can report how sure OCR was of it.
 */
final class OcrGlyphs {

  /** Letters that reach below the baseline, so a word holding one does not sit on it. */
  private static final Pattern DESCENDER = Pattern.compile("[gjpqyQ,;()\\[\\]{}|/$@_]");

  /** Letters as tall as a capital that do not descend: their box height is the cap height. */
  private static final Pattern CAP_HEIGHT = Pattern.compile("[A-Z0-9bdfhklt]");

  /** Table rules and box edges OCR reads as characters. */
  private static final Pattern RULE = Pattern.compile("[|_\\-]+|[\u2014\u2013]+");

  /** A word as placed on the page, in points, with its OCR confidence (0-100). */
  record Placed(int page, float x0, float x1, float y, float confidence) {}

  private OcrGlyphs() {}

  /** The glyphs of one page; {@code placed} receives every word's position and confidence. */
  static List<LineBuilder.Glyph> glyphs(
      int page, List<OcrWord> words, float dpi, List<Placed> placed) {
    float scale = 72f / dpi;
    Map<Integer, List<OcrWord>> lines = new TreeMap<>();
    for (OcrWord w : words) {
      if (w.text() == null || w.text().isBlank() || w.width() <= 0 || w.height() <= 0) continue;
      if (RULE.matcher(w.text().strip()).matches()) continue;
      lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
    }
    Map<Integer, Float> ems = new LinkedHashMap<>();
    List<Float> gaps = new ArrayList<>();
    lines.forEach(
        (key, line) -> {
          line.sort(Comparator.comparingInt(OcrWord::left));
          float em = em(line);
          ems.put(key, em);
          for (int i = 1; i < line.size(); i++) {
            OcrWord a = line.get(i - 1);
            float gap = (line.get(i).left() - a.left() - a.width()) / em;
            if (gap < 1f) gaps.add(gap); // wider is a column, not a word gap
          }
        });
    float pageEm = median(new ArrayList<>(ems.values()));
    // OCR boxes hug the ink, so the gap between two words is wider than the font's space: a cell
    // starts only well beyond the page's usual gap under an em
    float wordGap = gaps.isEmpty() ? 0.28f : Math.min(0.6f, Math.max(0.28f, 1.25f * median(gaps)));
    List<LineBuilder.Glyph> glyphs = new ArrayList<>();
    lines.forEach(
        (key, line) -> {
          // a line of short lowercase words looks smaller than its font: trust the page's size more
          float em = Math.max(ems.get(key), 0.8f * pageEm) * scale;
          float y = baseline(line, ems.get(key)) * scale;
          float space = wordGap * em;
          float end = Float.NaN;
          for (OcrWord w : line) {
            float x = w.left() * scale;
            if (!Float.isNaN(end)) {
              glyphs.add(new LineBuilder.Glyph(page, end, y, 0, em, space, " "));
            }
            float width = w.width() * scale;
            glyphs.add(new LineBuilder.Glyph(page, x, y, width, em, space, w.text()));
            placed.add(new Placed(page, x, x + width, y, w.confidence()));
            end = x + width;
          }
        });
    return glyphs;
  }

  /**
   * The font size of a line in pixels: words with a capital, a digit or an ascender and no
   * descender are cap height high (about 0.72 em); without one, the tallest word is cap height to
   * descender (about 0.93 em) when some word descends, else x-height and more (taken as 0.74 em).
   */
  static float em(List<OcrWord> line) {
    List<Float> caps = new ArrayList<>();
    for (OcrWord w : line) {
      if (CAP_HEIGHT.matcher(w.text()).find() && !DESCENDER.matcher(w.text()).find()) {
        caps.add((float) w.height());
      }
    }
    if (!caps.isEmpty()) return median(caps) / 0.72f;
    int tallest = line.stream().mapToInt(OcrWord::height).max().orElse(10);
    boolean descends = line.stream().anyMatch(w -> DESCENDER.matcher(w.text()).find());
    return tallest / (descends ? 0.93f : 0.74f);
  }

  /** The baseline in pixels: where words without descenders end, else above the lowest bottom. */
  static float baseline(List<OcrWord> line, float em) {
    List<Float> flat = new ArrayList<>();
    for (OcrWord w : line) {
      if (!DESCENDER.matcher(w.text()).find()) flat.add((float) w.bottom());
    }
    if (!flat.isEmpty()) return median(flat);
    return line.stream().mapToInt(OcrWord::bottom).max().orElse(0) - 0.21f * em;
  }

  /** For each built line, the mean confidence (0-1, two decimals) of the OCR words it holds. */
  static Map<Integer, Double> confidences(List<TextLine> lines, List<Placed> placed) {
    Map<Integer, Double> byLine = new LinkedHashMap<>();
    for (TextLine line : lines) {
      if (line.cells().isEmpty()) continue;
      float x0 = line.cells().get(0).x0() - 0.5f;
      float x1 = line.cells().get(line.cells().size() - 1).x1() + 0.5f;
      float tolerance = Math.max(1.5f, line.height() * 0.4f);
      double sum = 0;
      int n = 0;
      for (Placed p : placed) {
        float middle = (p.x0() + p.x1()) / 2;
        if (p.page() == line.page()
            && Math.abs(p.y() - line.y()) <= tolerance
            && middle >= x0
            && middle <= x1) {
          sum += p.confidence();
          n++;
        }
      }
      if (n > 0) {
        byLine.put(
            line.number(),
            BigDecimal.valueOf(sum / n / 100).setScale(2, RoundingMode.HALF_UP).doubleValue());
      }
    }
    return byLine;
  }

  private static float median(List<Float> values) {
    if (values.isEmpty()) return 10f;
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    return sorted.get(sorted.size() / 2);
  }
}

package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OCR words become the glyphs the layout parser reads from text PDFs, with their confidence. */
class OcrGlyphsTest {

  private static final float DPI = 300;

  /** A word on OCR line {@code line}, its box in pixels at 300 dpi. */
  private static OcrWord word(int line, int left, int top, int width, int height, String text) {
    return new OcrWord(line, left, top, width, height, 90, text);
  }

  private static List<TextLine> lines(List<OcrWord> words, List<OcrGlyphs.Placed> placed) {
    return LineBuilder.build(OcrGlyphs.glyphs(1, words, DPI, placed), 1);
  }

  @Test
  void wordsOfATableRowBecomeCellsByTheirGaps() {
    // "0012 Roseville vase 7 in." then the amounts far to the right, cap height 32 px
    List<OcrWord> row =
        List.of(
            word(1, 100, 1000, 80, 32, "0012"),
            word(1, 300, 1000, 200, 33, "Roseville"),
            word(1, 520, 1008, 90, 24, "vase"),
            word(1, 630, 1000, 18, 32, "7"),
            word(1, 668, 1000, 50, 32, "in."),
            word(1, 1500, 998, 150, 38, "$85.00"),
            word(1, 1800, 998, 150, 38, "$15.30"));
    List<TextLine> lines = lines(row, new ArrayList<>());

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).cells())
        .extracting(TextLine.Cell::text)
        .containsExactly("0012", "Roseville vase 7 in.", "$85.00", "$15.30");
  }

  @Test
  void placesWordsInPointsOnTheirBaseline() {
    List<OcrWord> row =
        List.of(word(1, 300, 600, 150, 30, "Lot"), word(1, 600, 600, 210, 39, "Pyrex"));
    List<TextLine> lines = lines(row, new ArrayList<>());

    TextLine line = lines.get(0);
    assertThat(line.cells().get(0).x0()).isEqualTo(72f); // 300 px at 300 dpi = 1 inch
    assertThat(line.y()).isEqualTo(630 * 72f / DPI); // bottom of "Lot", which has no descender
    assertThat(line.height()).isBetween(9f, 11f); // cap height 30 px = 7.2 pt: a 10 pt font
  }

  @Test
  void linesOfTheEngineAtTheSameHeightJoinAndOthersStayApart() {
    List<OcrWord> words =
        List.of(
            word(1, 100, 500, 80, 32, "0013"),
            word(2, 1500, 502, 150, 32, "240.00"), // another block, same row
            word(3, 300, 560, 200, 32, "marble")); // the next row
    List<TextLine> lines = lines(words, new ArrayList<>());

    assertThat(lines).extracting(TextLine::text).containsExactly("0013  240.00", "marble");
  }

  @Test
  void dropsTableRulesReadAsCharacters() {
    List<OcrWord> words =
        List.of(
            word(1, 50, 500, 4, 60, "|"),
            word(1, 100, 500, 80, 32, "Total"),
            word(1, 700, 500, 4, 60, "|"),
            word(1, 1500, 500, 150, 32, "919.42"));
    assertThat(lines(words, new ArrayList<>()))
        .extracting(TextLine::text)
        .containsExactly("Total  919.42");
  }

  @Test
  void eachLineKnowsTheMeanConfidenceOfItsWords() {
    List<OcrWord> words =
        List.of(
            new OcrWord(1, 100, 500, 80, 32, 96, "0012"),
            new OcrWord(1, 1500, 500, 150, 32, 50, "85.00"),
            new OcrWord(2, 100, 600, 80, 32, 80, "bowls"));
    List<OcrGlyphs.Placed> placed = new ArrayList<>();
    List<TextLine> lines = lines(words, placed);

    Map<Integer, Double> confidence = OcrGlyphs.confidences(lines, placed);

    assertThat(confidence).containsEntry(1, 0.73).containsEntry(2, 0.80);
  }

  @Test
  void ignoresEmptyAndBoxlessWords() {
    List<OcrWord> words =
        List.of(word(1, 100, 500, 0, 32, "ghost"), word(1, 200, 500, 80, 32, " "));
    assertThat(lines(words, new ArrayList<>())).isEmpty();
  }
}

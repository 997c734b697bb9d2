package app.resell.imports.control.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One visual line of the document: its stable 1-based number in reading order, its page, its
 * vertical position and its cells (runs of words separated by a column-sized gap).
 */
record TextLine(int number, int page, float y, float height, List<Cell> cells, String text) {

  TextLine(int number, int page, float y, float height, List<Cell> cells) {
    this(number, page, y, height, List.copyOf(cells), join(cells));
  }

  /** The line as a reader sees it, cells separated by two spaces (computed once: hot path). */
  private static String join(List<Cell> cells) {
    return cells.stream().map(Cell::text).collect(Collectors.joining("  "));
  }

  /** All words of the line in order, ignoring cell boundaries. */
  List<Word> words() {
    return cells.stream().flatMap(c -> c.words().stream()).toList();
  }

  /** A word with its horizontal extent in page units. */
  record Word(float x0, float x1, String text) {}

  /** Adjacent words closer together than a column gap. */
  record Cell(float x0, float x1, List<Word> words, String text) {

    Cell(float x0, float x1, List<Word> words) {
      this(
          x0,
          x1,
          List.copyOf(words),
          words.stream().map(Word::text).collect(Collectors.joining(" ")));
    }
  }
}

package app.resell.imports.control.pdf;

/**
 * A word an OCR engine read on a page image: the engine's line it belongs to (any key unique on the
 * page), its box in pixels from the top left, its confidence 0-100 and its text.
 */
public record OcrWord(
    int line, int left, int top, int width, int height, float confidence, String text) {

  int bottom() {
    return top + height;
  }
}

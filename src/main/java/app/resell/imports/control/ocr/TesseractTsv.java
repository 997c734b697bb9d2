package app.resell.imports.control.ocr;

import app.resell.imports.control.pdf.OcrWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of tesseract's TSV output ({@code level page block par line word left top width
 * height conf text}): every level-5 row with text and a confidence, its line identified by block,
 * paragraph and line number.
 */
public final class TesseractTsv {

  private static final int WORD_LEVEL = 5;

  private TesseractTsv() {}

  public static List<OcrWord> words(String tsv) {
    List<OcrWord> words = new ArrayList<>();
    for (String row : tsv.split("\r?\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !isInt(f[0]) || Integer.parseInt(f[0]) != WORD_LEVEL) continue;
      String text = f[11].strip();
      float confidence;
      try {
        confidence = Float.parseFloat(f[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (text.isEmpty() || confidence < 0) continue;
      int line =
          Integer.parseInt(f[2]) * 1_000_000
              + Integer.parseInt(f[3]) * 1_000
              + Integer.parseInt(f[4]);
      words.add(
          new OcrWord(
              line,
              Integer.parseInt(f[6]),
              Integer.parseInt(f[7]),
              Integer.parseInt(f[8]),
              Integer.parseInt(f[9]),
              confidence,
              text));
    }
    return words;
  }

  private static boolean isInt(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }
}

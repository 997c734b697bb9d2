package app.resell.locations.control;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Avery 5160 label sheets (US letter, 3 columns x 10 rows of 2 5/8" x 1" labels): a QR code on the
 * left of each label, a title and a second line on the right.
 */
public final class LabelSheet {

  /** One label: its QR text and two lines of print. */
  public record Label(String qrText, String title, String subtitle) {}

  private static final float INCH = 72f;
  private static final float TOP = 0.5f * INCH;
  private static final float LEFT = 0.1875f * INCH;
  private static final float WIDTH = 2.625f * INCH;
  private static final float HEIGHT = 1f * INCH;
  private static final float PITCH_X = 2.75f * INCH;
  private static final int COLUMNS = 3;
  private static final int ROWS = 10;
  public static final int PER_PAGE = COLUMNS * ROWS;
  private static final int QUIET_MODULES = 2;

  private LabelSheet() {}

  public static byte[] pdf(List<Label> labels) {
    try (PDDocument document = new PDDocument()) {
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int start = 0; start < Math.max(labels.size(), 1); start += PER_PAGE) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        float pageHeight = page.getMediaBox().getHeight();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (int i = start; i < Math.min(labels.size(), start + PER_PAGE); i++) {
            int slot = i - start;
            float x = LEFT + (slot % COLUMNS) * PITCH_X;
            float y = pageHeight - TOP - (slot / COLUMNS + 1) * HEIGHT;
            Label label = labels.get(i);
            float qrSize = HEIGHT - 8;
            drawQr(content, label.qrText(), x + 4, y + 4, qrSize);
            float textX = x + qrSize + 10;
            text(content, bold, 9, textX, y + HEIGHT - 24, fit(label.title(), 24));
            text(content, plain, 8, textX, y + HEIGHT - 38, fit(label.subtitle(), 28));
            text(content, plain, 6, textX, y + 12, fit(label.qrText(), 40));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Draws the code as filled squares in a size x size box whose lower left corner is (x, y), with a
   * quiet zone of {@link #QUIET_MODULES} modules inside the box.
   */
  private static void drawQr(PDPageContentStream content, String text, float x, float y, float size)
      throws IOException {
    BitMatrix modules = QrCodes.modules(text);
    int count = modules.getWidth();
    float module = size / (count + 2 * QUIET_MODULES);
    float left = x + QUIET_MODULES * module;
    float top = y + size - QUIET_MODULES * module;
    content.setNonStrokingColor(0f);
    for (int row = 0; row < count; row++) {
      int column = 0;
      while (column < count) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int run = column;
        while (run < count && modules.get(run, row)) run++;
        // one rectangle per horizontal run of dark modules keeps the page small
        content.addRect(
            left + column * module, top - (row + 1) * module, (run - column) * module, module);
        column = run;
      }
    }
    content.fill();
  }

  private static void text(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    if (text == null || text.isEmpty()) return;
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  /** Cuts to length and keeps only characters the standard fonts can draw. */
  static String fit(String text, int max) {
    if (text == null) return "";
    String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
    return printable.length() <= max ? printable : printable.substring(0, max - 1) + "~";
  }
}

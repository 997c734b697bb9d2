package app.resell.imports.control.pdf;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws text at given positions with PDFBox: the "PDFBox" producer of the test corpus (from {@code
 * *.layout.json}), and the generator behind the benchmark and the property tests. Positions are in
 * points from the top-left of a US Letter page; {@code align: "right"} makes x the right edge, as
 * invoice amounts are printed.
 *
 * <p>Run: {@code java -cp target/test-classes:$(cat target/cp.txt)
 * app.resell.imports.control.pdf.LayoutPdfWriter in.layout.json out.pdf}
 */
public final class LayoutPdfWriter {

  /** One text run. */
  public record Text(float x, float y, float size, boolean bold, boolean right, String text) {
    public static Text left(float x, float y, String text) {
      return new Text(x, y, 9, false, false, text);
    }

    public static Text right(float x, float y, String text) {
      return new Text(x, y, 9, false, true, text);
    }
  }

  private LayoutPdfWriter() {}

  public static void write(List<List<Text>> pages, Path out) throws IOException {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument doc = new PDDocument()) {
      for (List<Text> texts : pages) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Text t : texts) {
            PDType1Font font = t.bold() ? bold : regular;
            float width = font.getStringWidth(t.text()) / 1000 * t.size();
            cs.beginText();
            cs.setFont(font, t.size());
            cs.newLineAtOffset(t.right() ? t.x() - width : t.x(), height - t.y());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      doc.getDocumentInformation().setProducer("Resell test corpus (PDFBox)");
      doc.save(out.toFile());
    }
  }

  public static List<List<Text>> read(Path layout) throws IOException {
    try (Reader r = Files.newBufferedReader(layout);
        JsonReader json = Json.createReader(r)) {
      List<List<Text>> pages = new ArrayList<>();
      for (JsonArray page : json.readObject().getJsonArray("pages").getValuesAs(JsonArray.class)) {
        List<Text> texts = new ArrayList<>();
        for (JsonObject t : page.getValuesAs(JsonObject.class)) {
          texts.add(
              new Text(
                  (float) t.getJsonNumber("x").doubleValue(),
                  (float) t.getJsonNumber("y").doubleValue(),
                  (float) t.getJsonNumber("size").doubleValue(),
                  t.getBoolean("bold", false),
                  "right".equals(t.getString("align", "left")),
                  t.getString("text")));
        }
        pages.add(texts);
      }
      return pages;
    }
  }

  public static void main(String[] args) throws IOException {
    write(read(Path.of(args[0])), Path.of(args[1]));
  }
}

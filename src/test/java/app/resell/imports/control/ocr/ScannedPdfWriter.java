package app.resell.imports.control.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a scanned-looking fixture from a text PDF: every page rendered to a grey JPEG and placed
 * alone on a page of the same size, so the result has no text layer at all. How {@code
 * src/test/resources/scans/*.pdf} were made:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   app.resell.imports.control.ocr.ScannedPdfWriter IN.pdf OUT.pdf 200</pre>
 */
public final class ScannedPdfWriter {

  private ScannedPdfWriter() {}

  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 200);
  }

  static void write(Path in, Path out, int dpi) throws Exception {
    try (PDDocument source = Loader.loadPDF(in.toFile());
        PDDocument scan = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle box = source.getPage(i).getMediaBox();
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        PDPage page = new PDPage(box);
        scan.addPage(page);
        PDImageXObject jpeg = JPEGFactory.createFromImage(scan, image, 0.6f);
        try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
          content.drawImage(jpeg, 0, 0, box.getWidth(), box.getHeight());
        }
      }
      scan.save(out.toFile());
    }
  }
}

package app.resell.imports.control.ocr;

import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.OcrWord;
import app.resell.imports.control.pdf.PageScanner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR of a scanned invoice with Debian's {@code tesseract} command: each page is rendered to a grey
 * PNG with PDFBox and read by a tesseract process of its own (TSV output: words with boxes and
 * confidences), all pages within one time limit. When tesseract is not installed the scan is
 * refused as before ({@code no_text}); when it runs out of time or reads nothing, too, with that
 * reason.
 */
public final class TesseractScanner implements PageScanner {

  private final String command;
  private final Duration limit;
  private final int dpi;
  private final String languages;

  public TesseractScanner(String command, Duration limit, int dpi, String languages) {
    this.command = command;
    this.limit = limit;
    this.dpi = dpi;
    this.languages = languages;
  }

  @Override
  public Scan scan(PDDocument document) throws InvoiceReadException {
    long deadline = System.nanoTime() + limit.toNanos();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("resell-ocr");
      PDFRenderer renderer = new PDFRenderer(document);
      List<List<OcrWord>> pages = new ArrayList<>();
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        Path image = dir.resolve("page-" + (i + 1) + ".png");
        BufferedImage rendered = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        ImageIO.write(rendered, "png", image.toFile());
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) throw new OcrProcess.TimedOut(limit);
        OcrProcess.Outcome out =
            OcrProcess.run(
                List.of(command, image.toString(), "stdout", "-l", languages, "--psm", "6", "tsv"),
                left,
                dir);
        if (out.exitCode() != 0) {
          throw refused("tesseract failed (" + firstLine(out.stderr()) + ")");
        }
        pages.add(TesseractTsv.words(out.stdout()));
        Files.deleteIfExists(image);
      }
      return new Scan(dpi, pages);
    } catch (OcrProcess.Missing e) {
      // no OCR engine here: the same refusal as before OCR existed
      throw new InvoiceReadException(
          InvoiceReadException.NO_TEXT,
          "The PDF has no text layer (it is probably a scan or a photo) and OCR is not installed"
              + " on this server. Ask the auction house for the original PDF invoice.");
    } catch (OcrProcess.TimedOut e) {
      throw refused("OCR " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused("OCR was interrupted");
    } catch (IOException | RuntimeException e) {
      throw refused("OCR failed: " + e.getClass().getSimpleName());
    } finally {
      delete(dir);
    }
  }

  private static InvoiceReadException refused(String why) {
    return new InvoiceReadException(
        InvoiceReadException.NO_TEXT,
        "The PDF has no text layer (it is a scan or a photo) and OCR could not read it: "
            + why
            + ". Ask the auction house for the original PDF invoice.");
  }

  private static String firstLine(String text) {
    String t = text == null ? "" : text.strip();
    int end = t.indexOf('\n');
    return end < 0 ? t : t.substring(0, end);
  }

  private static void delete(Path dir) {
    if (dir == null) return;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind is harmless
    }
  }
}

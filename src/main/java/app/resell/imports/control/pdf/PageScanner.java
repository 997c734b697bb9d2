package app.resell.imports.control.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the words of a PDF that has no text layer (a scan) by OCR. The parser only asks when a
 * document has no glyph at all; an implementation that cannot read it refuses with {@link
 * InvoiceReadException#NO_TEXT} and its reason.
 */
public interface PageScanner {

  /** The words of every page, in page order, with their boxes in pixels at {@code dpi}. */
  record Scan(float dpi, List<List<OcrWord>> pages) {}

  Scan scan(PDDocument document) throws InvoiceReadException;
}

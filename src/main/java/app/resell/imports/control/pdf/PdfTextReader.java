package app.resell.imports.control.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Opens a PDF and turns its text layer into numbered lines, or refuses it with a typed reason.
 *
 * <p>PDFBox is lenient on purpose and will happily return the first pages of a file cut in half, so
 * the trailer is checked first: a PDF that does not end with {@code %%EOF} is reported as corrupt
 * rather than half-imported. Files that only restrict permissions (an owner password, no user
 * password) open without a password in every viewer and are read; only a required password is
 * refused.
 */
final class PdfTextReader {

  static final int MAX_PAGES = 500;
  private static final int TRAILER_WINDOW = 4096;

  /**
   * The text of a document: its lines in reading order and its page count; for a scan read by OCR,
   * each line's OCR confidence (0-1) by line number, else null.
   */
  record PdfText(
      List<TextLine> lines, int pageCount, Map<Integer, Double> ocrConfidence, boolean dayFirst) {}

  private final PageScanner scanner;

  PdfTextReader() {
    this(null);
  }

  /** A reader that asks {@code scanner} for the words of a PDF without text, when not null. */
  PdfTextReader(PageScanner scanner) {
    this.scanner = scanner;
  }

  PdfText read(Path pdf) throws InvoiceReadException {
    checkEnvelope(pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      if (pages > MAX_PAGES) {
        throw new InvoiceReadException(
            InvoiceReadException.TOO_MANY_PAGES,
            "The PDF has "
                + pages
                + " pages; invoices of more than "
                + MAX_PAGES
                + " pages are not imported. Split it or import a CSV export instead.");
      }
      if (pages == 0) {
        throw new InvoiceReadException(InvoiceReadException.CORRUPT, "The PDF has no pages.");
      }
      GlyphCollector collector = new GlyphCollector();
      collector.setSortByPosition(true);
      collector.getText(document);
      List<TextLine> lines = collector.lines;
      if (lines.isEmpty()) {
        if (scanner != null) return scanned(scanner.scan(document), pages);
        throw new InvoiceReadException(InvoiceReadException.NO_TEXT, NO_TEXT_REASON);
      }
      return new PdfText(MoneyWords.normalise(lines), pages, null, MoneyWords.dayFirst(lines));
    } catch (InvoiceReadException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw new InvoiceReadException(
          InvoiceReadException.ENCRYPTED,
          "The PDF is password-protected. Open it, print or save it without a password, and"
              + " import that copy.",
          e);
    } catch (IOException | RuntimeException e) {
      throw new InvoiceReadException(
          InvoiceReadException.CORRUPT,
          "The PDF is damaged and cannot be read (" + e.getClass().getSimpleName() + ").",
          e);
    }
  }

  static final String NO_TEXT_REASON =
      "The PDF has no text layer (it is probably a scan or a photo). Ask the auction house"
          + " for the original PDF invoice or run it through OCR first.";

  /** The lines of a scan, built from its OCR words as from glyphs, page by page. */
  private static PdfText scanned(PageScanner.Scan scan, int pages) throws InvoiceReadException {
    List<TextLine> lines = new ArrayList<>();
    List<OcrGlyphs.Placed> placed = new ArrayList<>();
    Float gutter = null;
    for (int i = 0; i < scan.pages().size(); i++) {
      int first = lines.size() + 1;
      List<LineBuilder.Glyph> glyphs =
          OcrGlyphs.glyphs(i + 1, scan.pages().get(i), scan.dpi(), placed);
      PageColumns.Split split = PageColumns.read(LineBuilder.build(glyphs, first), first, gutter);
      lines.addAll(split.lines());
      gutter = split.gutter() != null ? split.gutter() : gutter;
    }
    if (lines.isEmpty()) {
      throw new InvoiceReadException(
          InvoiceReadException.NO_TEXT,
          "The PDF has no text layer (it is a scan or a photo) and OCR could not read any text"
              + " on it. Ask the auction house for the original PDF invoice.");
    }
    return new PdfText(
        MoneyWords.normalise(lines),
        pages,
        OcrGlyphs.confidences(lines, placed),
        MoneyWords.dayFirst(lines));
  }

  /** Magic bytes at the start and an end-of-file marker at the end, before PDFBox sees it. */
  private static void checkEnvelope(Path pdf) throws InvoiceReadException {
    byte[] head = new byte[1024];
    int read;
    long size;
    try (InputStream in = Files.newInputStream(pdf)) {
      read = in.readNBytes(head, 0, head.length);
      size = Files.size(pdf);
    } catch (IOException e) {
      throw new InvoiceReadException(
          InvoiceReadException.CORRUPT, "The file cannot be read: " + e.getMessage(), e);
    }
    // The spec allows a little junk before the header; viewers accept it within the first 1 KB.
    String start = new String(head, 0, read, StandardCharsets.ISO_8859_1);
    if (!start.contains("%PDF-")) {
      throw new InvoiceReadException(
          InvoiceReadException.NOT_PDF, "The file is not a PDF; upload the PDF invoice itself.");
    }
    byte[] tail = new byte[(int) Math.min(TRAILER_WINDOW, size)];
    try (RandomAccessFile file = new RandomAccessFile(pdf.toFile(), "r")) {
      file.seek(size - tail.length);
      file.readFully(tail);
    } catch (IOException e) {
      throw new InvoiceReadException(
          InvoiceReadException.CORRUPT, "The file cannot be read: " + e.getMessage(), e);
    }
    if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
      throw new InvoiceReadException(
          InvoiceReadException.CORRUPT,
          "The PDF is incomplete (it was probably cut off while downloading). Download it again.");
    }
  }

  /**
   * Collects positioned glyphs instead of writing text, and turns each page into lines as soon as
   * it ends so that only one page of glyphs is held at a time.
   */
  private static final class GlyphCollector extends PDFTextStripper {
    private final List<TextLine> lines = new ArrayList<>();
    private final List<LineBuilder.Glyph> page = new ArrayList<>();

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      for (TextPosition p : positions) {
        float em = p.getFontSizeInPt() > 1f ? p.getFontSizeInPt() : p.getHeightDir() * 1.4f;
        page.add(
            new LineBuilder.Glyph(
                getCurrentPageNo(),
                p.getXDirAdj(),
                p.getYDirAdj(),
                p.getWidthDirAdj(),
                Math.max(em, 1f),
                spaceWidth(p, em),
                p.getUnicode() == null ? "" : p.getUnicode()));
      }
    }

    /** The font's space width, or a typical 0.28 em when the font does not say. */
    private static float spaceWidth(TextPosition p, float em) {
      float space = p.getWidthOfSpace();
      return Float.isFinite(space) && space > 0 && space < em ? space : 0.28f * em;
    }

    private Float gutter; // where the last page split into two columns of lots, if one did

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
      int first = lines.size() + 1;
      PageColumns.Split split = PageColumns.read(LineBuilder.build(page, first), first, gutter);
      lines.addAll(split.lines());
      gutter = split.gutter() != null ? split.gutter() : gutter;
      page.clear();
      super.endPage(pdPage);
    }
  }
}

package app.resell.imports.control.vetting;

import app.resell.problems.control.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Looks at a PDF's structure before the job extracts its text: the page tree is walked by hand (a
 * tree whose kids lead back to an ancestor is refused, where PDFBox would skip or loop), pages are
 * counted against the cap however large the tree's own {@code /Count} claims to be, and every Flate
 * stream other than an image is inflated into nothing with a cap, since PDFBox decodes a content
 * stream whole into memory before the text stripper reads it.
 */
final class PdfVetting {

  private PdfVetting() {}

  static void check(Path file, UploadLimits limits) {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      int pages = countPages(document.getDocumentCatalog().getCOSObject());
      if (pages > limits.maxPdfPages()) {
        throw UploadRefused.unprocessable(
            "too_many_pages",
            "The PDF has more than "
                + limits.maxPdfPages()
                + " pages; invoices that long are not imported. Split it or import a CSV"
                + " export instead.");
      }
      COSDocument cos = document.getDocument();
      for (COSObjectKey key : List.copyOf(cos.getXrefTable().keySet())) {
        COSBase object = cos.getObjectFromPool(key).getObject();
        if (object instanceof COSStream stream) checkStream(stream, limits);
      }
    } catch (InvalidPasswordException e) {
      // the job refuses it with its own words (encrypted)
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException p) throw p;
      throw UploadRefused.unprocessable(
          "corrupt",
          "The PDF is damaged and cannot be read (" + e.getClass().getSimpleName() + ").");
    }
  }

  private static int countPages(COSDictionary catalog) {
    Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSDictionary> todo = new ArrayDeque<>();
    COSDictionary root = catalog.getCOSDictionary(COSName.PAGES);
    if (root == null) throw corrupt("it has no page tree");
    todo.push(root);
    int pages = 0;
    while (!todo.isEmpty()) {
      COSDictionary node = todo.pop();
      if (!seen.add(node)) throw corrupt("its page tree loops back on itself");
      COSArray kids = node.getCOSArray(COSName.KIDS);
      if (kids == null) {
        pages++;
        continue;
      }
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) todo.push(kid);
      }
    }
    return pages;
  }

  /** Inflates a Flate-only stream into nothing, refusing it past the cap. */
  private static void checkStream(COSStream stream, UploadLimits limits) throws IOException {
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) return;
    COSBase filters = stream.getFilters();
    int flates;
    if (COSName.FLATE_DECODE.equals(filters)) {
      flates = 1;
    } else if (filters instanceof COSArray array && array.size() > 0) {
      for (int i = 0; i < array.size(); i++) {
        if (!COSName.FLATE_DECODE.equals(array.getObject(i))) return;
      }
      flates = array.size();
    } else {
      return;
    }
    long compressed = Math.max(1, stream.getLength());
    InputStream in = stream.createRawInputStream();
    for (int i = 0; i < flates; i++) in = new InflaterInputStream(in);
    try (InputStream decoded = in) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = decoded.read(buffer)) > 0; ) {
        total += n;
        if (total > limits.maxPdfStreamBytes()
            || (total > 4 * 1024 * 1024 && total > compressed * 1000)) {
          throw UploadRefused.unprocessable(
              "stream_bomb",
              "A stream in the PDF inflates to more than "
                  + limits.maxPdfStreamBytes() / (1024 * 1024)
                  + " MB (a decompression bomb); the file is not read.");
        }
      }
    } catch (ZipException e) {
      // damaged compressed data: PDFBox reads what it can, as viewers do
    }
  }

  private static RuntimeException corrupt(String why) {
    return UploadRefused.unprocessable("corrupt", "The PDF is damaged: " + why + ".");
  }
}

package app.resell.imports.control.vetting;

import app.resell.imports.entity.ImportKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a stored upload before any job is started for it, so that a hostile or hopeless file is a
 * clear 415 or 422 at once, within bounded memory and time, instead of a job that fails minutes
 * later or takes the heap with it. The checks stream the file; none builds its content in memory.
 * The batch job keeps its own checks for files that pass.
 */
@ApplicationScoped
public class UploadVetting {

  @Inject
  @ConfigProperty(name = "resell.import.max-rows", defaultValue = "1000000")
  int maxRows;

  @Inject
  @ConfigProperty(name = "resell.import.max-line-bytes", defaultValue = "1048576")
  long maxLineBytes;

  @Inject
  @ConfigProperty(name = "resell.import.xlsx.max-entries", defaultValue = "1000")
  int maxZipEntries;

  @Inject
  @ConfigProperty(name = "resell.import.xlsx.max-entry-bytes", defaultValue = "268435456")
  long maxEntryBytes;

  @Inject
  @ConfigProperty(name = "resell.import.xlsx.max-shared-strings-bytes", defaultValue = "33554432")
  long maxSharedStringsBytes;

  @Inject
  @ConfigProperty(name = "resell.import.xlsx.max-inflate-ratio", defaultValue = "100")
  int maxInflateRatio;

  @Inject
  @ConfigProperty(name = "resell.import.pdf.max-pages", defaultValue = "500")
  int maxPdfPages;

  @Inject
  @ConfigProperty(name = "resell.import.pdf.max-stream-bytes", defaultValue = "16777216")
  long maxPdfStreamBytes;

  public UploadLimits limits() {
    return new UploadLimits(
        maxRows,
        maxLineBytes,
        maxZipEntries,
        maxEntryBytes,
        maxSharedStringsBytes,
        maxInflateRatio,
        maxPdfPages,
        maxPdfStreamBytes);
  }

  /** Refuses the file with a problem (415 or 422) unless it may go to an import job. */
  public void check(ImportKind kind, Path file) {
    byte[] head = head(file);
    switch (kind) {
      case PDF -> {
        if (!startsWith(head, "%PDF-")) {
          throw UploadRefused.wrongType(
              "not_pdf", "The file is not a PDF (it does not start with %PDF-).");
        }
        PdfVetting.check(file, limits());
      }
      case EXCEL -> {
        if (startsWith(head, "PK\u0003\u0004")) {
          XlsxVetting.check(file, limits());
        } else if (!isOle2(head)) {
          throw UploadRefused.wrongType(
              "not_spreadsheet",
              "The file is not an Excel workbook (xlsx or xls) by its content, whatever its name"
                  + " says. Save it from Excel or upload a csv to the csv import.");
        }
      }
      case CSV, SALES -> CsvVetting.check(file, limits());
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) return false;
    for (int i = 0; i < magic.length(); i++) if (head[i] != (byte) magic.charAt(i)) return false;
    return true;
  }

  static boolean isOle2(byte[] head) {
    return head.length >= 8
        && (head[0] & 0xff) == 0xD0
        && (head[1] & 0xff) == 0xCF
        && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0;
  }
}

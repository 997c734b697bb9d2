package app.resell.imports.control.vetting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over a csv's bytes before the job reads it. A file that is not text is refused at once
 * (415): a PDF, a workbook (each pointed to its own import), or anything with a NUL byte in its
 * first 64 KB, which no UTF-8 or Windows-1252 text has (pictures, programs, archives); a UTF-16
 * byte-order mark is let through. Then a line longer than the cap (Commons CSV would build it as
 * one string) or more lines than the row cap is refused (422). Lines are counted, not records: a
 * quoted cell spanning lines counts each, so the cap can only be met early.
 */
final class CsvVetting {

  private CsvVetting() {}

  private static final int TEXT_PROBE_BYTES = 64 * 1024;

  static void check(Path file, UploadLimits limits) {
    text(file);
    long lines = 0;
    long lineBytes = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
            lineBytes = 0;
          } else if (++lineBytes > limits.maxLineBytes()) {
            throw UploadRefused.unprocessable(
                "line_too_long",
                "Line "
                    + (lines + 1)
                    + " is longer than "
                    + limits.maxLineBytes()
                    + " bytes, the most one csv line may have.");
          }
        }
        if (lines > limits.rowCap()) {
          throw UploadRefused.unprocessable(
              "too_many_rows",
              "The file has more than "
                  + limits.maxRows()
                  + " lines, the most one import takes. Split it into several files.");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses a file whose first bytes show it is not a text sheet. */
  private static void text(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(TEXT_PROBE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (UploadVetting.startsWith(head, "%PDF-")) {
      throw UploadRefused.wrongType(
          "not_spreadsheet",
          "The file is a PDF, not a csv sheet. Upload auction invoices to the invoice (PDF) import.");
    }
    if (UploadVetting.startsWith(head, "PK\u0003\u0004") || UploadVetting.isOle2(head)) {
      throw UploadRefused.wrongType(
          "not_spreadsheet",
          "The file is an Excel workbook, not a csv. Upload it to the Excel import.");
    }
    boolean utf16 =
        head.length >= 2
            && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    if (utf16) return;
    for (byte b : head) {
      if (b == 0) {
        throw UploadRefused.wrongType(
            "not_spreadsheet",
            "The file is not text (it holds binary data, as a picture or a program does), so it"
                + " is not a csv sheet, whatever its name says.");
      }
    }
  }
}

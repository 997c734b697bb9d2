package app.resell.imports.control.vetting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over a csv's bytes before the job reads it: a line longer than the cap (Commons CSV
 * would build it as one string) or more lines than the row cap is refused at upload. Lines are
 * counted, not records: a quoted cell spanning lines counts each, so the cap can only be met early.
 */
final class CsvVetting {

  private CsvVetting() {}

  static void check(Path file, UploadLimits limits) {
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
}

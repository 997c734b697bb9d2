package app.resell.imports.control.vetting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The caps sit exactly where the documentation says, counted across read buffers. */
class UploadVettingTest {

  private static final UploadLimits LIMITS =
      new UploadLimits(100_000, 1_000, 10, 64L << 20, 8L << 20, 100, 5, 1L << 20);

  @TempDir Path dir;

  @Test
  void csvLinesUpToTheCapPassAndOneByteMoreIsRefused() throws IOException {
    Path ok = csv("Item\n" + "x".repeat(1_000) + "\n");
    assertThatCode(() -> CsvVetting.check(ok, LIMITS)).doesNotThrowAnyException();
    Path tooLong = csv("Item\n" + "x".repeat(1_001) + "\n");
    assertThatThrownBy(() -> CsvVetting.check(tooLong, LIMITS))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("Line 2");
  }

  @Test
  void csvRowsCountBelowAHeaderUpTo20RowsDown() throws IOException {
    long cap = LIMITS.maxRows() + 20;
    assertThatCode(() -> CsvVetting.check(csv("a\n".repeat((int) cap)), LIMITS))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CsvVetting.check(csv("a\n".repeat((int) cap + 1)), LIMITS))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("100000");
  }

  @Test
  void worksheetRowsAreCountedAcrossReadBuffers() throws IOException {
    long cap = LIMITS.maxRows() + 20;
    assertThatCode(() -> XlsxVetting.check(sheet(cap), LIMITS)).doesNotThrowAnyException();
    assertThatThrownBy(() -> XlsxVetting.check(sheet(cap + 1), LIMITS))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("rows");
  }

  @Test
  void aRowTagIsNotARowsTag() throws IOException {
    Path file = dir.resolve("rows.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write("<rows/><rowBreaks/>".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
    }
    UploadLimits oneRow =
        new UploadLimits(1, 1_000, 10, 64L << 20, 8L << 20, 1_000_000, 5, 1L << 20);
    assertThatCode(() -> XlsxVetting.check(file, oneRow)).doesNotThrowAnyException();
  }

  private Path csv(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "t", ".csv"), text);
  }

  /** A sheet of {@code rows} rows: several megabytes, so rows span read buffers. */
  private Path sheet(long rows) throws IOException {
    Path file = Files.createTempFile(dir, "s", ".xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      OutputStream out = zip;
      out.write("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
      for (long i = 1; i <= rows; i++) {
        out.write(
            ("<row r=\"" + i + "\"><c><v>" + i * 7 + "</v></c></row>")
                .getBytes(StandardCharsets.US_ASCII));
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
    }
    return file;
  }
}

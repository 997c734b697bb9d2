package app.resell.imports.control.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.InvoicePdfParser;
import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.ParsedInvoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** A scanned invoice read by tesseract goes through the same table reading as a text PDF. */
@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class TesseractScannerTest {

  static final Path SCAN = Path.of("src/test/resources/scans/harborview-scan-200dpi.pdf");

  /** True when Debian's tesseract is installed here (.ci/run installs it). */
  static boolean tesseractInstalled() {
    return Files.isExecutable(Path.of("/usr/bin/tesseract"))
        || Files.isExecutable(Path.of("/usr/local/bin/tesseract"));
  }

  @Test
  void readsTheLotsOfAScannedInvoiceWithTheirConfidence() throws Exception {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    ParsedInvoice invoice =
        new InvoicePdfParser(new TesseractScanner("tesseract", Duration.ofSeconds(120), 300, "eng"))
            .parse(SCAN);

    assertThat(invoice.scanned()).isTrue();
    assertThat(invoice.items())
        .extracting(InvoiceItem::lotNumber)
        .containsExactly("0012", "0013", "12A", "0101", "0117", "0120");
    assertThat(invoice.totals().matches()).isTrue();
    for (InvoiceItem item : invoice.items()) {
      assertThat(invoice.ocrConfidence(item.line())).isBetween(0.5, 1.0);
    }
  }

  @Test
  void refusesTheScanAsBeforeWhenTesseractIsMissing() {
    InvoiceReadException e =
        catchThrowableOfType(
            () ->
                new InvoicePdfParser(
                        new TesseractScanner(
                            "/nonexistent/tesseract", Duration.ofSeconds(5), 100, "eng"))
                    .parse(SCAN),
            InvoiceReadException.class);

    assertThat(e.code()).isEqualTo(InvoiceReadException.NO_TEXT);
    assertThat(e.getMessage()).contains("no text layer", "scan");
  }

  @Test
  void refusesTheScanWhenOcrRunsOutOfTime() {
    assumeTrue(tesseractInstalled(), "tesseract is not installed");
    InvoiceReadException e =
        catchThrowableOfType(
            () ->
                new InvoicePdfParser(
                        new TesseractScanner("tesseract", Duration.ofMillis(50), 300, "eng"))
                    .parse(SCAN),
            InvoiceReadException.class);

    assertThat(e.code()).isEqualTo(InvoiceReadException.NO_TEXT);
    assertThat(e.getMessage()).contains("did not finish within");
  }

  @Test
  void readsTheWordsOfTesseractsTsv() {
    String tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t\n"
            + "4\t1\t2\t1\t3\t0\t100\t200\t900\t40\t-1\t\n"
            + "5\t1\t2\t1\t3\t1\t100\t200\t80\t32\t96.5\t0012\n"
            + "5\t1\t2\t1\t3\t2\t300\t201\t200\t33\t91\tRoseville\n"
            + "5\t1\t2\t1\t3\t3\t600\t201\t10\t10\t95\t \n";

    assertThat(TesseractTsv.words(tsv))
        .extracting(w -> w.text() + "@" + w.left() + "," + w.confidence() + "#" + w.line())
        .containsExactly("0012@100,96.5#2001003", "Roseville@300,91.0#2001003");
  }
}

import app.resell.imports.control.pdf.InvoicePdfParser;
import app.resell.imports.control.pdf.LayoutPdfWriter;
import app.resell.imports.control.pdf.LayoutPdfWriter.Text;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.testing.ImportClient;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times InvoicePdfParser on a generated 200-page invoice (45 lots a page, running header, table
 * heading and page-number footer on every page, wrapped descriptions, totals on the last page).
 *
 * <p>Run from the project root after {@code mvn -B -o -q test-compile}:
 *
 * <pre>
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/bench/classes:target/classes:target/test-classes:$(cat target/cp.txt) InvoicePdfBench [pages] [runs]
 * </pre>
 *
 * With a running server's URL, admin e-mail and password as further arguments it also imports the
 * invoice through {@code POST /api/v1/import/pdf} and times it from upload to the job's end.
 */
public class InvoicePdfBench {

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path pdf = Files.createTempFile("bench-invoice", ".pdf");
    BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
    List<List<Text>> doc = new ArrayList<>();
    int lot = 1;
    for (int p = 1; p <= pages; p++) {
      List<Text> page = new ArrayList<>();
      page.add(new Text(50, 40, 14, true, false, "Benchmark Valley Auctions"));
      page.add(Text.left(50, 56, "Invoice 77001   Bidder 12   Sale BV-9   Date 2025-05-03"));
      page.add(Text.left(50, 80, "Lot"));
      page.add(Text.left(95, 80, "Description"));
      page.add(Text.right(560, 80, "Hammer"));
      float y = 96;
      for (int i = 0; i < 45; i++, lot++) {
        BigDecimal bid = BigDecimal.valueOf(500 + (lot * 7919L) % 90_000, 2);
        subtotal = subtotal.add(bid);
        page.add(Text.left(50, y, String.valueOf(lot)));
        page.add(Text.left(95, y, "Box lot assorted Pyrex and kitchenware number " + lot));
        page.add(Text.right(560, y, bid.toPlainString()));
        if (lot % 5 == 0) {
          y += 11;
          page.add(Text.left(95, y, "with original boxes, some wear"));
        }
        y += 13;
      }
      if (p == pages) {
        page.add(Text.left(380, y + 10, "Subtotal"));
        page.add(Text.right(560, y + 10, subtotal.toPlainString()));
        page.add(Text.left(380, y + 24, "Total due"));
        page.add(Text.right(560, y + 24, subtotal.toPlainString()));
      }
      page.add(Text.right(560, 770, "Page " + p + " of " + pages));
      doc.add(page);
    }
    LayoutPdfWriter.write(doc, pdf);
    System.out.printf("generated %d pages, %d lots, %d KB%n", pages, lot - 1, Files.size(pdf) / 1024);

    InvoicePdfParser parser = new InvoicePdfParser();
    ParsedInvoice warm = parser.parse(pdf); // JIT and font caches
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long total = 0;
    long bestCpu = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      ParsedInvoice invoice = parser.parse(pdf);
      long ms = (System.nanoTime() - start) / 1_000_000;
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
      best = Math.min(best, ms);
      total += ms;
      if (invoice.items().size() != warm.items().size()) throw new IllegalStateException("unstable");
    }
    System.out.printf(
        "items %d, lines %d, totals match %s%nparse: best %d ms wall (%d ms CPU), mean %d ms over %d"
            + " runs, %d processors, load average %.1f%n",
        warm.items().size(), warm.lineCount(), warm.totals().matches(), best, bestCpu,
        total / runs, runs, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    // the yardstick: PDFBox's own text extraction of the file, sorted by position (best of 2)
    double extract = Double.MAX_VALUE;
    for (int r = 0; r < 2; r++) {
      long start = System.nanoTime();
      try (org.apache.pdfbox.pdmodel.PDDocument document =
          org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.getText(document);
      }
      extract = Math.min(extract, (System.nanoTime() - start) / 1e9);
    }
    System.out.printf("PDFBox text extraction alone: %.2f s%n", extract);
    if (args.length >= 5) {
      ImportClient.Outcome imported =
          new ImportClient(args[2], args[3], args[4]).importFile("pdf", pdf, "application/pdf");
      System.out.printf("import through the server: %s in %.1f s (upload %.1f s), %.0f lots/s%n",
          imported.status(), imported.seconds(), imported.uploadSeconds(),
          warm.items().size() / imported.seconds());
      if (imported.status().equals("failed") || imported.status().equals("stopped")) {
        throw new IllegalStateException("import " + imported.status() + ": " + imported.report());
      }
      BenchSupport.record("pdf_import_s", imported.seconds());
      BenchSupport.record("pdf_extract_s", extract);
    }
    Files.delete(pdf);
  }
}

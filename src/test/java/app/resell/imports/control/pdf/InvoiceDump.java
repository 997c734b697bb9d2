package app.resell.imports.control.pdf;

import java.nio.file.Path;

/**
 * Prints the numbered lines and cells the parser sees in a PDF, then the parse result: the first
 * thing to run when an auction house's invoice is misread.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * app.resell.imports.control.pdf.InvoiceDump invoice.pdf}
 */
public final class InvoiceDump {

  private InvoiceDump() {}

  public static void main(String[] args) throws Exception {
    Path pdf = Path.of(args[0]);
    for (TextLine line : new PdfTextReader().read(pdf).lines()) {
      System.out.printf(
          "%4d p%d y=%6.1f | %s%n",
          line.number(),
          line.page(),
          line.y(),
          String.join(" | ", line.cells().stream().map(TextLine.Cell::text).toList()));
    }
    ParsedInvoice invoice = new InvoicePdfParser().parse(pdf);
    System.out.println(invoice.header());
    invoice.items().forEach(System.out::println);
    invoice.adjustments().forEach(System.out::println);
    invoice.skipped().forEach(System.out::println);
    invoice.rejected().forEach(System.out::println);
    System.out.println(invoice.totals());
  }
}

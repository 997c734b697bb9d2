package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Turns an auction invoice PDF from any auction house into priced line items.
 *
 * <p>The work is a pipeline of small steps, each its own class: {@link PdfTextReader} refuses bad
 * files and rebuilds numbered lines and cells from glyph positions ({@link LineBuilder}); {@link
 * PageFurniture} marks running headers, footers and page numbers; {@link HeaderReader} reads the
 * identifying fields; {@link LineItemReader} sorts every line into items, skipped lots, adjustments
 * and invoice amounts, using {@link ColumnLayout} when the table has a heading row and token
 * patterns when it does not; {@link AmountRoles} checks those roles by arithmetic and reassigns
 * them when another reading reconciles and the headings' does not; {@link ChargeAllocator} gives
 * each item its premium, tax and fees; {@link TotalsChecker} compares the result with the printed
 * totals. The parser keeps no state between calls and the same file always gives the same result,
 * line numbers included.
 */
public final class InvoicePdfParser {

  private final PageScanner scanner;

  /** A parser that refuses scans ({@code no_text}). */
  public InvoicePdfParser() {
    this(null);
  }

  /** A parser that reads scans with {@code scanner} (OCR) when it is not null. */
  public InvoicePdfParser(PageScanner scanner) {
    this.scanner = scanner;
  }

  public ParsedInvoice parse(Path pdf) throws InvoiceReadException {
    PdfTextReader.PdfText text = new PdfTextReader(scanner).read(pdf);
    List<TextLine> lines = PrintedCopies.firstCopy(text.lines());
    Set<Integer> furniture = PageFurniture.find(lines);
    HeaderReader.Fields fields = new HeaderReader(text.dayFirst()).read(lines);
    LineItemReader.Result headed = new LineItemReader().read(lines, furniture);
    InvoiceAmounts amounts = InvoiceAmounts.of(headed.summaries(), headed.items().size());
    LineItemReader.Result read = AmountRoles.reconcile(headed, amounts, fields);
    List<InvoiceItem> items = ChargeAllocator.allocate(read, amounts, fields);
    TotalsCheck totals =
        TotalsChecker.check(items, read.items(), read.adjustments(), read.rejected(), amounts);
    BigDecimal credits =
        amounts.printedCreditsTotal() != null
            ? amounts.printedCreditsTotal()
            : read.adjustments().isEmpty()
                ? null
                : ChargeAllocator.sum(
                    read.adjustments().stream().map(InvoiceAdjustment::amount).toList());
    InvoiceHeader header =
        new InvoiceHeader(
            fields.auctionHouse(),
            fields.invoiceNumber(),
            fields.auctionId(),
            fields.invoiceDate(),
            fields.bidderNumber(),
            fields.premiumRate(),
            fields.taxRate(),
            amounts.subtotal(),
            amounts.premiumTotal(),
            amounts.taxTotal(),
            amounts.feesTotal(),
            amounts.shippingTotal(),
            credits,
            amounts.total(),
            amounts.fees());
    return new ParsedInvoice(
        header,
        items,
        read.adjustments(),
        read.skipped(),
        read.rejected(),
        totals,
        text.pageCount(),
        text.lines().size(),
        text.ocrConfidence());
  }
}

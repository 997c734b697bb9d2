package app.resell.imports.control.pdf;

import java.util.List;

/**
 * Everything read from one invoice PDF. Line numbers in the parts refer to the 1-based reading
 * order of all text lines of the document, so re-parsing the same file gives the same numbers.
 */
public record ParsedInvoice(
    InvoiceHeader header,
    List<InvoiceItem> items,
    List<InvoiceAdjustment> adjustments,
    List<SkippedLine> skipped,
    List<RejectedLine> rejected,
    TotalsCheck totals,
    int pageCount,
    int lineCount) {

  public ParsedInvoice {
    items = List.copyOf(items);
    adjustments = List.copyOf(adjustments);
    skipped = List.copyOf(skipped);
    rejected = List.copyOf(rejected);
  }
}

package app.resell.imports.control.pdf;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one invoice PDF. Line numbers in the parts refer to the 1-based reading
 * order of all text lines of the document, so re-parsing the same file gives the same numbers. A
 * scan read by OCR carries each line's OCR confidence (0-1) by line number; a text PDF has none
 * ({@code ocrConfidence} null).
 */
public record ParsedInvoice(
    InvoiceHeader header,
    List<InvoiceItem> items,
    List<InvoiceAdjustment> adjustments,
    List<SkippedLine> skipped,
    List<RejectedLine> rejected,
    TotalsCheck totals,
    int pageCount,
    int lineCount,
    Map<Integer, Double> ocrConfidence) {

  public ParsedInvoice {
    ocrConfidence = ocrConfidence == null ? null : Map.copyOf(ocrConfidence);
    items = List.copyOf(items);
    adjustments = List.copyOf(adjustments);
    skipped = List.copyOf(skipped);
    rejected = List.copyOf(rejected);
  }

  /** True when the words came from OCR of a scan, not from the PDF's text. */
  public boolean scanned() {
    return ocrConfidence != null;
  }

  /** How sure OCR was of a line (0-1), null for a text PDF or a line it has no words for. */
  public Double ocrConfidence(int line) {
    return ocrConfidence == null ? null : ocrConfidence.get(line);
  }
}

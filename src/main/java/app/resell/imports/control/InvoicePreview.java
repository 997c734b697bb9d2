package app.resell.imports.control;

import app.resell.imports.control.batch.ImportItem;
import app.resell.imports.control.batch.InvoiceLineProcessor;
import app.resell.imports.control.batch.InvoiceLineReader;
import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.batch.RowRejectedException;
import app.resell.imports.control.ocr.InvoiceOcr;
import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.imports.control.pdf.RejectedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dry run of an invoice import: the parsed header, every line priced at its whole cost and
 * classified, the rejected lines and the totals check, with nothing written, so the reseller can
 * check before importing. A scan read by OCR is {@code needs_review} with each line's confidence
 * ({@link OcrReview}): importing it waits for the user's confirmation.
 */
@ApplicationScoped
public class InvoicePreview {

  @Inject ItemClassification classification;
  @Inject InvoiceOcr ocr;

  public ImportReport preview(Path pdf, String fileName, String auctionId, String invoiceId) {
    ParsedInvoice invoice;
    try {
      invoice = ocr.parser().parse(pdf);
    } catch (InvoiceReadException e) {
      return ImportReport.failedPreview(
          "pdf", fileName, new ImportReport.Failure(e.code(), e.getMessage()));
    }
    var h = invoice.header();
    InvoiceRecords.Identity id = InvoiceRecords.identify(h, invoiceId, auctionId, null);
    var context =
        new InvoiceLineReader.InvoiceContext(
            null, id.invoiceNumber(), id.auctionId(), id.auctionHouse(), h.invoiceDate());
    List<ImportItem> priced = new ArrayList<>();
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    for (InvoiceItem item : invoice.items()) {
      try {
        priced.add(InvoiceLineProcessor.toItem(item, context, classification));
      } catch (RowRejectedException e) {
        rejected.add(new ImportReport.Rejected(e.line(), e.line(), e.rawText(), e.getMessage()));
      }
    }
    for (RejectedLine r : invoice.rejected()) {
      rejected.add(new ImportReport.Rejected(r.line(), r.line(), r.rawText(), r.reason()));
    }
    rejected.sort(Comparator.comparingInt(ImportReport.Rejected::line));
    List<ImportReport.Item> items =
        priced.stream()
            .map(i -> ImportReport.Item.preview(i, invoice.ocrConfidence(i.sourceLine())))
            .toList();
    JsonObject summary =
        InvoiceRecords.summary(id.auctionHouse(), id.invoiceNumber(), id.auctionId(), invoice);
    int skipped = invoice.skipped().size();
    return new ImportReport(
        null,
        "pdf",
        invoice.totals().matches() && !invoice.scanned() ? "completed" : "needs_review",
        100,
        true,
        fileName,
        null,
        null,
        null,
        null,
        null,
        null,
        summary.getJsonObject("invoice"),
        summary.getJsonObject("totals_check"),
        new ImportReport.Result(
            items.size() + rejected.size() + skipped,
            items.size(),
            rejected.size(),
            skipped,
            invoice.lineCount(),
            invoice.totals().difference(),
            items,
            rejected,
            null),
        invoice.scanned() ? OcrReview.of(invoice, priced, null) : null);
  }
}

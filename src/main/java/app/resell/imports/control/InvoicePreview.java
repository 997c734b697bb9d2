package app.resell.imports.control;

import app.resell.imports.control.batch.InvoiceLineProcessor;
import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.InvoicePdfParser;
import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.imports.control.pdf.RejectedLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dry run of an invoice import: the parsed header, every line priced at its landed cost and
 * classified, the rejected lines and the totals check, with nothing written, so the reseller can
 * confirm before importing.
 */
@ApplicationScoped
public class InvoicePreview {

  @Inject ItemClassification classification;

  public ImportReport preview(Path pdf, String fileName, String auctionId, String invoiceId) {
    ParsedInvoice invoice;
    try {
      invoice = new InvoicePdfParser().parse(pdf);
    } catch (InvoiceReadException e) {
      return new ImportReport(
          null,
          "pdf",
          "failed",
          0,
          true,
          fileName,
          null,
          null,
          null,
          null,
          new ImportReport.Failure(e.code(), e.getMessage()),
          null,
          null,
          null,
          new ImportReport.Result(0, 0, 0, 0, null, null, List.of(), List.of()));
    }
    List<ImportReport.Item> items = new ArrayList<>();
    for (InvoiceItem item : invoice.items()) {
      String description = item.description() == null ? "" : item.description().strip();
      String name = InvoiceLineProcessor.shortName(description);
      var c = classification.classify(name, description, List.of(), null, null);
      BigDecimal bid = zero(item.bid());
      items.add(
          new ImportReport.Item(
              null,
              item.line(),
              item.lotNumber(),
              name,
              c.category().value(),
              c.condition().value(),
              c.needsReview(),
              Math.max(1, item.quantity()),
              bid,
              bid.add(zero(item.premium())).add(zero(item.tax())).add(zero(item.fees())),
              List.of()));
    }
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    for (RejectedLine r : invoice.rejected()) {
      rejected.add(new ImportReport.Rejected(r.line(), r.line(), r.rawText(), r.reason()));
    }
    var h = invoice.header();
    String house = h.auctionHouse() == null ? "Unknown auction house" : h.auctionHouse();
    String number = invoiceId != null && !invoiceId.isBlank() ? invoiceId : h.invoiceNumber();
    String auction = auctionId != null && !auctionId.isBlank() ? auctionId : h.auctionId();
    JsonObject summary = InvoiceRecords.summary(house, number, auction, invoice);
    int skipped = invoice.skipped().size();
    return new ImportReport(
        null,
        "pdf",
        invoice.totals().matches() ? "completed" : "needs_review",
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
            rejected));
  }

  private static BigDecimal zero(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}

package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.InvoiceRecords;
import app.resell.imports.control.OcrReview;
import app.resell.imports.control.UploadFiles;
import app.resell.imports.control.ocr.InvoiceOcr;
import app.resell.imports.control.pdf.InvoiceHeader;
import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.imports.control.pdf.RejectedLine;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * First step of an invoice import: reads the PDF (refusing password-protected, image-only, corrupt,
 * oversized and non-PDF files with a clear reason), and records the invoice header, its printed
 * totals and the check of the lines against them. Creates the one {@code invoices} row, and leaves
 * the parsed invoice to the lines step of the same execution (parsing a 200-page invoice takes
 * about a second). A scan read by OCR ends the job here as {@code needs_review}, with its lines
 * priced for review and nothing created, until the user confirms them ({@code ImportConfirmation}).
 */
@Dependent
@Named
public class InvoiceHeaderStep extends AbstractBatchlet {

  /** The step's exit status when the invoice was a scan read by OCR: the job ends there. */
  static final String AWAITING_CONFIRMATION = "OCR_REVIEW";

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject @BatchProperty String auctionId;
  @Inject @BatchProperty String invoiceId;

  @Inject JobContext job;
  @Inject ImportJobStore store;
  @Inject InvoiceRecords invoices;
  @Inject ItemClassification classification;
  @Inject InvoiceOcr ocr;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Override
  public String process() throws Exception {
    UUID jobId = UUID.fromString(importJobId);
    classification.prepareAhead(threads);
    ParsedInvoice invoice = read(UploadFiles.locate(filePath));
    InvoiceHeader h = invoice.header();
    InvoiceRecords.Identity id =
        InvoiceRecords.identify(h, invoiceId, auctionId, "IMPORT-" + importJobId.substring(0, 8));
    String house = id.auctionHouse();
    String number = id.invoiceNumber();
    String auction = id.auctionId();
    var existing = invoices.find(house, number);
    UUID invoiceRow;
    if (existing.isPresent()) {
      if (!jobId.equals(existing.get().importJobId())) {
        String message =
            "Invoice "
                + number
                + " from "
                + house
                + " was already imported; nothing was imported again.";
        job.setExitStatus(ImportFailure.exitStatus("duplicate_invoice", message));
        throw new IllegalStateException(message);
      }
      invoiceRow = existing.get().invoiceId();
    } else {
      invoiceRow = invoices.insert(jobId, house, number, auction, invoice);
    }
    int lines = invoice.items().size() + invoice.rejected().size() + invoice.skipped().size();
    JsonObject summary =
        InvoiceRecords.summary(invoiceRow, InvoiceRecords.summary(house, number, auction, invoice));
    if (invoice.scanned()) {
      var context =
          new InvoiceLineReader.InvoiceContext(invoiceRow, number, auction, house, h.invoiceDate());
      summary =
          JsonMapping.json()
              .createObjectBuilder(summary)
              .add("ocr", OcrReview.of(invoice, review(jobId, invoice, context), confirmUrl(jobId)))
              .build();
    }
    store.invoiceRead(jobId, invoiceRow, lines, invoice.totals().difference(), summary.toString());
    if (invoice.scanned()) {
      // an OCR'd invoice never becomes inventory by itself: the job ends here, waiting for the user
      job.setExitStatus(ImportJobListener.NEEDS_REVIEW);
      return AWAITING_CONFIRMATION;
    }
    // the lines step of this execution reads the same parse instead of parsing the file again
    job.setTransientUserData(invoice);
    return "COMPLETED";
  }

  /** The lines of a scan priced for review; lines that cannot be items are recorded as rejected. */
  private List<ImportItem> review(
      UUID jobId, ParsedInvoice invoice, InvoiceLineReader.InvoiceContext context)
      throws SQLException {
    List<ImportItem> items = new ArrayList<>();
    for (InvoiceItem item : invoice.items()) {
      try {
        items.add(InvoiceLineProcessor.toItem(item, context, classification));
      } catch (RowRejectedException e) {
        store.rejected(jobId, e.line(), e.rawText(), e.getMessage());
      }
    }
    for (RejectedLine r : invoice.rejected())
      store.rejected(jobId, r.line(), r.rawText(), r.reason());
    return items;
  }

  static String confirmUrl(UUID jobId) {
    return "/api/v1/import/" + jobId + "/confirm";
  }

  private ParsedInvoice read(Path pdf) throws InvoiceReadException {
    try {
      return ocr.parser().parse(pdf);
    } catch (InvoiceReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }
}

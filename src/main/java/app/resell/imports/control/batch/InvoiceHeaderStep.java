package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.InvoiceRecords;
import app.resell.imports.control.UploadFiles;
import app.resell.imports.control.pdf.InvoiceHeader;
import app.resell.imports.control.pdf.InvoicePdfParser;
import app.resell.imports.control.pdf.InvoiceReadException;
import app.resell.imports.control.pdf.ParsedInvoice;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.UUID;

/**
 * First step of an invoice import: reads the PDF (refusing password-protected, image-only, corrupt,
 * oversized and non-PDF files with a clear reason), and records the invoice header, its printed
 * totals and the check of the lines against them. Creates the one {@code invoices} row, and leaves
 * the parsed invoice to the lines step of the same execution (parsing a 200-page invoice takes
 * about a second).
 */
@Dependent
@Named
public class InvoiceHeaderStep extends AbstractBatchlet {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject @BatchProperty String auctionId;
  @Inject @BatchProperty String invoiceId;

  @Inject JobContext job;
  @Inject ImportJobStore store;
  @Inject InvoiceRecords invoices;
  @Inject ItemClassification classification;

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
                + " was already imported"
                + (existing.get().importJobId() == null
                    ? ""
                    : " (job " + existing.get().importJobId() + ")")
                + "; nothing was imported again.";
        job.setExitStatus(ImportFailure.exitStatus("duplicate_invoice", message));
        throw new IllegalStateException(message);
      }
      invoiceRow = existing.get().invoiceId();
    } else {
      invoiceRow = invoices.insert(jobId, house, number, auction, invoice);
    }
    int lines = invoice.items().size() + invoice.rejected().size() + invoice.skipped().size();
    store.invoiceRead(
        jobId,
        invoiceRow,
        lines,
        invoice.totals().difference(),
        InvoiceRecords.summary(house, number, auction, invoice).toString());
    // the lines step of this execution reads the same parse instead of parsing the file again
    job.setTransientUserData(invoice);
    return "COMPLETED";
  }

  private ParsedInvoice read(Path pdf) throws InvoiceReadException {
    try {
      return new InvoicePdfParser().parse(pdf);
    } catch (InvoiceReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }
}

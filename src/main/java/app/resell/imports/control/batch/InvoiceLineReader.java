package app.resell.imports.control.batch;

import app.resell.imports.control.UploadFiles;
import app.resell.imports.control.ocr.InvoiceOcr;
import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.imports.control.pdf.RejectedLine;
import app.resell.imports.control.pdf.SkippedLine;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads an invoice's lines in document order: its items, the lines that could not be read
 * (rejected) and the voided or passed lots (skipped). The parse is deterministic, so after a
 * restart the same lines come in the same order and the checkpoint (a position) is exact. The
 * header step's parse is reused when it ran in the same execution; each line is priced and
 * classified on a {@link ReadAhead} thread, so classifying the next chunk overlaps writing the
 * last.
 */
@Dependent
@Named
public class InvoiceLineReader extends AbstractItemReader {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;

  /** Lines prepared ahead of the batch thread: two chunks of import-invoice.xml. */
  static final int READ_AHEAD = 2000;

  /**
   * Classifying a lot costs more than writing it (9,000 lots: about 1.3 s of classifier on one
   * thread, under 1 s of inserts), so two threads classify while the database writes.
   */
  static final int CLASSIFYING_THREADS = 2;

  @Inject StepContext step;
  @Inject JobContext job;
  @Inject ItemClassification classification;
  @Inject InvoiceOcr ocr;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private ReadAhead<PreparedLine> ahead;
  private int position;

  /**
   * An invoice line as the processor gets it: an {@link ImportItem}, a {@link RejectedLine}, a
   * {@link RowRejectedException} (a lot that cannot become an item) or a {@link SkippedLine}.
   */
  public record PreparedLine(Object outcome) {}

  /** What every item of the invoice shares, for the processor. */
  public record InvoiceContext(
      UUID invoiceId,
      String invoiceNumber,
      String auctionId,
      String auctionHouse,
      LocalDate invoiceDate) {}

  @Override
  public void open(Serializable checkpoint) throws Exception {
    ParsedInvoice invoice =
        job.getTransientUserData() instanceof ParsedInvoice parsed
            ? parsed
            : ocr.parser().parse(UploadFiles.locate(filePath));
    List<Object> all = new ArrayList<>();
    all.addAll(invoice.items());
    all.addAll(invoice.rejected());
    all.addAll(invoice.skipped());
    all.sort(Comparator.comparingInt(InvoiceLineReader::lineOf));
    position = checkpoint == null ? 0 : (Integer) checkpoint;
    InvoiceContext context = context();
    step.setTransientUserData(context);
    ahead =
        new ReadAhead<>(
            all.subList(Math.min(position, all.size()), all.size()).iterator(),
            line -> new PreparedLine(prepare(line, context)),
            READ_AHEAD,
            CLASSIFYING_THREADS,
            threads);
  }

  /** Prices and classifies an item (on the read-ahead thread); other lines pass as they are. */
  private Object prepare(Object line, InvoiceContext context) {
    if (!(line instanceof InvoiceItem item)) return line;
    try {
      return InvoiceLineProcessor.toItem(item, context, classification);
    } catch (RowRejectedException e) {
      return e;
    }
  }

  private InvoiceContext context() throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT i.id, i.invoice_number, i.auction_id, i.auction_house, i.invoice_date"
                    + " FROM import_jobs j JOIN invoices i ON i.id = j.invoice_id WHERE j.id = ?")) {
      st.setObject(1, UUID.fromString(importJobId));
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) throw new IllegalStateException("The invoice header step has not run");
        return new InvoiceContext(
            rs.getObject(1, UUID.class),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getObject(5, LocalDate.class));
      }
    }
  }

  static int lineOf(Object line) {
    if (line instanceof InvoiceItem i) return i.line();
    if (line instanceof RejectedLine r) return r.line();
    return ((SkippedLine) line).line();
  }

  @Override
  public Object readItem() throws InterruptedException {
    PreparedLine line = ahead.next();
    if (line != null) position++;
    return line;
  }

  @Override
  public void close() throws Exception {
    if (ahead != null) ahead.close();
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }
}

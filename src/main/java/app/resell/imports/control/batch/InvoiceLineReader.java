package app.resell.imports.control.batch;

import app.resell.imports.control.pdf.InvoicePdfParser;
import app.resell.imports.control.pdf.ParsedInvoice;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
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
 * restart the same lines come in the same order and the checkpoint (a position) is exact.
 */
@Dependent
@Named
public class InvoiceLineReader extends AbstractItemReader {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject StepContext step;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private List<Object> lines = List.of();
  private int position;

  /** What every item of the invoice shares, for the processor. */
  public record InvoiceContext(
      UUID invoiceId,
      String invoiceNumber,
      String auctionId,
      String auctionHouse,
      LocalDate invoiceDate) {}

  @Override
  public void open(Serializable checkpoint) throws Exception {
    ParsedInvoice invoice = new InvoicePdfParser().parse(Path.of(filePath));
    List<Object> all = new ArrayList<>();
    all.addAll(invoice.items());
    all.addAll(invoice.rejected());
    all.addAll(invoice.skipped());
    all.sort(Comparator.comparingInt(InvoiceLineReader::lineOf));
    lines = all;
    position = checkpoint == null ? 0 : (Integer) checkpoint;
    step.setTransientUserData(context());
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
    if (line instanceof app.resell.imports.control.pdf.InvoiceItem i) return i.line();
    if (line instanceof app.resell.imports.control.pdf.RejectedLine r) return r.line();
    return ((app.resell.imports.control.pdf.SkippedLine) line).line();
  }

  @Override
  public Object readItem() {
    return position < lines.size() ? lines.get(position++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }
}

package app.resell.imports.control.batch;

import app.resell.auth.control.CurrentUser;
import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.SaleLineOutcome;
import app.resell.imports.control.SalesImportLines;
import app.resell.imports.control.SalesReconciler;
import app.resell.imports.control.sales.SaleLine;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a chunk of report lines into the books ({@link SalesReconciler#applyAll}: new sales
 * matched and recorded in bulk, the other lines one by one) and keeps what became of each ({@link
 * SalesImportLines}), in the chunk's transaction: a restarted job finds the lines of committed
 * chunks recorded and the others not at all. Sales are recorded as the user who started the import
 * (audit, {@code created_by}), in a request context of the chunk's own.
 */
@Dependent
@Named
public class SaleLineWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String createdBy;
  @Inject ImportJobStore store;
  @Inject SalesReconciler reconciler;
  @Inject SalesImportLines lines;
  @Inject CurrentUser user;

  @Inject
  @ConfigProperty(name = "resell.books.currency", defaultValue = "USD")
  String booksCurrency;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  @ActivateRequestContext
  public void writeItems(List<Object> chunk) throws Exception {
    user.actFor(createdBy == null || createdBy.isBlank() ? null : UUID.fromString(createdBy));
    UUID job = UUID.fromString(importJobId);
    List<SaleLine> read = chunk.stream().map(SaleLine.class::cast).toList();
    List<SaleLineOutcome> outcomes;
    try (Connection c = dataSource.getConnection()) {
      ChunkCommit.relaxDurability(c);
      outcomes = reconciler.applyAll(c, job, read, booksCurrency);
      lines.saveAll(c, job, read, outcomes);
    }
    int recorded =
        (int) outcomes.stream().filter(o -> o.outcome().equals(SaleLineOutcome.RECORDED)).count();
    store.reached(job, read.stream().mapToInt(SaleLine::row).max().orElse(0), recorded);
  }
}

package app.resell.imports.control.batch;

import app.resell.auth.control.CurrentUser;
import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.SaleLineOutcome;
import app.resell.imports.control.SalesImportLines;
import app.resell.imports.control.SalesReconciler;
import app.resell.imports.control.sales.SaleLine;
import app.resell.listings.control.ImportedSales;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a chunk of report lines into the books ({@link SalesReconciler}) and keeps what became of
 * each ({@link SalesImportLines}), in the chunk's transaction: a restarted job finds the lines of
 * committed chunks recorded and the others not at all. Sales are recorded as the user who started
 * the import (audit, {@code created_by}), in a request context of the chunk's own.
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
  @Inject ImportedSales sales;

  @Inject
  @ConfigProperty(name = "resell.books.currency", defaultValue = "USD")
  String booksCurrency;

  @Override
  @ActivateRequestContext
  public void writeItems(List<Object> chunk) throws Exception {
    user.actFor(createdBy == null || createdBy.isBlank() ? null : UUID.fromString(createdBy));
    UUID job = UUID.fromString(importJobId);
    int last = 0;
    int recorded = 0;
    for (Object item : chunk) {
      SaleLine line = (SaleLine) item;
      SaleLineOutcome outcome = reconciler.apply(job, line, booksCurrency);
      lines.save(job, line, outcome);
      sales.settle();
      if (outcome.outcome().equals(SaleLineOutcome.RECORDED)) recorded++;
      last = Math.max(last, line.row());
    }
    store.reached(job, last, recorded);
  }
}

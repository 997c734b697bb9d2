package app.resell.imports.control.batch;

import app.resell.imports.control.sales.RejectedLine;
import app.resell.imports.control.sales.SaleLine;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses the lines a sales import cannot take, each with its reason (a skippable exception the
 * skip listener records): lines the reader refused, and sales in another currency than the books'
 * ({@code resell.books.currency}), which are never mixed with them.
 */
@Dependent
@Named
public class SaleLineProcessor implements ItemProcessor {

  @Inject
  @ConfigProperty(name = "resell.books.currency", defaultValue = "USD")
  String booksCurrency;

  @Override
  public Object processItem(Object item) throws RowRejectedException {
    if (item instanceof RejectedLine rejected) {
      throw new RowRejectedException(rejected.row(), rejected.rawText(), rejected.reason());
    }
    SaleLine line = (SaleLine) item;
    if (line.currency() != null && !line.currency().equalsIgnoreCase(booksCurrency)) {
      throw new RowRejectedException(
          line.row(),
          line.rawText(),
          "the sale is in "
              + line.currency()
              + " and the books are kept in "
              + booksCurrency
              + "; sales in another currency are not mixed in");
    }
    return line;
  }
}

package app.resell.imports.control.batch;

import app.resell.imports.control.sheet.ParsedRow;
import app.resell.imports.control.sheet.RejectedRow;
import app.resell.imports.control.sheet.RowResult;
import app.resell.imports.control.sheet.SheetLayout;
import app.resell.imports.control.sheet.SheetRow;
import app.resell.imports.control.sheet.SheetRowParser;
import app.resell.imports.control.sheet.SkippedRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * Parses and validates one sheet row and classifies what the sheet leaves open. Blank and totals
 * rows are filtered (null); invalid rows are rejected with their reason (a skippable exception the
 * skip listener records); good rows become {@link ImportItem}s.
 */
@Dependent
@Named
public class SheetRowProcessor implements ItemProcessor {

  @Inject StepContext step;
  @Inject ItemClassification classification;

  private final SheetRowParser parser = new SheetRowParser();

  @Override
  public Object processItem(Object item) throws RowRejectedException {
    SheetRow row = (SheetRow) item;
    RowResult result = parser.parse(row, (SheetLayout) step.getTransientUserData());
    if (result instanceof SkippedRow) return null;
    if (result instanceof RejectedRow rejected) {
      throw new RowRejectedException(rejected.rowNumber(), rejected.rawText(), rejected.reason());
    }
    // a SKU already taken is found by the writer, for the whole chunk in one statement
    return toItem((ParsedRow) result, row.rawText(), classification);
  }

  /** The item a parsed row becomes; the dry run shows the same. */
  public static ImportItem toItem(ParsedRow p, String rawText, ItemClassification classification) {
    ItemClassification.Outcome c =
        classification.classify(
            p.itemName(), p.description(), p.keywords(), p.category(), p.condition());
    return new ImportItem(
        p.rowNumber(),
        rawText,
        p.lotNumber(),
        p.invoiceId(),
        null,
        null,
        p.sku(),
        p.itemName(),
        p.description(),
        c.category(),
        c.condition(),
        c.automatic(),
        c.needsReview(),
        c.categoryConfidence(),
        c.conditionConfidence(),
        p.quantity(),
        zeroIfNull(p.bidAmount()),
        zeroIfNull(p.buyersPremium()),
        zeroIfNull(p.salesTax()),
        zeroIfNull(p.shippingCost()),
        BigDecimal.ZERO,
        p.acquisitionDate(),
        p.acquisitionSource(),
        p.storageLocation(),
        p.storageBin(),
        p.estimatedValue(),
        p.keywords(),
        p.notes(),
        p.listings());
  }

  private static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}

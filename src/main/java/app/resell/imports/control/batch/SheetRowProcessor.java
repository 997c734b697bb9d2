package app.resell.imports.control.batch;

import app.resell.imports.control.sheet.ParsedRow;
import app.resell.imports.control.sheet.RejectedRow;
import app.resell.imports.control.sheet.SkippedRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.math.BigDecimal;

/**
 * Applies a row's outcome, decided on the reader's read-ahead thread ({@link
 * SheetRowReader.PreparedRow}): blank and totals rows are filtered (null, counted by the step);
 * invalid rows are rejected with their reason (a skippable exception the skip listener records, in
 * the chunk's transaction); good rows go to the writer as {@link ImportItem}s.
 */
@Dependent
@Named
public class SheetRowProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) throws RowRejectedException {
    Object outcome = ((SheetRowReader.PreparedRow) item).outcome();
    if (outcome instanceof SkippedRow) return null;
    if (outcome instanceof RejectedRow rejected) {
      throw new RowRejectedException(rejected.rowNumber(), rejected.rawText(), rejected.reason());
    }
    // a SKU already taken is found by the writer, for the whole chunk in one statement
    return (ImportItem) outcome;
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
        p.listings(),
        p.lotId());
  }

  private static BigDecimal zeroIfNull(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount;
  }
}

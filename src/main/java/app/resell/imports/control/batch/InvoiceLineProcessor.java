package app.resell.imports.control.batch;

import app.resell.imports.control.pdf.InvoiceItem;
import app.resell.imports.control.pdf.RejectedLine;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;

/**
 * Applies an invoice line's outcome, prepared by {@link InvoiceLineReader}'s read-ahead thread with
 * {@link #toItem}: an item priced at its landed cost (hammer, premium, tax, shipping and the fees
 * printed against the lot; fees printed only as an invoice total stay on the invoice until the user
 * capitalises them) and classified from its description goes to the writer; unreadable lines are
 * rejected with the parser's reason; voided and passed lots are filtered.
 */
@Dependent
@Named
public class InvoiceLineProcessor implements ItemProcessor {

  static final int NAME_LENGTH = 255;

  @Override
  public Object processItem(Object line) throws RowRejectedException {
    Object outcome = ((InvoiceLineReader.PreparedLine) line).outcome();
    if (outcome instanceof RejectedLine r)
      throw new RowRejectedException(r.line(), r.rawText(), r.reason());
    if (outcome instanceof RowRejectedException rejected) throw rejected;
    if (outcome instanceof ImportItem item) return item;
    return null; // a skipped lot
  }

  /** The item an invoice line becomes, priced at its landed cost; the dry run shows the same. */
  public static ImportItem toItem(
      InvoiceItem item, InvoiceLineReader.InvoiceContext invoice, ItemClassification classification)
      throws RowRejectedException {
    String description = item.description() == null ? "" : item.description().strip();
    if (description.isEmpty()) {
      throw new RowRejectedException(item.line(), item.rawText(), "The lot has no description");
    }
    String name = shortName(description);
    ItemClassification.Outcome c =
        classification.classify(name, description, List.of(), null, null);
    return lot(
        invoice,
        item.line(),
        item.rawText(),
        item.lotNumber(),
        name,
        name.equals(description) ? null : description,
        c,
        Math.max(1, item.quantity()),
        List.of(
            amount(item.bid()),
            amount(item.premium()),
            amount(item.tax()),
            amount(item.shipping()),
            item.lotFees()));
  }

  /**
   * A lot of an invoice as an inventory item: the invoice's numbers, date and house, its
   * classification, and its costs in the order hammer, premium, tax, shipping, other fees.
   */
  public static ImportItem lot(
      InvoiceLineReader.InvoiceContext invoice,
      int line,
      String rawText,
      String lotNumber,
      String name,
      String description,
      ItemClassification.Outcome c,
      int quantity,
      List<BigDecimal> costs) {
    return new ImportItem(
        line,
        rawText,
        lotNumber,
        invoice.invoiceNumber(),
        invoice.invoiceId(),
        invoice.auctionId(),
        null,
        name,
        description,
        c.category(),
        c.condition(),
        c.automatic(),
        c.needsReview(),
        c.categoryConfidence(),
        c.conditionConfidence(),
        quantity,
        costs.get(0),
        costs.get(1),
        costs.get(2),
        costs.get(3),
        costs.get(4),
        invoice.invoiceDate(),
        invoice.auctionHouse(),
        null,
        null,
        null,
        List.of(),
        null,
        List.of(),
        null);
  }

  /** The description, cut at a word boundary to fit an item name. */
  public static String shortName(String description) {
    if (description.length() <= NAME_LENGTH) return description;
    int cut = description.lastIndexOf(' ', NAME_LENGTH - 1);
    return description.substring(0, cut > 40 ? cut : NAME_LENGTH - 1).strip() + "\u2026";
  }

  private static BigDecimal amount(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value.max(BigDecimal.ZERO);
  }
}

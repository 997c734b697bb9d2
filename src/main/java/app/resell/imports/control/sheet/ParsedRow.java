package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An inventory item read from one row, with its listings and sale. Amounts are null where the sheet
 * leaves them blank (never silently zero); quantity defaults to 1. Category and condition are null
 * when blank or not recognised; an unrecognised word is kept in {@code notes}.
 */
public record ParsedRow(
    int rowNumber,
    String itemName,
    String description,
    Category category,
    Condition condition,
    int quantity,
    BigDecimal bidAmount,
    BigDecimal buyersPremium,
    BigDecimal salesTax,
    BigDecimal shippingCost,
    LocalDate acquisitionDate,
    String acquisitionSource,
    String lotNumber,
    String invoiceId,
    String sku,
    String storageLocation,
    String storageBin,
    BigDecimal estimatedValue,
    List<String> keywords,
    String notes,
    String lotId,
    List<ParsedListing> listings)
    implements RowResult {

  public ParsedRow {
    keywords = List.copyOf(keywords);
    listings = List.copyOf(listings);
  }
}

package app.resell.imports.control.batch;

import app.resell.imports.control.sheet.ParsedListing;
import app.resell.inventory.control.ExistingItems;
import app.resell.inventory.control.ItemRows;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One inventory item ready to be written by an import, whatever it was read from: its source line
 * (the idempotency key within the import), its classified category and condition, its costs and the
 * listings and sales that came with it; a sheet row of an export also its {@code lotId}.
 */
public record ImportItem(
    int sourceLine,
    String rawText,
    String lotNumber,
    String invoiceId,
    UUID invoiceRecordId,
    String auctionId,
    String sku,
    String itemName,
    String description,
    Category category,
    Condition condition,
    boolean autoCategorized,
    boolean needsReview,
    Double categoryConfidence,
    Double conditionConfidence,
    int quantity,
    BigDecimal bidAmount,
    BigDecimal buyersPremium,
    BigDecimal salesTax,
    BigDecimal shippingCost,
    BigDecimal otherFees,
    LocalDate acquisitionDate,
    String acquisitionSource,
    String storageLocation,
    String storageBin,
    BigDecimal estimatedValue,
    List<String> keywords,
    String notes,
    List<ParsedListing> listings,
    String lotId)
    implements ItemRows.NewItem, ExistingItems.Key {}

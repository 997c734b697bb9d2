package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import app.resell.inventory.entity.MarketDemand;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.setup.control.SnakeCase;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editable state of an item, as the client writes it: the body of create and full update, and
 * the document a JSON Patch is applied to. Public fields, not a record: Payara's OpenAPI scanner
 * fails on constrained record components. Enums, dates and ids are text here and parsed by {@link
 * #applyTo} so a wrong value is a 400 naming the field and the allowed values.
 *
 * <p>A null means "the column's default" (no category is {@code other}, no quantity is 1, no money
 * is 0); only {@code item_name} is required, and a null acquisition date keeps the current one.
 */
public class ItemFields {

  /** The JSON names of every editable field, as they appear in patch paths. */
  public static final Set<String> EDITABLE = ItemField.names(f -> f.is(ItemField.Flag.EDITABLE));

  /** Fields the item JSON shows but only the server writes. */
  public static final Set<String> READ_ONLY = ItemField.names(f -> f.is(ItemField.Flag.SHOWN));

  /**
   * Where each editable field is kept here: the public field JSON-B names like it ({@code
   * bidAmount} for {@code bid_amount}, by {@link SnakeCase}), found once; an editable field of the
   * table without one fails at start.
   */
  private static final Map<ItemField, Field> SLOTS = new EnumMap<>(ItemField.class);

  static {
    Map<String, Field> byJsonName = new HashMap<>();
    for (Field f : ItemFields.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()))
        byJsonName.put(SnakeCase.RULE.translateName(f.getName()), f);
    }
    for (ItemField field : ItemField.with(ItemField.Flag.EDITABLE)) {
      Field slot = byJsonName.get(field.json());
      if (slot == null) throw new IllegalStateException("ItemFields has no field " + field.json());
      SLOTS.put(field, slot);
    }
  }

  private static final String MONEY = "must be an amount with at most 2 decimals";

  /** The longest free text of an item (description, notes), as every text field of the API. */
  static final int LONG_TEXT = 20_000;

  @Size(max = 100)
  public String invoiceId;

  @Size(max = 100)
  public String auctionId;

  @Size(max = 50)
  public String lotNumber;

  @Size(max = 64)
  public String sku;

  @NotBlank
  @Size(max = 255)
  public String itemName;

  @Size(max = LONG_TEXT)
  public String description;

  public String category;

  @Size(max = 100)
  public String subcategory;

  public String condition;

  @Min(1)
  public Integer quantity;

  @DecimalMin("0")
  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal bidAmount;

  @DecimalMin("0")
  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal buyersPremium;

  @DecimalMin("0")
  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal salesTax;

  @DecimalMin("0")
  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal shippingCost;

  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal otherFees;

  public String acquisitionDate;

  @Size(max = 200)
  public String acquisitionSource;

  public String locationId;

  @Size(max = 100)
  public String storageLocation;

  @Size(max = 50)
  public String storageBin;

  @DecimalMin("0")
  @Digits(integer = 10, fraction = 2, message = MONEY)
  public BigDecimal estimatedValue;

  public String marketDemand;

  @Size(max = LONG_TEXT)
  public String seasonalityNotes;

  public Boolean needsRepair;
  public Boolean isConsignment;
  public Boolean isReturned;
  public Boolean needsReview;

  @Size(max = 100)
  public List<String> keywords;

  @Size(max = LONG_TEXT)
  public String notes;

  /** The item's current editable state. */
  public static ItemFields of(Item item) {
    ItemFields f = new ItemFields();
    f.invoiceId = item.invoiceId();
    f.auctionId = item.auctionId();
    f.lotNumber = item.lotNumber();
    f.sku = item.sku();
    f.itemName = item.itemName();
    f.description = item.description();
    f.category = item.category().value();
    f.subcategory = item.subcategory();
    f.condition = item.condition().value();
    f.quantity = item.quantity();
    f.bidAmount = item.bidAmount();
    f.buyersPremium = item.buyersPremium();
    f.salesTax = item.salesTax();
    f.shippingCost = item.shippingCost();
    f.otherFees = item.otherFees();
    f.acquisitionDate = item.acquisitionDate() == null ? null : item.acquisitionDate().toString();
    f.acquisitionSource = item.acquisitionSource();
    f.locationId = item.locationId() == null ? null : item.locationId().toString();
    f.storageLocation = item.storageLocation();
    f.storageBin = item.storageBin();
    f.estimatedValue = item.estimatedValue();
    f.marketDemand = item.marketDemand().value();
    f.seasonalityNotes = item.seasonalityNotes();
    f.needsRepair = item.needsRepair();
    f.isConsignment = item.consignment();
    f.isReturned = item.returned();
    f.needsReview = item.needsReview();
    f.keywords = item.keywords();
    f.notes = item.notes();
    return f;
  }

  /** Writes these fields to the item; values that cannot be parsed are 400s naming the field. */
  public void applyTo(Item item) {
    item.setInvoiceId(blankToNull(invoiceId));
    item.setAuctionId(blankToNull(auctionId));
    item.setLotNumber(blankToNull(lotNumber));
    item.setSku(blankToNull(sku));
    item.setItemName(itemName.trim());
    item.setDescription(description);
    item.setCategory(category == null ? Category.OTHER : category());
    item.setSubcategory(subcategory);
    item.setCondition(condition == null ? Condition.UNKNOWN : condition());
    item.setQuantity(quantity == null ? 1 : quantity);
    item.assignCosts(
        money(bidAmount),
        money(buyersPremium),
        money(salesTax),
        money(shippingCost),
        money(otherFees));
    OffsetDateTime acquired = acquisitionDate(acquisitionDate, "acquisition_date");
    if (acquired != null) item.setAcquisitionDate(acquired);
    item.setAcquisitionSource(acquisitionSource);
    item.setLocationId(QueryValues.id("location_id", locationId));
    item.setStorageLocation(blankToNull(storageLocation));
    item.setStorageBin(blankToNull(storageBin));
    item.setEstimatedValue(estimatedValue);
    item.setMarketDemand(
        marketDemand == null
            ? MarketDemand.MEDIUM
            : MarketDemand.parse(marketDemand)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "market_demand", marketDemand, MarketDemand.allowedValues())));
    item.setSeasonalityNotes(seasonalityNotes);
    item.setNeedsRepair(Boolean.TRUE.equals(needsRepair));
    item.setConsignment(Boolean.TRUE.equals(isConsignment));
    item.setReturned(Boolean.TRUE.equals(isReturned));
    item.setNeedsReview(Boolean.TRUE.equals(needsReview));
    item.setKeywords(
        keywords == null
            ? List.of()
            : keywords.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(String::trim)
                .distinct()
                .toList());
    item.setNotes(notes);
  }

  /** The value of an editable field (as its kind says: text, number, flag or words). */
  Object get(ItemField field) {
    try {
      return SLOTS.get(field).get(this);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets an editable field; the value is of the type {@link #get} answers for it. */
  void set(ItemField field, Object value) {
    try {
      SLOTS.get(field).set(this, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The category given, or null when none; 400 for an unknown one. */
  public Category category() {
    if (category == null) return null;
    return Category.parse(category)
        .orElseThrow(
            () -> ProblemException.notOneOf("category", category, Category.allowedValues()));
  }

  public Condition condition() {
    if (condition == null) return null;
    return Condition.parse(condition)
        .orElseThrow(
            () -> ProblemException.notOneOf("condition", condition, Condition.allowedValues()));
  }

  static OffsetDateTime acquisitionDate(String text, String field) {
    if (text == null || text.isBlank()) return null;
    try {
      if (text.length() == 10) return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          field, "'" + text + "' is not an ISO-8601 date (2024-11-02) or date-time");
    }
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount.setScale(2);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

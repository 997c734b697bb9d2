package app.resell.imports.control.sheet;

import app.resell.inventory.control.ItemField;
import java.util.Locale;

/**
 * The inventory and listing facts a spreadsheet column can hold. The item's facts are fields of the
 * item's field table ({@link ItemField}): their {@link #key()} is Resell's own export column name,
 * so an exported file maps back without any guessing.
 */
public enum SheetField {
  ITEM_NAME(ItemField.ITEM_NAME),
  DESCRIPTION(ItemField.DESCRIPTION),
  CATEGORY(ItemField.CATEGORY),
  CONDITION(ItemField.CONDITION),
  QUANTITY(ItemField.QUANTITY),
  BID_AMOUNT(ItemField.BID_AMOUNT),
  BUYERS_PREMIUM(ItemField.BUYERS_PREMIUM),
  SALES_TAX(ItemField.SALES_TAX),
  SHIPPING_COST(ItemField.SHIPPING_COST),
  ACQUISITION_DATE(ItemField.ACQUISITION_DATE),
  ACQUISITION_SOURCE(ItemField.ACQUISITION_SOURCE),
  LOT_NUMBER(ItemField.LOT_NUMBER),
  INVOICE_ID(ItemField.INVOICE_ID),
  SKU(ItemField.SKU),
  STORAGE_LOCATION(ItemField.STORAGE_LOCATION),
  STORAGE_BIN(ItemField.STORAGE_BIN),
  ESTIMATED_VALUE(ItemField.ESTIMATED_VALUE),
  /** Words separated by commas or semicolons. */
  KEYWORDS(ItemField.KEYWORDS),
  NOTES(ItemField.NOTES),
  /**
   * Resell's own id of the item (an export's {@code lot_id}): the row is that item, if it exists.
   */
  LOT_ID(Kind.TEXT),
  /** Where the item is listed; may name several platforms. */
  PLATFORM(Kind.TEXT),
  /** Where the item sold, when the sheet says so apart from where it is listed. */
  SOLD_ON(Kind.TEXT),
  STATUS(Kind.TEXT),
  LIST_PRICE(Kind.MONEY),
  LISTING_URL(Kind.TEXT),
  /** A listing date, or a yes/no flag in per-platform columns such as {@code ebay_listed}. */
  LISTED_DATE(Kind.DATE),
  SOLD_PRICE(Kind.MONEY),
  /** A sale date, or a yes/no flag in per-platform columns such as {@code ebay_sold}. */
  SOLD_DATE(Kind.DATE),
  PLATFORM_FEES(Kind.MONEY),
  SHIPPING_PAID(Kind.MONEY),
  ACTUAL_SHIPPING(Kind.MONEY);

  /** How a field's text is read. */
  public enum Kind {
    TEXT,
    MONEY,
    DATE,
    INTEGER
  }

  private final Kind kind;
  private final ItemField item;

  /** A fact of the item: its name and how it reads come from the item's field table. */
  SheetField(ItemField item) {
    this.kind = kindOf(item);
    this.item = item;
  }

  /** A fact of a listing or sale. */
  SheetField(Kind kind) {
    this.kind = kind;
    this.item = null;
  }

  public Kind kind() {
    return kind;
  }

  /** Resell's export column name: {@code item_name}, {@code bid_amount}. */
  public String key() {
    return item != null ? item.json() : name().toLowerCase(Locale.ROOT);
  }

  private static Kind kindOf(ItemField field) {
    return switch (field.kind()) {
      case MONEY -> Kind.MONEY;
      case INTEGER -> Kind.INTEGER;
      case DAY -> Kind.DATE;
      case TEXT, ENUM, WORDS -> Kind.TEXT;
      default -> throw new IllegalArgumentException(field + " is not read from a sheet");
    };
  }
}

package app.resell.imports.control.sheet;

import java.util.Locale;

/**
 * The inventory and listing facts a spreadsheet column can hold. The {@link #key()} is Resell's own
 * export column name, so an exported file maps back without any guessing.
 */
public enum SheetField {
  ITEM_NAME(Kind.TEXT),
  DESCRIPTION(Kind.TEXT),
  CATEGORY(Kind.TEXT),
  CONDITION(Kind.TEXT),
  QUANTITY(Kind.INTEGER),
  BID_AMOUNT(Kind.MONEY),
  BUYERS_PREMIUM(Kind.MONEY),
  SALES_TAX(Kind.MONEY),
  SHIPPING_COST(Kind.MONEY),
  ACQUISITION_DATE(Kind.DATE),
  ACQUISITION_SOURCE(Kind.TEXT),
  LOT_NUMBER(Kind.TEXT),
  INVOICE_ID(Kind.TEXT),
  SKU(Kind.TEXT),
  STORAGE_LOCATION(Kind.TEXT),
  STORAGE_BIN(Kind.TEXT),
  ESTIMATED_VALUE(Kind.MONEY),
  KEYWORDS(Kind.TEXT),
  NOTES(Kind.TEXT),
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

  SheetField(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** Resell's export column name: {@code item_name}, {@code bid_amount}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

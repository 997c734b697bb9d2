package app.resell.imports.control.sheet;

import java.util.Locale;

/**
 * The inventory and listing facts a spreadsheet column can hold. The {@link #key()} is Resell's own
 * export column name, so an exported file maps back without any guessing.
 */
public enum SheetField {
  ITEM_NAME(Kind.TEXT, false),
  DESCRIPTION(Kind.TEXT, false),
  CATEGORY(Kind.TEXT, false),
  CONDITION(Kind.TEXT, false),
  QUANTITY(Kind.INTEGER, false),
  BID_AMOUNT(Kind.MONEY, false),
  BUYERS_PREMIUM(Kind.MONEY, false),
  SALES_TAX(Kind.MONEY, false),
  SHIPPING_COST(Kind.MONEY, false),
  ACQUISITION_DATE(Kind.DATE, false),
  ACQUISITION_SOURCE(Kind.TEXT, false),
  LOT_NUMBER(Kind.TEXT, false),
  INVOICE_ID(Kind.TEXT, false),
  SKU(Kind.TEXT, false),
  STORAGE_LOCATION(Kind.TEXT, false),
  STORAGE_BIN(Kind.TEXT, false),
  ESTIMATED_VALUE(Kind.MONEY, false),
  KEYWORDS(Kind.TEXT, false),
  NOTES(Kind.TEXT, false),
  /** Where the item is listed; may name several platforms. */
  PLATFORM(Kind.TEXT, false),
  /** Where the item sold, when the sheet says so apart from where it is listed. */
  SOLD_ON(Kind.TEXT, false),
  STATUS(Kind.TEXT, true),
  LIST_PRICE(Kind.MONEY, true),
  LISTING_URL(Kind.TEXT, true),
  /** A listing date, or a yes/no flag in per-platform columns such as {@code ebay_listed}. */
  LISTED_DATE(Kind.DATE, true),
  SOLD_PRICE(Kind.MONEY, true),
  /** A sale date, or a yes/no flag in per-platform columns such as {@code ebay_sold}. */
  SOLD_DATE(Kind.DATE, true),
  PLATFORM_FEES(Kind.MONEY, true),
  SHIPPING_PAID(Kind.MONEY, true),
  ACTUAL_SHIPPING(Kind.MONEY, true);

  /** How a field's text is read. */
  public enum Kind {
    TEXT,
    MONEY,
    DATE,
    INTEGER
  }

  private final Kind kind;
  private final boolean perPlatform;

  SheetField(Kind kind, boolean perPlatform) {
    this.kind = kind;
    this.perPlatform = perPlatform;
  }

  public Kind kind() {
    return kind;
  }

  /** Whether a column may hold this fact for one named platform ({@code etsy_price}). */
  public boolean perPlatform() {
    return perPlatform;
  }

  /** Resell's export column name: {@code item_name}, {@code bid_amount}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

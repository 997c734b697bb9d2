package app.resell.inventory.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The item's field table: every field an item shows or stores, once. The JSON name is the column
 * name (the constant in lower case, like {@code storage_location}); the kind says how a value is
 * read and written; the flags say who uses the field. It drives the patch document ({@link
 * ItemPatcher}, {@link ItemFields#EDITABLE}), the export columns (the exports' {@code
 * ExportColumns}, {@link #exportSql()}), the JSON export's item rows ({@link ItemExportSql}), the
 * import staging ({@link ItemRows}) and the list's text filters ({@link ItemSearchSql}), so a new
 * field is one line here plus its place in the typed shapes ({@code Item}, {@link ItemFields},
 * {@link ItemRows.NewItem}). The order is the table's column order (V1), which is also the patch
 * document's and the export's order.
 */
public enum ItemField {
  LOT_ID(Kind.ID, Flag.SHOWN, Flag.EXPORTED, Flag.DUMPED),
  INVOICE_ID(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  INVOICE_RECORD_ID(Kind.ID, Flag.DUMPED, Flag.STAGED),
  AUCTION_ID(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  LOT_NUMBER(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  SKU(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  PARENT_LOT_ID(Kind.ID, Flag.SHOWN, Flag.DUMPED),
  ITEM_NAME(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  DESCRIPTION(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  CATEGORY(Kind.ENUM, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  SUBCATEGORY(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  CONDITION(Kind.ENUM, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  QUANTITY(Kind.INTEGER, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  QUANTITY_SOLD(Kind.INTEGER, Flag.SHOWN, Flag.EXPORTED, Flag.DUMPED),
  BID_AMOUNT(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  BUYERS_PREMIUM(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  SALES_TAX(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  SHIPPING_COST(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  OTHER_FEES(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  TOTAL_COST(Kind.MONEY, Flag.SHOWN, Flag.EXPORTED, Flag.DUMPED),
  COST_PER_ITEM(Kind.MONEY, Flag.SHOWN, Flag.EXPORTED, Flag.DUMPED),
  ACQUISITION_DATE(Kind.DAY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  ACQUISITION_SOURCE(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  LOCATION_ID(Kind.ID, Flag.EDITABLE, Flag.DUMPED),
  STORAGE_LOCATION(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  STORAGE_BIN(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  QR_CODE(Kind.TEXT, Flag.SHOWN, Flag.DUMPED),
  ESTIMATED_VALUE(Kind.MONEY, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  MARKET_DEMAND(Kind.ENUM, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  SEASONALITY_NOTES(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  NEEDS_REPAIR(Kind.FLAG, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  IS_CONSIGNMENT(Kind.FLAG, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  IS_RETURNED(Kind.FLAG, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED),
  NEEDS_REVIEW(Kind.FLAG, Flag.EDITABLE, Flag.DUMPED, Flag.STAGED),
  AUTO_CATEGORIZED(Kind.FLAG, Flag.SHOWN, Flag.DUMPED, Flag.STAGED),
  CATEGORY_CONFIDENCE(Kind.DECIMAL, Flag.SHOWN, Flag.DUMPED, Flag.STAGED),
  CONDITION_CONFIDENCE(Kind.DECIMAL, Flag.SHOWN, Flag.DUMPED, Flag.STAGED),
  KEYWORDS(Kind.WORDS, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  NOTES(Kind.TEXT, Flag.EDITABLE, Flag.EXPORTED, Flag.DUMPED, Flag.STAGED),
  IMPORT_JOB_ID(Kind.ID, Flag.SHOWN, Flag.DUMPED),
  SOURCE_LINE(Kind.INTEGER, Flag.STAGED),
  CREATED_BY(Kind.ID, Flag.SHOWN),
  CREATED_AT(Kind.TIMESTAMP, Flag.SHOWN, Flag.EXPORTED, Flag.LAST, Flag.DUMPED),
  UPDATED_AT(Kind.TIMESTAMP, Flag.SHOWN, Flag.EXPORTED, Flag.LAST, Flag.DUMPED),
  DELETED_AT(Kind.TIMESTAMP, Flag.SHOWN, Flag.DUMPED),
  VERSION(Kind.INTEGER, Flag.SHOWN, Flag.DUMPED),
  /** Computed for the item's JSON (docs/MONEY.md section 12); no column. */
  ROI(Kind.COMPUTED, Flag.SHOWN),
  /** Computed for the item's JSON from its listings; no column. */
  DAYS_LISTED(Kind.COMPUTED, Flag.SHOWN);

  /** How a field's value is stored and travels. */
  public enum Kind {
    /** A uuid; text in JSON and exports. */
    ID,
    TEXT,
    /** A PostgreSQL enum ({@code item_<field>}, {@code market_demand_level}); text in JSON. */
    ENUM,
    INTEGER,
    /** An amount with two decimals. */
    MONEY,
    /** A plain decimal (a confidence). */
    DECIMAL,
    FLAG,
    /** A list of words, a jsonb array in the table. */
    WORDS,
    /** An instant the API takes and exports as a (UTC) calendar day. */
    DAY,
    TIMESTAMP,
    /** Not stored: worked out when the item is shown. */
    COMPUTED
  }

  /** Who uses a field. */
  public enum Flag {
    /** The client writes it (create, update, patch). */
    EDITABLE,
    /** The item's JSON shows it, only the server writes it. */
    SHOWN,
    /** A column of the spreadsheet exports (CSV, XLSX, PDF). */
    EXPORTED,
    /** Exported after the listing and sale columns (the row's own time stamps). */
    LAST,
    /** A column of the JSON export's item rows (every stored column but the search vector). */
    DUMPED,
    /** Staged and inserted by an import ({@link ItemRows}). */
    STAGED
  }

  private final Kind kind;
  private final Set<Flag> flags;

  ItemField(Kind kind, Flag... flags) {
    this.kind = kind;
    this.flags = Set.of(flags);
  }

  /** The field's name in JSON, patch paths, exports and the table. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The column of the inventory table. */
  public String column() {
    if (kind == Kind.COMPUTED) throw new IllegalStateException(this + " is not stored");
    return json();
  }

  public Kind kind() {
    return kind;
  }

  public boolean is(Flag flag) {
    return flags.contains(flag);
  }

  /** The fields with the flag, in table order. */
  public static List<ItemField> with(Flag flag) {
    return Arrays.stream(values()).filter(f -> f.is(flag)).toList();
  }

  /** The JSON names of the fields that pass. */
  static Set<String> names(Predicate<ItemField> which) {
    return Arrays.stream(values())
        .filter(which)
        .map(ItemField::json)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The field's value in a spreadsheet export, as SQL over the item {@code i}: ids and enums as
   * text, days as the UTC calendar day, words joined by commas.
   */
  public String exportSql() {
    String c = "i." + column();
    return switch (kind) {
      case ID, ENUM -> "CAST(" + c + " AS text)";
      case DAY -> "CAST(" + c + " AT TIME ZONE 'UTC' AS date)";
      case WORDS -> "array_to_string(ARRAY(SELECT jsonb_array_elements_text(" + c + ")), ', ')";
      default -> c;
    };
  }

  /** The PostgreSQL type of the staging column an import fills by COPY. */
  String stagingType() {
    return switch (kind) {
      case ID -> "uuid";
      case TEXT, ENUM -> "text";
      case INTEGER -> "integer";
      case MONEY, DECIMAL -> "numeric";
      case FLAG -> "boolean";
      case WORDS -> "jsonb";
      case DAY, TIMESTAMP -> "timestamptz";
      case COMPUTED -> throw new IllegalStateException(this + " is not stored");
    };
  }

  /** The staged value as the table takes it: enums cast, no acquisition date meaning now. */
  String insertSql() {
    String c = column();
    return switch (kind) {
      case ENUM -> "CAST(" + c + " AS " + enumType() + ")";
      case DAY -> "coalesce(" + c + ", now())";
      default -> c;
    };
  }

  private String enumType() {
    return this == MARKET_DEMAND ? "market_demand_level" : "item_" + column();
  }
}

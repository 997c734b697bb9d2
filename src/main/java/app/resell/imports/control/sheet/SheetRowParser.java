package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;

import app.resell.tabular.MoneyText;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link SheetRow} into an item with its listings, a rejection that says what to fix, or a
 * skip. Stateless and thread-safe: a batch processor can hold one.
 *
 * <p>Skipped: rows that repeat the header, totals rows (a cell that is just "Total", "Grand Total",
 * "Subtotal" or starts "Total:"), and rows with no item name whose only values are numbers, which
 * is what a sum line under the data looks like. Rejected: rows with no item name (and no
 * description to fall back on), negative costs or prices, and any value that cannot be read, each
 * named with its column.
 */
public final class SheetRowParser {

  private static final Pattern TOTAL =
      Pattern.compile("(?i)^(?:grand\\s*|sub\\s*-?\\s*)?totals?\\s*(?::.*)?$|^(?i)sum:?$");

  private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,;|#\\n]+");
  private static final Pattern NUMBER = Pattern.compile("-?[\\d.,]+%?");

  public RowResult parse(SheetRow row, SheetLayout layout) {
    if (row.cells().isEmpty() && row.platformCells().isEmpty()) {
      return new SkippedRow(row.rowNumber(), "blank row (nothing in the mapped columns)");
    }
    if (repeatsHeader(row, layout)) return new SkippedRow(row.rowNumber(), "repeated header row");
    if (totals(row)) return new SkippedRow(row.rowNumber(), "totals row");
    RowFields f = new RowFields(row, layout);
    String name = f.text(ITEM_NAME);
    String description = f.text(DESCRIPTION);
    if (name == null && description != null) {
      name = description;
      description = null;
    }
    if (name == null) {
      return new RejectedRow(
          row.rowNumber(),
          row.rawText(),
          "No item name: column '" + layout.headerOf(ColumnTarget.of(ITEM_NAME)) + "' is empty");
    }
    int quantity = f.quantity();
    BigDecimal bid = nonNegative(f, "Cost", BID_AMOUNT);
    BigDecimal premium = f.moneyOrPercentOf(BUYERS_PREMIUM, bid);
    f.negative("Buyer's premium", ColumnTarget.of(BUYERS_PREMIUM), premium);
    BigDecimal tax = f.moneyOrPercentOf(SALES_TAX, bid == null ? null : bid.add(orZero(premium)));
    f.negative("Sales tax", ColumnTarget.of(SALES_TAX), tax);
    BigDecimal shipping = nonNegative(f, "Shipping cost", SHIPPING_COST);
    BigDecimal estimate = nonNegative(f, "Estimated value", ESTIMATED_VALUE);
    List<String> notes = new ArrayList<>();
    if (f.text(NOTES) != null) notes.add(f.text(NOTES));
    Category category = ItemWords.category(f.text(CATEGORY)).orElse(null);
    if (category == null && f.text(CATEGORY) != null) notes.add("Category: " + f.text(CATEGORY));
    Condition condition = ItemWords.condition(f.text(CONDITION)).orElse(null);
    if (condition == null && f.text(CONDITION) != null) {
      notes.add("Condition: " + f.text(CONDITION));
    }
    ParsedRow parsed =
        new ParsedRow(
            row.rowNumber(),
            name,
            description,
            category,
            condition,
            quantity,
            bid,
            premium,
            tax,
            shipping,
            f.date(ACQUISITION_DATE),
            f.text(ACQUISITION_SOURCE),
            f.text(LOT_NUMBER),
            f.text(INVOICE_ID),
            f.text(SKU),
            f.text(STORAGE_LOCATION),
            f.text(STORAGE_BIN),
            estimate,
            keywords(f.text(KEYWORDS)),
            notes.isEmpty() ? null : String.join("\n", notes),
            f.text(LOT_ID),
            ListingAssembler.listings(f));
    if (!f.problems().isEmpty()) {
      return new RejectedRow(row.rowNumber(), row.rawText(), String.join("; ", f.problems()));
    }
    return parsed;
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }

  private static BigDecimal nonNegative(RowFields f, String what, SheetField field) {
    BigDecimal v = f.money(field);
    f.negative(what, ColumnTarget.of(field), v);
    return v;
  }

  private static List<String> keywords(String text) {
    if (text == null) return List.of();
    return Arrays.stream(KEYWORD_SEPARATORS.split(text))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static boolean repeatsHeader(SheetRow row, SheetLayout layout) {
    List<String> header = layout.headers();
    if (!sameStart(row.get(ITEM_NAME), layout.headerOf(ColumnTarget.of(ITEM_NAME)))) return false;
    int same = 0;
    int filled = 0;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isBlank()) continue;
      filled++;
      String v = i < row.values().size() ? row.values().get(i) : "";
      if (HeaderMatcher.fold(v).equals(HeaderMatcher.fold(header.get(i)))) same++;
    }
    return filled > 0 && same == filled;
  }

  /** A cheap first look: the item-name cell must start like the item-name header. */
  private static boolean sameStart(String value, String header) {
    if (value == null || header.isEmpty()) return value == null;
    return Character.toLowerCase(value.charAt(0)) == Character.toLowerCase(header.charAt(0));
  }

  /** A "Total" label, or sums with no words at all. */
  private static boolean totals(SheetRow row) {
    boolean anyText = false;
    for (String v : row.values()) {
      String t = v.strip();
      if (t.isEmpty()) continue;
      char first = Character.toLowerCase(t.charAt(0));
      if ((first == 't' || first == 'g' || first == 's') && TOTAL.matcher(t).matches()) return true;
      if (!anyText && !NUMBER.matcher(t).matches() && !MoneyText.isMoney(t)) anyText = true;
    }
    return !anyText && row.get(ITEM_NAME) == null;
  }
}

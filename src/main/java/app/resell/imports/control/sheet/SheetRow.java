package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Platform;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row below the header, as text sorted into fields. Values are trimmed and blanks left out;
 * xlsx dates are already ISO ({@code 2024-03-04}) and xlsx numbers their stored value. Reading the
 * text as money, dates and platforms is {@link SheetRowParser}'s job, so a row can be reported with
 * its own words when it is rejected.
 *
 * @param rowNumber 1-based row number in the sheet, as the reseller's program shows it
 * @param rawText the row's non-blank cells joined with " | ", for the rejected-rows report
 * @param cells the text of each field held by a general column
 * @param platformCells listing fields from platform-specific columns ({@code ebay_price})
 * @param values every cell of the row by column, blanks as ""
 */
public record SheetRow(
    int rowNumber,
    String rawText,
    Map<SheetField, String> cells,
    Map<Platform, Map<SheetField, String>> platformCells,
    List<String> values) {

  public SheetRow {
    // An EnumMap: rows are read a million times, and enum lookups are an array index.
    cells = cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(cells));
    platformCells = Collections.unmodifiableMap(new LinkedHashMap<>(platformCells)); // sheet order
    values = List.copyOf(values);
  }

  /** The text of a field, or null when the row leaves it blank. */
  public String get(SheetField field) {
    return cells.get(field);
  }
}

package app.resell.imports.control.sales;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report's header row. Columns are found by name whatever their case, quotes, spacing and
 * punctuation ({@code "Sold For"}, {@code Sold for} and {@code sold_for} are one column), so the US
 * and UK wordings of a report and reordered or added columns need nothing special.
 */
public final class ReportHeader {

  private final int row;
  private final List<String> names;
  private final Map<String, Integer> columns = new HashMap<>();

  public ReportHeader(int row, List<String> names) {
    this.row = row;
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) columns.putIfAbsent(key(names.get(i)), i);
  }

  /** The header's row in the file. */
  public int row() {
    return row;
  }

  public List<String> names() {
    return names;
  }

  /** The column of the first of the names the header has, or -1. */
  public int column(String... names) {
    for (String name : names) {
      Integer column = columns.get(key(name));
      if (column != null) return column;
    }
    return -1;
  }

  /** Whether the header has every one of these columns. */
  public boolean hasAll(String... names) {
    for (String name : names) if (!columns.containsKey(key(name))) return false;
    return true;
  }

  /** A column name reduced to its letters and digits, lower case. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}

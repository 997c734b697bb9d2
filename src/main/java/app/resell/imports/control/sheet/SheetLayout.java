package app.resell.imports.control.sheet;

import app.resell.tabular.DateOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the reader learnt about a file before the first row: where the header is, what each column
 * means, and how the file writes dates. The batch job records it with the import so a reseller can
 * see (and correct, with a user mapping) how their columns were understood.
 *
 * @param format XLSX or CSV, after detection
 * @param sheetName the worksheet read (xlsx), null for csv
 * @param headerRowNumber 1-based row of the header
 * @param headers the header texts by column, blanks as ""
 * @param columns 0-based column index to what it holds
 * @param unmappedColumns header texts of columns that were not understood or were ignored
 * @param dateOrder how numeric text dates such as 03/04/2024 are read in this file
 * @param dateOrderAmbiguous true when no date in the file decided the order: MDY was assumed
 * @param dateOrderConflict true when some dates only fit MDY and others only DMY: the majority won
 *     and the others are rejected
 * @param delimiter the csv field separator, null for xlsx
 * @param encoding the csv character set name, null for xlsx
 */
public record SheetLayout(
    SheetFormat format,
    String sheetName,
    int headerRowNumber,
    List<String> headers,
    Map<Integer, ColumnTarget> columns,
    List<String> unmappedColumns,
    DateOrder dateOrder,
    boolean dateOrderAmbiguous,
    boolean dateOrderConflict,
    Character delimiter,
    String encoding) {

  public SheetLayout {
    headers = List.copyOf(headers);
    columns = Collections.unmodifiableMap(new TreeMap<>(columns)); // in column order
    unmappedColumns = List.copyOf(unmappedColumns);
  }

  /** The header text of the column holding a target, for messages such as "in column 'Paid'". */
  public String headerOf(ColumnTarget target) {
    for (Map.Entry<Integer, ColumnTarget> e : columns.entrySet()) {
      if (e.getValue().equals(target)) {
        String h = e.getKey() < headers.size() ? headers.get(e.getKey()) : "";
        return h.isBlank() ? target.toString() : h.strip();
      }
    }
    return target.toString();
  }

  /** Whether some column holds this field, generally or for a platform. */
  public boolean has(SheetField field) {
    return columns.values().stream().anyMatch(t -> t.field() == field);
  }
}

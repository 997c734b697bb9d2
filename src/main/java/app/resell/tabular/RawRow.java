package app.resell.tabular;

import java.util.List;

/** One row as the file holds it: 1-based row number and cell texts by column, blanks as "". */
public record RawRow(int rowNumber, List<String> cells) {

  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  public boolean blank() {
    for (String c : cells) if (!c.isBlank()) return false;
    return true;
  }

  /** The non-blank cells joined, for a reseller to recognise the row in a rejection report. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (c.isBlank()) continue;
      if (b.length() > 0) b.append(" | ");
      b.append(c.strip());
    }
    return b.toString();
  }
}

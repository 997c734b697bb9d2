package app.resell.imports.control.sheet;

import app.resell.tabular.DateOrder;
import app.resell.tabular.RawRow;
import app.resell.tabular.TextDates;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row, which in a reseller's sheet is often below a title ("2024 Inventory"), a
 * date line or a blank row. Each of the first {@value #SCAN_ROWS} non-blank rows is scored by how
 * sure we are of its cells as headers; the best row wins, the earliest on a tie. A row needs two
 * recognised headers (or one item-name header, or one of the user's mapped headers) to count, so a
 * title that happens to say "Inventory" is not taken for the header.
 */
final class HeaderDetector {

  static final int SCAN_ROWS = 20;

  private HeaderDetector() {}

  /** The header row among the rows given, if any row looks like one. */
  static Optional<RawRow> find(List<RawRow> rows, Map<String, String> userMapping) {
    RawRow best = null;
    int bestScore = 0;
    int seen = 0;
    for (RawRow row : rows) {
      if (row.blank()) continue;
      if (++seen > SCAN_ROWS) break;
      int score = score(row, userMapping);
      if (score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Zero unless the row can be a header; otherwise higher for surer, more numerous headers. */
  static int score(RawRow row, Map<String, String> userMapping) {
    int score = 0;
    int recognised = 0;
    boolean itemName = false;
    boolean userHeader = false;
    for (String cell : row.cells()) {
      if (cell.isBlank()) continue;
      if (ColumnMapper.userMapped(cell, userMapping)) {
        userHeader = true;
        recognised++;
        score += 3;
        continue;
      }
      if (looksLikeData(cell)) continue;
      Optional<HeaderMatcher.Match> m = HeaderMatcher.match(cell);
      if (m.isEmpty()) continue;
      recognised++;
      score += m.get().confidence();
      itemName |= m.get().target().field() == SheetField.ITEM_NAME;
    }
    boolean enough = recognised >= 2 || itemName || userHeader;
    return enough ? score : 0;
  }

  /** Amounts, dates and long sentences are values, never headers. */
  private static boolean looksLikeData(String cell) {
    String t = cell.strip();
    return t.length() > 40
        || app.resell.tabular.MoneyText.isMoney(t)
        || TextDates.parse(t, DateOrder.MDY).isPresent();
  }
}

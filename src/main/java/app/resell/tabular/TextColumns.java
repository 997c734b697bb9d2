package app.resell.tabular;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows kept as columns of text, each column one array for {@code unnest}: what a bulk insert sends
 * when the connection offers no COPY (a server whose pool hides the driver's connection). Values
 * are their text forms as PostgreSQL reads them back with a cast; null stays null.
 */
public final class TextColumns implements RowSink {

  private final List<List<String>> columns = new ArrayList<>();
  private int next;

  public TextColumns(int width) {
    for (int i = 0; i < width; i++) columns.add(new ArrayList<>());
  }

  @Override
  public TextColumns add(String value) {
    columns.get(next++).add(value);
    return this;
  }

  @Override
  public TextColumns add(BigDecimal value) {
    return add(value == null ? null : value.toPlainString());
  }

  @Override
  public TextColumns add(Object value) {
    return add(value == null ? null : value.toString());
  }

  @Override
  public TextColumns add(int value) {
    return add(Integer.toString(value));
  }

  @Override
  public TextColumns add(boolean value) {
    return add(value ? "t" : "f");
  }

  @Override
  public TextColumns endRow() {
    if (next != columns.size()) {
      throw new IllegalStateException("a row of " + next + " values, not " + columns.size());
    }
    next = 0;
    return this;
  }

  /** The values of column {@code index}, one per row. */
  public String[] column(int index) {
    return columns.get(index).toArray(String[]::new);
  }
}

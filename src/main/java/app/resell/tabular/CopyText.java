package app.resell.tabular;

import java.math.BigDecimal;

/**
 * Rows in PostgreSQL's COPY text format: tab-separated columns, one row per line, {@code \N} for
 * null, and backslash escapes for the backslash, tab, line feed and carriage return inside a value
 * (https://www.postgresql.org/docs/15/sql-copy.html, "Text Format"). Everything else, including any
 * Unicode, is sent as it is in UTF-8.
 */
public final class CopyText implements RowSink {

  private final StringBuilder text = new StringBuilder(256 * 1024);
  private boolean rowStarted;

  @Override
  public CopyText add(String value) {
    separate();
    if (value == null) {
      text.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
    return this;
  }

  @Override
  public CopyText add(BigDecimal value) {
    return add(value == null ? null : value.toPlainString());
  }

  @Override
  public CopyText add(Object value) {
    return add(value == null ? null : value.toString());
  }

  @Override
  public CopyText add(int value) {
    separate();
    text.append(value);
    return this;
  }

  @Override
  public CopyText add(boolean value) {
    separate();
    text.append(value ? 't' : 'f');
    return this;
  }

  /** Ends the current row. */
  @Override
  public CopyText endRow() {
    text.append('\n');
    rowStarted = false;
    return this;
  }

  public String text() {
    return text.toString();
  }

  private void separate() {
    if (rowStarted) text.append('\t');
    rowStarted = true;
  }
}

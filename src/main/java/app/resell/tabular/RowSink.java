package app.resell.tabular;

import java.math.BigDecimal;

/** Where rows of values go, one value after another and {@link #endRow()} after each row. */
public interface RowSink {

  RowSink add(String value);

  RowSink add(BigDecimal value);

  RowSink add(Object value);

  RowSink add(int value);

  RowSink add(boolean value);

  RowSink endRow();
}

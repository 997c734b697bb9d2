package app.resell.exports.control;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Reads a column's value with the Java type its {@link ColumnType} promises; null stays null. */
final class CellValues {

  private CellValues() {}

  static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
    return switch (type) {
      case TEXT, PHOTO_LINKS -> rs.getString(index);
      case MONEY, DECIMAL -> rs.getBigDecimal(index);
      case INTEGER -> {
        long v = rs.getLong(index);
        yield rs.wasNull() ? null : (Object) v;
      }
      case DATE -> rs.getObject(index, LocalDate.class);
      case TIMESTAMP -> rs.getObject(index, OffsetDateTime.class);
      case BOOLEAN -> {
        boolean v = rs.getBoolean(index);
        yield rs.wasNull() ? null : (Object) v;
      }
    };
  }

  /** The plain text of a value: numbers without grouping, ISO dates, true/false. */
  static String text(Object value) {
    if (value == null) return "";
    if (value instanceof BigDecimal d) return d.toPlainString();
    return value.toString();
  }
}

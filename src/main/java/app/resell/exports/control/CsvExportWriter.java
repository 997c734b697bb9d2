package app.resell.exports.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes export rows as RFC 4180 CSV in UTF-8 with a byte-order mark (without one, Excel reads
 * UTF-8 as a legacy code page). Amounts are plain decimals ({@code 1234.50}), dates ISO, flags
 * {@code true}/{@code false}; text is guarded against formula injection by {@link FormulaGuard}.
 * The header line is written before the query runs; the rows follow as the cursor yields them.
 */
public final class CsvExportWriter {

  private final Writer out;
  private final List<ExportColumn> columns;
  private final UnaryOperator<String> photoLinks;

  /**
   * @param photoLinks turns a {@link ColumnType#PHOTO_LINKS} value into the links written
   */
  public CsvExportWriter(
      OutputStream stream, List<ExportColumn> columns, UnaryOperator<String> photoLinks) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    this.columns = columns;
    this.photoLinks = photoLinks;
  }

  public void header() throws IOException {
    out.write('\uFEFF');
    for (int k = 0; k < columns.size(); k++) {
      if (k > 0) out.write(',');
      out.write(columns.get(k).key());
    }
    out.write("\r\n");
    out.flush();
  }

  public void row(ResultSet rs) throws SQLException, IOException {
    for (int k = 0; k < columns.size(); k++) {
      if (k > 0) out.write(',');
      ColumnType type = columns.get(k).type();
      switch (type) {
        case TEXT -> out.write(field(rs.getString(k + 1)));
        case PHOTO_LINKS -> out.write(field(photoLinks.apply(rs.getString(k + 1))));
        // PostgreSQL's own text of numbers and dates is already plain and ISO: no parsing
        case MONEY, DECIMAL, INTEGER, DATE -> {
          String text = rs.getString(k + 1);
          if (text != null) out.write(text);
        }
        default -> out.write(CellValues.text(CellValues.read(rs, k + 1, type)));
      }
    }
    out.write("\r\n");
  }

  public void finish() throws IOException {
    out.flush();
  }

  /** A text field: formula-guarded, quoted when it holds a separator, quote or line break. */
  static String field(String text) {
    if (text == null) return "";
    String guarded = FormulaGuard.guard(text);
    boolean quote = false;
    for (int i = 0; i < guarded.length() && !quote; i++) {
      char c = guarded.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote && !guarded.equals(guarded.strip())) quote = true;
    return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
  }
}

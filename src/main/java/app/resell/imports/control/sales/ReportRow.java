package app.resell.imports.control.sales;

import app.resell.tabular.CsvTable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One data row of a report, its cells found by column name through the {@link ReportHeader}. A cell
 * that does not hold what its column promises throws {@link LineRefused} with a reason that names
 * the column.
 */
public final class ReportRow {

  private final CsvTable.Row row;
  private final ReportHeader header;
  private String currency;

  public ReportRow(CsvTable.Row row, ReportHeader header) {
    this.row = row;
    this.header = header;
  }

  /** A line the reader cannot use, with the reason. */
  public static final class LineRefused extends RuntimeException {
    public LineRefused(String reason) {
      super(reason, null, false, false);
    }
  }

  public int number() {
    return row.number();
  }

  public String rawText() {
    return row.text();
  }

  /** The cell's text, stripped; null when the column is missing or the cell empty or "--". */
  public String text(String... names) {
    int column = header.column(names);
    if (column < 0) return null;
    String cell = row.cell(column).strip();
    return ReportMoney.none(cell) ? null : cell;
  }

  /** The amount in the cell; null when there is none. Remembers the currency sign it carries. */
  public BigDecimal money(String... names) {
    String cell = text(names);
    if (cell == null) return null;
    try {
      BigDecimal amount = ReportMoney.parse(cell);
      String sign = ReportMoney.currency(cell);
      if (sign != null && currency == null) currency = sign;
      return amount;
    } catch (IllegalArgumentException e) {
      throw new LineRefused(names[0] + ": " + e.getMessage());
    }
  }

  /** Like {@link #money}, zero when there is none. */
  public BigDecimal moneyOrZero(String... names) {
    BigDecimal amount = money(names);
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
  }

  /** The sum of the amounts in these columns as positive numbers (fees are printed negative). */
  public BigDecimal feesOf(String... columns) {
    BigDecimal sum = null;
    for (String column : columns) {
      BigDecimal fee = money(column);
      if (fee != null) sum = (sum == null ? BigDecimal.ZERO.setScale(2) : sum).add(fee.abs());
    }
    return sum;
  }

  /** A whole number of units, {@code fallback} when the cell is empty. */
  public int count(int fallback, String... names) {
    String cell = text(names);
    if (cell == null) return fallback;
    try {
      int n = Integer.parseInt(cell.replace(",", ""));
      if (n < 1) throw new LineRefused(names[0] + ": must be at least 1, not " + cell);
      return n;
    } catch (NumberFormatException e) {
      throw new LineRefused(names[0] + ": '" + cell + "' is not a whole number of units");
    }
  }

  public OffsetDateTime date(String... names) {
    String cell = text(names);
    try {
      return ReportDates.parse(cell);
    } catch (IllegalArgumentException e) {
      throw new LineRefused(names[0] + ": " + e.getMessage());
    }
  }

  /** The currency a money cell read so far named by its sign, or null. */
  public String currencySeen() {
    return currency;
  }
}

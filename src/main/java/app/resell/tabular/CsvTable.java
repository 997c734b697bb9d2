package app.resell.tabular;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A csv file as rows of text, for features outside the inventory import that read csv exports
 * (sold-listing research exports for comparable sales). It is the import's own reading, exposed:
 * encoding and delimiter sniffed by {@link TextEncodings} and {@link DelimiterSniffer}, rows
 * numbered as a spreadsheet program shows them, dates read by {@link TextDates} in the order {@link
 * DateOrderVotes} settles for the whole file. One reader for every csv keeps their quirks handled
 * in one place.
 */
public final class CsvTable implements AutoCloseable {

  /** One non-blank row: its 1-based number in the file and its cells, blanks as "". */
  public record Row(int number, List<String> cells) {

    public String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** The non-blank cells joined with " | ", for a rejection report. */
    public String text() {
      return new RawRow(number, cells).text();
    }
  }

  private final CsvRowSource source;

  private CsvTable(CsvRowSource source) {
    this.source = source;
  }

  /** Opens a csv; more than {@code maxRows} rows fail the read with {@code too_many_rows}. */
  public static CsvTable open(Path file, int maxRows) throws SheetReadException {
    return new CsvTable(CsvRowSource.open(file, maxRows));
  }

  /** The next row with some content, or null at the end. */
  public Row next() throws SheetReadException {
    RawRow raw = source.next();
    return raw == null ? null : new Row(raw.rowNumber(), raw.cells());
  }

  /** Whether numeric dates such as 03/04/2024 are day-first in a file holding these date texts. */
  public static DateOrder dateOrder(List<String> dateTexts) {
    DateOrderVotes votes = new DateOrderVotes();
    dateTexts.forEach(votes::observe);
    return votes.order();
  }

  /** The date a text stands for, as the inventory import reads it, or empty. */
  public static Optional<LocalDate> date(String text, DateOrder order) {
    return TextDates.parse(text, order);
  }

  @Override
  public void close() {
    source.close();
  }
}

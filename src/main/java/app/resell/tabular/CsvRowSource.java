package app.resell.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of a csv through Commons CSV, after {@link TextEncodings} and {@link DelimiterSniffer}
 * settled how to read it. A row number is the csv record number, which is the row Excel shows when
 * it opens the file (a quoted cell spanning lines is still one row).
 */
public final class CsvRowSource implements RowSource {

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Charset charset;
  private final char delimiter;
  private final int maxRows;

  private CsvRowSource(CSVParser parser, Charset charset, char delimiter, int maxRows) {
    this.parser = parser;
    this.records = parser.iterator();
    this.charset = charset;
    this.delimiter = delimiter;
    this.maxRows = maxRows;
  }

  public static CsvRowSource open(Path file, int maxRows) throws SheetReadException {
    try {
      TextEncodings.Detected enc = TextEncodings.detect(file);
      char delimiter;
      try (BufferedReader sample = reader(file, enc)) {
        char[] buf = new char[64 * 1024];
        int n = sample.read(buf);
        delimiter = DelimiterSniffer.sniff(n <= 0 ? "" : new String(buf, 0, n));
      }
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setIgnoreEmptyLines(false)
              .setIgnoreSurroundingSpaces(true)
              .get();
      CSVParser parser = CSVParser.parse(reader(file, enc), format);
      return new CsvRowSource(parser, enc.charset(), delimiter, maxRows);
    } catch (IOException | UncheckedIOException e) {
      throw new SheetReadException(SheetReadException.CORRUPT, "The csv file cannot be read.", e);
    }
  }

  private static BufferedReader reader(Path file, TextEncodings.Detected enc) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(enc.bomLength());
    return new BufferedReader(new InputStreamReader(in, enc.charset()), 64 * 1024);
  }

  public Charset charset() {
    return charset;
  }

  public char delimiter() {
    return delimiter;
  }

  @Override
  public RawRow next() throws SheetReadException {
    try {
      while (records.hasNext()) {
        CSVRecord r = records.next();
        long number = r.getRecordNumber();
        if (number > maxRows) {
          throw new SheetReadException(
              SheetReadException.TOO_MANY_ROWS,
              "The file has more than " + maxRows + " rows; split it into smaller files.");
        }
        List<String> cells = new ArrayList<>(r.size());
        for (String v : r) cells.add(v == null ? "" : withoutFormulaGuard(v));
        RawRow row = new RawRow((int) number, cells);
        if (!row.blank()) return row;
      }
      return null;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new SheetReadException(
          SheetReadException.CORRUPT,
          "The csv file is malformed near record "
              + (parser.getRecordNumber() + 1)
              + " (often an unclosed quote).",
          e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing left to read; the file handle is released either way.
    }
  }

  /**
   * A cell as written before a spreadsheet guarded it: Resell's CSV export (and OWASP's advice)
   * puts a single quote before text that begins with = + - @, a tab or a carriage return, so no
   * spreadsheet runs it as a formula. The quote is not part of the value.
   */
  public static String withoutFormulaGuard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }
}

package app.resell.analytics.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV that spreadsheets open safely: RFC 4180 quoting, UTF-8, and text cells that start with
 * a formula trigger (= + - @ tab or carriage return) prefixed with an apostrophe so a spreadsheet
 * shows them instead of running them. Numbers are written as they are (a negative profit stays a
 * number).
 */
public final class CsvCells {

  private CsvCells() {}

  public static String safe(Object value) {
    if (value == null) return "";
    if (value instanceof Number || value instanceof Boolean) return value.toString();
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) return "'" + text;
    return text;
  }

  /** Streams a header and rows of cells (cells made safe here). */
  public static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(header);
    for (List<?> row : rows) {
      csv.printRecord(row.stream().map(CsvCells::safe).toList());
    }
    csv.flush();
  }
}

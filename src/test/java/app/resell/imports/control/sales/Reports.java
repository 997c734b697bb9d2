package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The report fixtures of src/test/resources/sales, read as the import reads them. */
final class Reports {

  static final String MARK = "t3st";
  static final String NUMBER = "777";

  private Reports() {}

  /** A fixture with its placeholders filled: {m} a marker, {n} digits. */
  static String text(String name, String marker, String number) {
    try (InputStream in = Reports.class.getResourceAsStream("/sales/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{m}", marker)
          .replace("{n}", number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SalesReportParser.Parsed parse(String name) {
    return parse(name, null, Map.of());
  }

  static SalesReportParser.Parsed parse(
      String name, Platform platform, Map<String, String> mapping) {
    try {
      Path file = Files.createTempFile("report", name.substring(name.lastIndexOf('.')));
      try {
        Files.writeString(file, text(name, MARK, NUMBER));
        return SalesReportParser.parse(file, platform, mapping, 100_000);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | SheetReadException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report's sale lines, after checking it has no rejected ones. */
  static List<SaleLine> sales(SalesReportParser.Parsed report) {
    assertThat(report.lines()).allMatch(l -> l instanceof SaleLine, "no line rejected");
    return report.lines().stream().map(SaleLine.class::cast).toList();
  }
}

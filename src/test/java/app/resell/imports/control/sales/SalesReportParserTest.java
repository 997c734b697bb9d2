package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a report's layout by its header, and the column mapping for any other layout. */
class SalesReportParserTest {

  @TempDir Path dir;

  static final String FACEBOOK =
      String.join(
          "\n",
          "Marketplace sales",
          "Sold on,Listing,Buyer,Amount,Order",
          "08/30/2026,Oak rocking chair,Sam B,$85.00,FB-1",
          "08/31/2026,Milk glass vase,Kim C,oops,FB-2");

  @Test
  void anUnknownLayoutIsRefusedNamingTheMappingToSend() throws Exception {
    Path file = write(FACEBOOK);
    assertThatThrownBy(() -> SalesReportParser.parse(file, null, Map.of(), 1000))
        .isInstanceOf(SheetReadException.class)
        .hasMessageContaining("column mapping");
    assertThatThrownBy(() -> SalesReportParser.detect(file, Platform.FACEBOOK, Map.of(), 1000))
        .hasMessageContaining("facebook");
  }

  @Test
  void theColumnMappingReadsAnyLayoutAndRejectsBadLinesWithTheColumn() throws Exception {
    Map<String, String> mapping = new LinkedHashMap<>();
    mapping.put("Sold on", "sold_date");
    mapping.put("Listing", "title");
    mapping.put("Amount", "sold_price");
    mapping.put("Order", "order_id");
    SalesReportParser.Parsed report =
        SalesReportParser.parse(write(FACEBOOK), Platform.FACEBOOK, mapping, 1000);
    assertThat(report.format()).isEqualTo("mapped");
    assertThat(report.headerRow()).isEqualTo(2);
    List<ReportLine> lines = report.lines();
    SaleLine chair = (SaleLine) lines.get(0);
    assertThat(chair.platform()).isEqualTo(Platform.FACEBOOK);
    assertThat(chair.title()).isEqualTo("Oak rocking chair");
    assertThat(chair.unitPrice()).isEqualByComparingTo("85.00");
    assertThat(chair.orderId()).isEqualTo("FB-1");
    RejectedLine vase = (RejectedLine) lines.get(1);
    assertThat(vase.row()).isEqualTo(4);
    assertThat(vase.reason()).contains("Amount").contains("oops");
  }

  @Test
  void aMappingToAnUnknownFieldOrWithoutAPlatformIsRefused() throws Exception {
    Path file = write(FACEBOOK);
    assertThatThrownBy(
            () -> SalesReportParser.parse(file, Platform.FACEBOOK, Map.of("Amount", "price"), 1000))
        .hasMessageContaining("'price' is no sale field");
    assertThatThrownBy(
            () -> SalesReportParser.parse(file, null, Map.of("Amount", "sold_price"), 1000))
        .hasMessageContaining("platform");
  }

  @Test
  void aPlatformNamedLimitsTheLayoutsTried() throws Exception {
    Path file = write(Reports.text("mercari-sales.csv", "x", "1"));
    assertThat(SalesReportParser.detect(file, Platform.MERCARI, Map.of(), 1000).name())
        .isEqualTo("mercari_sales");
    assertThatThrownBy(() -> SalesReportParser.detect(file, Platform.EBAY, Map.of(), 1000))
        .hasMessageContaining("ebay");
  }

  private Path write(String text) throws Exception {
    Path file = Files.createTempFile(dir, "report", ".csv");
    Files.writeString(file, text);
    return file;
  }
}

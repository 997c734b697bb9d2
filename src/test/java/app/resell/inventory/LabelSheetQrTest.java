package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.locations.control.LabelSheet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Every label's QR code reads back, whatever the text: item links are long (a UUID after the
 * server's address) and pick different QR versions and masks, so one sheet of fixed random links
 * per address length is decoded cell by cell.
 */
@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class LabelSheetQrTest {

  @Test
  void everyItemLinkOnASheetDecodes() throws Exception {
    Random random = new Random(20261124);
    for (String base :
        List.of(
            "http://127.0.0.1:8080",
            "http://127.0.0.1:39789",
            "https://resell.example-shop.com",
            "https://inventory.my-very-long-business-name.example.com:8443")) {
      List<String> links =
          IntStream.range(0, LabelSheet.PER_PAGE)
              .mapToObj(
                  i ->
                      base
                          + "/#/items/"
                          + new UUID(random.nextLong(), random.nextLong()).toString())
              .toList();
      byte[] sheet =
          LabelSheet.pdf(
              links.stream()
                  .map(link -> new LabelSheet.Label(link, "Item title", "SKU-1 · Box A"))
                  .toList());
      try (var pdf = Loader.loadPDF(sheet)) {
        assertThat(QrPages.decode(pdf, 0)).as(base).containsExactlyElementsOf(links);
      }
    }
  }
}

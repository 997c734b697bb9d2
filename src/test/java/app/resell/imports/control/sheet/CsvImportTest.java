package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;
import static org.assertj.core.api.Assertions.assertThat;

import app.resell.tabular.DateOrder;
import app.resell.tabular.UncheckedSheetReadException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvImportTest {

  static Path resource(String name) {
    try {
      return Path.of(CsvImportTest.class.getResource("/sheets/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsSemicolonUtf8WithBomDayFirstAndDecimalCommas() throws Exception {
    Path file = resource("semicolon-bom-dmy.csv");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      SheetLayout layout = reader.layout();
      assertThat(layout.format()).isEqualTo(SheetFormat.CSV);
      assertThat(layout.delimiter()).isEqualTo(';');
      assertThat(layout.encoding()).isEqualTo("UTF-8");
      assertThat(layout.headerRowNumber()).isEqualTo(2);
      assertThat(layout.dateOrder()).isEqualTo(DateOrder.DMY);
      assertThat(layout.dateOrderAmbiguous()).isFalse();
      assertThat(layout.headers().get(0))
          .as("BOM is not part of the first header")
          .isEqualTo("Item");
    }
    List<ParsedRow> rows = SheetImportReaderTest.parsed(file, Map.of());
    assertThat(rows)
        .extracting(ParsedRow::itemName)
        .containsExactly("Löwenbräu stein", "Limoges — café set", "Brass lamp");
    assertThat(rows.get(0).acquisitionDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(rows.get(0).bidAmount()).isEqualByComparingTo("12.50");
    assertThat(rows.get(1).bidAmount()).isEqualByComparingTo("1234.50");
    assertThat(rows.get(1).notes()).isEqualTo("Cup; saucer");
    assertThat(rows.get(2).acquisitionDate()).isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void fallsBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
    Path file = resource("windows-1252.csv");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().encoding()).isEqualTo("windows-1252");
      assertThat(reader.layout().delimiter()).isEqualTo(',');
    }
    assertThat(SheetImportReaderTest.parsed(file, Map.of()))
        .extracting(ParsedRow::itemName)
        .containsExactly("Café au lait bowl", "Pound note £1");
  }

  @Test
  void readsUtf16WithBomAndTabs() throws Exception {
    Path file = resource("tab-utf16.csv");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().encoding()).isEqualTo("UTF-16LE");
      assertThat(reader.layout().delimiter()).isEqualTo('\t');
    }
    List<ParsedRow> rows = SheetImportReaderTest.parsed(file, Map.of());
    assertThat(rows).extracting(ParsedRow::itemName).containsExactly("日本の茶碗", "Ёлочная игрушка");
    assertThat(rows).extracting(ParsedRow::acquisitionDate).containsOnly(LocalDate.of(2024, 3, 4));
    assertThat(rows.get(0).quantity()).isEqualTo(2);
  }

  @Test
  void readsPipesAndSeveralPlatformsInOneCell() throws Exception {
    Path file = resource("pipe.csv");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().delimiter()).isEqualTo('|');
    }
    List<ParsedRow> rows = SheetImportReaderTest.parsed(file, Map.of());
    assertThat(rows.get(0).listings())
        .extracting(ParsedListing::platform, ParsedListing::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(app.resell.taxonomy.entity.Platform.EBAY, "sold"),
            org.assertj.core.groups.Tuple.tuple(
                app.resell.taxonomy.entity.Platform.FACEBOOK, "active"));
    assertThat(rows.get(1).listings())
        .singleElement()
        .extracting(ParsedListing::status)
        .isEqualTo("active");
  }

  @Test
  void readsExcelsSepLineAndPercentPremiums(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("sep.csv");
    java.nio.file.Files.writeString(file, "sep=;\r\nItem;Hammer;BP\r\nMantel clock;40,00;18%\r\n");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().delimiter()).isEqualTo(';');
      assertThat(reader.layout().headerRowNumber()).isEqualTo(2);
    }
    ParsedRow clock = SheetImportReaderTest.parsed(file, Map.of()).get(0);
    assertThat(clock.bidAmount()).isEqualByComparingTo("40.00");
    assertThat(clock.buyersPremium()).isEqualByComparingTo("7.20");
  }

  @Test
  void resumesAtARowNumber() throws Exception {
    Path file = resource("sales.csv");
    List<SheetRow> all;
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      all = SheetImportReaderTest.drain(reader);
    }
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      reader.skipTo(6);
      assertThat(SheetImportReaderTest.drain(reader))
          .isEqualTo(all.stream().filter(r -> r.rowNumber() >= 6).toList())
          .first()
          .extracting(SheetRow::rowNumber)
          .isEqualTo(6);
    }
  }

  @Test
  void reportsAnUnclosedQuoteAsCorrupt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("broken.csv");
    java.nio.file.Files.writeString(file, "Item,Cost\nLamp,5\n\"Vase,3\nJug,4\n");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.next().get(ITEM_NAME)).isEqualTo("Lamp");
      org.assertj.core.api.Assertions.assertThatThrownBy(reader::next)
          .isInstanceOf(UncheckedSheetReadException.class)
          .extracting(e -> ((UncheckedSheetReadException) e).code())
          .isEqualTo("corrupt");
    }
  }

  @Test
  void mapsResellsOwnExportLosslessly() throws Exception {
    Path file = resource("resell-export.csv");
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().unmappedColumns()).isEmpty();
      assertThat(reader.layout().columns().values())
          .contains(
              new ColumnTarget(LIST_PRICE, app.resell.taxonomy.entity.Platform.EBAY),
              new ColumnTarget(SOLD_DATE, app.resell.taxonomy.entity.Platform.ETSY),
              ColumnTarget.of(SHIPPING_COST),
              ColumnTarget.of(SOLD_PRICE),
              ColumnTarget.of(PLATFORM_FEES));
    }
    ParsedRow vase = SheetImportReaderTest.parsed(file, Map.of()).get(0);
    assertThat(vase.itemName()).isEqualTo("Hull vase");
    assertThat(vase.description()).isEqualTo("Green drip glaze");
    assertThat(vase.category()).isEqualTo(app.resell.taxonomy.entity.Category.POTTERY);
    assertThat(vase.condition()).isEqualTo(app.resell.taxonomy.entity.Condition.VERY_GOOD);
    assertThat(vase.shippingCost()).isEqualByComparingTo("4.00");
    assertThat(vase.salesTax()).isEqualByComparingTo("0.92");
    assertThat(vase.invoiceId()).isEqualTo("INV-9");
    assertThat(vase.storageBin()).isEqualTo("B3");
    assertThat(vase.estimatedValue()).isEqualByComparingTo("60");
    assertThat(vase.keywords()).containsExactly("hull", "vase", "mcm");
    assertThat(vase.notes()).isEqualTo("chip on base");
    ParsedListing ebay = vase.listings().get(0);
    assertThat(ebay.platform()).isEqualTo(app.resell.taxonomy.entity.Platform.EBAY);
    assertThat(ebay.status()).isEqualTo("sold");
    assertThat(ebay.listPrice()).isEqualByComparingTo("55.00");
    assertThat(ebay.listingUrl()).isEqualTo("https://www.ebay.com/itm/123");
    assertThat(ebay.listedDate()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(ebay.soldDate()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(ebay.soldPrice()).isEqualByComparingTo("52.00");
    assertThat(ebay.platformFees()).isEqualByComparingTo("7.80");
    ParsedListing etsy = vase.listings().get(1);
    assertThat(etsy.platform()).isEqualTo(app.resell.taxonomy.entity.Platform.ETSY);
    assertThat(etsy.status()).isEqualTo("active");
    assertThat(etsy.listPrice()).isEqualByComparingTo("58.00");
    assertThat(etsy.listingUrl()).isEqualTo("https://www.etsy.com/listing/9");
    assertThat(etsy.soldPrice()).isNull();
  }
}

package app.resell.comps.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.comps.entity.ComparableSale;
import app.resell.tabular.SheetReadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompsCsvTest {

  @TempDir Path dir;

  private CompsCsv.Result read(String csv) throws IOException, SheetReadException {
    Path file = dir.resolve("comps.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return CompsCsv.read(file, "terapeak", null, 1000);
  }

  @Test
  void findsTheColumnsBySynonymsAndPrefersTheSoldPriceOverTheTotal() {
    var columns =
        CompsCsv.columns(List.of("Total", "Item", "Sold For", "End Date", "Link", "Postage"));
    assertThat(columns)
        .containsEntry(CompsCsv.Column.TITLE, 1)
        .containsEntry(CompsCsv.Column.PRICE, 2)
        .containsEntry(CompsCsv.Column.SOLD_DATE, 3)
        .containsEntry(CompsCsv.Column.URL, 4)
        .containsEntry(CompsCsv.Column.SHIPPING, 5);
    assertThat(CompsCsv.columns(List.of("Title", "Total"))).containsEntry(CompsCsv.Column.PRICE, 1);
  }

  @Test
  void readsAWorthPointStyleExportWithDayFirstDatesAndSemicolons() throws Exception {
    var result =
        read(
            "Title;Price;Sale Date;Condition\n"
                + "Moorcroft vase;EUR 1;25/03/2024;Excellent\n"
                + "Moorcroft bowl;$120.00;04/03/2024;very good\n"
                + "Moorcroft jug;85;;Used\n");
    assertThat(result.headerRow()).isEqualTo(1);
    assertThat(result.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.row()).isEqualTo(2);
              assertThat(r.reason()).isEqualTo("the price 'EUR 1' is not an amount");
              assertThat(r.text()).contains("Moorcroft vase");
            });
    List<ComparableSale> comps = result.comps();
    assertThat(comps)
        .extracting(ComparableSale::title)
        .containsExactly("Moorcroft bowl", "Moorcroft jug");
    // 25/03/2024 can only be day-first, so 04/03/2024 is 4 March
    assertThat(comps.get(0).soldDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(comps.get(0).condition()).isEqualTo("very_good");
    assertThat(comps.get(0).source()).isEqualTo("terapeak");
    assertThat(comps.get(1).soldDate()).isNull();
    assertThat(comps.get(1).condition()).isEqualTo("unknown");
    assertThat(comps.get(1).price()).isEqualByComparingTo("85.00");
  }

  @Test
  void rejectsFutureDatesLongTitlesAndBadShipping() throws Exception {
    String future = LocalDate.now().plusDays(10).toString();
    var result =
        read(
            "Title,Price,Date,Shipping\n"
                + "A,1.00,"
                + future
                + ",\n"
                + "x".repeat(501)
                + ",1.00,,\n"
                + "B,1.00,,free\n"
                + "C,1.00,,(2.00)\n");
    assertThat(result.comps()).isEmpty();
    assertThat(result.rejected())
        .extracting(CompsCsv.Rejected::reason)
        .containsExactly(
            "the sold date " + future + " is in the future",
            "the title is longer than 500 characters",
            "the shipping 'free' is not an amount",
            "the shipping -2.00 is negative");
  }

  @Test
  void attachesTheCompsToTheItemGiven() throws Exception {
    Path file = dir.resolve("one.csv");
    Files.writeString(file, "Item,Sold Price\nLamp,10\n");
    UUID lot = UUID.randomUUID();
    assertThat(CompsCsv.read(file, "csv", lot, 10).comps().get(0).lotId()).isEqualTo(lot);
  }

  @Test
  void aFileWithoutTitleAndPriceHeadersIsRefused() {
    assertThatThrownBy(() -> read("Name of thing,Amount\nLamp,10\n"))
        .isInstanceOf(SheetReadException.class)
        .extracting(e -> ((SheetReadException) e).code())
        .isEqualTo(SheetReadException.NO_HEADER);
  }

  @Test
  void marketplaceConditionWordsMapOnlyWhereTheyAreUnambiguous() {
    assertThat(CompsCsv.condition("New with tags")).contains("mint");
    assertThat(CompsCsv.condition("For parts or not working")).contains("parts");
    assertThat(CompsCsv.condition("Pre-owned")).contains("unknown");
    assertThat(CompsCsv.condition("fair")).contains("fair");
    assertThat(CompsCsv.condition("")).isEmpty();
  }
}

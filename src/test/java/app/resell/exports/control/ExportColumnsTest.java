package app.resell.exports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportColumnsTest {

  @Test
  void noColumnsMeansTheFlattenedExportWithEveryPlatform() {
    List<String> keys = ExportColumns.parse(" ").stream().map(ExportColumn::key).toList();
    assertThat(keys).startsWith("lot_id", "invoice_id").endsWith("created_at", "updated_at");
    for (Platform p : Platform.values()) {
      assertThat(keys)
          .containsSubsequence(
              p.value() + "_listed", p.value() + "_price", p.value() + "_url", p.value() + "_sold")
          .doesNotContain(p.value() + "_status");
    }
    assertThat(keys)
        .containsSubsequence(
            "sale_price",
            "sale_date",
            "total_platform_fees",
            "net_profit",
            "roi_percent",
            "days_to_sell");
  }

  @Test
  void chosenColumnsKeepTheClientsOrderWithoutRepeats() {
    assertThat(ExportColumns.parse("net_profit, ITEM_NAME,ebay_status,,item_name"))
        .extracting(ExportColumn::key)
        .containsExactly("net_profit", "item_name", "ebay_status");
  }

  @Test
  void anUnknownColumnIsA400ListingTheAllowedOnes() {
    assertThatThrownBy(() -> ExportColumns.parse("item_name,profit; DROP TABLE inventory"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors().get(0).field()).isEqualTo("columns");
              assertThat(e.errors().get(0).message())
                  .contains("'profit; DROP TABLE inventory' is not allowed")
                  .contains("item_name, description")
                  .contains("ebay_status")
                  .contains("roi_percent");
            });
  }

  @Test
  void amountsAndDatesAreTypedColumns() {
    assertThat(type("total_cost")).isEqualTo(ColumnType.MONEY);
    assertThat(type("ebay_price")).isEqualTo(ColumnType.MONEY);
    assertThat(type("acquisition_date")).isEqualTo(ColumnType.DATE);
    assertThat(type("sale_date")).isEqualTo(ColumnType.DATE);
    assertThat(type("quantity")).isEqualTo(ColumnType.INTEGER);
    assertThat(type("etsy_sold")).isEqualTo(ColumnType.BOOLEAN);
    assertThat(type("roi_percent")).isEqualTo(ColumnType.DECIMAL);
    assertThat(type("item_name")).isEqualTo(ColumnType.TEXT);
  }

  @Test
  void theItemsOwnColumnsAreTypedFromTheFieldTable() {
    assertThat(type("lot_id")).isEqualTo(ColumnType.TEXT);
    assertThat(type("category")).isEqualTo(ColumnType.TEXT);
    assertThat(type("keywords")).isEqualTo(ColumnType.TEXT);
    assertThat(type("quantity_sold")).isEqualTo(ColumnType.INTEGER);
    assertThat(type("estimated_value")).isEqualTo(ColumnType.MONEY);
    assertThat(type("needs_repair")).isEqualTo(ColumnType.BOOLEAN);
    assertThat(type("created_at")).isEqualTo(ColumnType.TIMESTAMP);
    assertThat(ExportColumns.parse("category,storage_bin,created_at"))
        .extracting(ExportColumn::sql)
        .containsExactly("CAST(i.category AS text)", "i.storage_bin", "i.created_at");
  }

  private static ColumnType type(String key) {
    return ExportColumns.parse(key).get(0).type();
  }
}

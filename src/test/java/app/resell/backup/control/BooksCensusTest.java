package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A restore is compared with its backup table by table and money column by money column. */
class BooksCensusTest {

  final BooksCensus backup =
      new BooksCensus(
          Map.of("inventory", 100L, "sales", 4L),
          Map.of("sales.sold_price", new BigDecimal("99.90")));

  @Test
  void equalFiguresHaveNoDifferenceWhateverTheScale() {
    BooksCensus same =
        new BooksCensus(
            Map.of("sales", 4L, "inventory", 100L),
            Map.of("sales.sold_price", new BigDecimal("99.9")));
    assertThat(same.differencesFrom(backup)).isEmpty();
  }

  @Test
  void aMissingRowAMissingTableAndAChangedSumAreEachNamed() {
    BooksCensus restored =
        new BooksCensus(
            Map.of("inventory", 99L), Map.of("sales.sold_price", new BigDecimal("99.91")));
    assertThat(restored.differencesFrom(backup))
        .containsExactly(
            "inventory: 99 rows, the backup has 100",
            "sales: null rows, the backup has 4",
            "sales.sold_price: sums to 99.91, the backup has 99.90");
  }
}

package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Category;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemFilterTest {

  private static ItemFilter parse(String name, String value) {
    String[] p = new String[16];
    int index =
        java.util.List.of(
                "page",
                "limit",
                "after",
                "search",
                "category",
                "condition",
                "storage_location",
                "storage_bin",
                "status",
                "platform",
                "min_roi",
                "max_days_listed",
                "acquired_from",
                "acquired_to",
                "sort",
                "order")
            .indexOf(name);
    if (index >= 0) p[index] = value;
    return ItemFilter.parse(
        p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13],
        p[14], p[15]);
  }

  @Test
  void defaults() {
    ItemFilter f = parse("none", null);
    assertThat(f.page()).isEqualTo(1);
    assertThat(f.limit()).isEqualTo(50);
    assertThat(f.sort()).isEqualTo(ItemFilter.Sort.ACQUISITION_DATE);
    assertThat(f.descending()).isTrue();
    assertThat(f.status()).isEqualTo(ItemFilter.Status.ALL);
    assertThat(parse("search", "vict").sort()).isEqualTo(ItemFilter.Sort.RELEVANCE);
    assertThat(parse("sort", "name").descending()).isFalse();
    assertThat(parse("category", "Furniture").category()).isEqualTo(Category.FURNITURE);
  }

  @Test
  void wrongValuesNameTheParameterAndTheAllowedValues() {
    assertThatThrownBy(() -> parse("sort", "price"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("sort")
        .hasMessageContaining("acquisition_date, value, name, roi, days_listed, cost");
    assertThatThrownBy(() -> parse("category", "spaceships")).hasMessageContaining("antiques");
    assertThatThrownBy(() -> parse("condition", "shiny")).hasMessageContaining("very_good");
    assertThatThrownBy(() -> parse("status", "gone")).hasMessageContaining("unlisted");
    assertThatThrownBy(() -> parse("platform", "myspace")).hasMessageContaining("ebay");
    assertThatThrownBy(() -> parse("order", "up")).hasMessageContaining("asc, desc");
    assertThatThrownBy(() -> parse("limit", "101")).hasMessageContaining("limit");
    assertThatThrownBy(() -> parse("limit", "0")).hasMessageContaining("limit");
    assertThatThrownBy(() -> parse("page", "x")).hasMessageContaining("page");
    assertThatThrownBy(() -> parse("min_roi", "lots")).hasMessageContaining("min_roi");
    assertThatThrownBy(() -> parse("acquired_from", "yesterday"))
        .hasMessageContaining("acquired_from");
    assertThatThrownBy(() -> parse("after", "!!garbage")).hasMessageContaining("after");
  }

  @Test
  void cursorRoundTrips() {
    UUID id = UUID.randomUUID();
    ItemFilter.Cursor cursor = new ItemFilter.Cursor("2024-01-02 10:00:00+00|x", id);
    assertThat(parse("after", cursor.encode()).after()).isEqualTo(cursor);
  }

  @Test
  void userTextNeverReachesTheSql() {
    String evil = "'; DROP TABLE inventory; --";
    ItemFilter f = parse("storage_location", evil);
    for (boolean totals : new boolean[] {true, false}) {
      ItemSearchSql.Statement page = ItemSearchSql.page(f, totals);
      assertThat(page.sql()).doesNotContain("DROP");
      assertThat(page.parameters()).contains(evil);
      assertThat(page.sql().chars().filter(c -> c == '?').count())
          .isEqualTo(page.parameters().size());
    }
    ItemSearchSql.Statement searched = ItemSearchSql.aggregates(parse("search", evil));
    assertThat(searched.sql()).doesNotContain("DROP");
  }
}

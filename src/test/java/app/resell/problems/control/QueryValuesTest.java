package app.resell.problems.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryValuesTest {

  @Test
  void flagsAreTrueOrFalseInAnyCaseAndBlankIsNotGiven() {
    assertThat(QueryValues.flag("f", "TRUE")).isTrue();
    assertThat(QueryValues.flag("f", " false ")).isFalse();
    assertThat(QueryValues.flag("f", null)).isNull();
    assertThat(QueryValues.flag("f", " ")).isNull();
    assertThatThrownBy(() -> QueryValues.flag("totals", "yes"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("true, false");
  }

  @Test
  void wholeNumbersAreCheckedAgainstTheirRange() {
    assertThat(QueryValues.whole("limit", null, 50, 1, 100)).isEqualTo(50);
    assertThat(QueryValues.whole("limit", " 100 ", 50, 1, 100)).isEqualTo(100);
    for (String bad : new String[] {"0", "101", "1.5", "ten", "99999999999"}) {
      assertThatThrownBy(() -> QueryValues.whole("limit", bad, 50, 1, 100))
          .isInstanceOf(ProblemException.class)
          .hasMessageContaining("from 1 to 100");
    }
    assertThatThrownBy(() -> QueryValues.whole("page", "-1", 1, 1, Integer.MAX_VALUE))
        .hasMessageContaining("of 1 or more");
  }
}

package app.resell.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$1,234.50|1234.50",
        "1234.5|1234.50",
        "12|12.00",
        "(12.00)|-12.00",
        "($1,000.00)|-1000.00",
        "-$5.25|-5.25",
        "$-5.25|-5.25",
        "5.25-|-5.25",
        "5.25 CR|-5.25",
        "USD 7|7.00",
        "0.005|0.01",
        ".50|0.50",
        "  $ 3.10  |3.10"
      })
  void readsPrintedAmounts(String text, String expected) {
    assertThat(MoneyText.parse(text)).contains(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "12A", "1,23", "(12.00", "$", "3/4/2024", "12.00.1"})
  void rejectsWhatIsNotMoney(String text) {
    assertThat(MoneyText.parse(text)).isEmpty();
  }
}

package app.resell.problems.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void saneNumbersAreReadAsGiven() {
    assertThat(Decimals.parse("price", " 12.50 ")).isEqualByComparingTo("12.50");
    assertThat(Decimals.parse("price", "1e3")).isEqualByComparingTo("1000");
    assertThat(Decimals.parse("price", "-0.000000000001")).isEqualByComparingTo("-1e-12");
    assertThat(Decimals.parse("price", "99999999999999999999")).hasToString("99999999999999999999");
    assertThat(Decimals.parse("price", "1.500000000000000000000")).isEqualByComparingTo("1.5");
    assertThat(Decimals.parse("price", " ")).isNull();
  }

  @Test
  void numberBombsAreRefusedNamingTheFieldWithoutExpandingThem() {
    BigDecimal huge = new BigDecimal("1" + "0".repeat(100_000)); // parsing it is the slow part
    long started = System.nanoTime();
    for (String bomb :
        new String[] {
          "1e10000000",
          "1e-10000000",
          "0e-10000000",
          "0e10000000",
          "123456789012345678901",
          "1.0000000000001",
          "9".repeat(41),
          "1" + "0".repeat(100)
        }) {
      assertThatThrownBy(() -> Decimals.parse("sold_price", bomb))
          .isInstanceOf(ProblemException.class)
          .hasMessageStartingWith("sold_price: is not a usable number");
    }
    assertThat(Decimals.withinBounds(BigDecimal.ONE.scaleByPowerOfTen(1_000_000_000))).isFalse();
    assertThat(Decimals.withinBounds(huge)).isFalse();
    assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
  }

  @Test
  void textThatIsNotANumberNamesTheField() {
    assertThatThrownBy(() -> Decimals.parse("shipping_cost", "[1]"))
        .hasMessage("shipping_cost: '[1]' is not a number");
    assertThatThrownBy(() -> Decimals.parse("shipping_cost", "NaN"))
        .hasMessageContaining("is not a number");
  }
}

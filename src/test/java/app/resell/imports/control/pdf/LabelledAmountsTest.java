package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledAmountsTest {

  private static List<String> words(String line) {
    return Arrays.asList(line.split(" +"));
  }

  @Test
  void eachAmountTakesTheRoleItsLabelNames() {
    LabelledAmounts a =
        LabelledAmounts.of(words("Lot 14 Hammer $120.00 Premium $21.60 Total $141.60"))
            .orElseThrow();
    assertThat(a.start()).isEqualTo(2);
    assertThat(a.bid()).isEqualByComparingTo("120.00");
    assertThat(a.premium()).isEqualByComparingTo("21.60");
    assertThat(a.total()).isEqualByComparingTo("141.60");

    LabelledAmounts b =
        LabelledAmounts.of(words("#7 Copper kettle Bid: 45.00 BP: 8.10 Sales Tax 4.26"))
            .orElseThrow();
    assertThat(words("#7 Copper kettle Bid: 45.00 BP: 8.10 Sales Tax 4.26").subList(0, b.start()))
        .containsExactly("#7", "Copper", "kettle");
    assertThat(b.bid()).isEqualByComparingTo("45.00");
    assertThat(b.premium()).isEqualByComparingTo("8.10");
    assertThat(b.tax()).isEqualByComparingTo("4.26");
    assertThat(b.amounts()).hasSize(3);
  }

  @Test
  void aTitleEndingInOneLabelledPriceIsNoLabelledLine() {
    assertThat(LabelledAmounts.of(words("12 Framed print, total 2 pieces 12.00"))).isEmpty();
    assertThat(LabelledAmounts.of(words("Lot 137-3 Hammer $1,250.00"))).isEmpty();
    assertThat(LabelledAmounts.of(words("12 Oak chair 45.00 8.10 53.10"))).isEmpty();
    // a lone "Lot total" is the lot's; a lone "Total" is the invoice's
    assertThat(LabelledAmounts.of(words("Lot Total: $109.14")).orElseThrow().total())
        .isEqualByComparingTo("109.14");
    assertThat(LabelledAmounts.of(words("Total: $185.97"))).isEmpty();
    // a label named twice is a line of some other kind
    assertThat(LabelledAmounts.of(words("Total 5.00 Total 6.00"))).isEmpty();
  }
}

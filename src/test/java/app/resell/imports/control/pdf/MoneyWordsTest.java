package app.resell.imports.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyWordsTest {

  @Test
  void readsOtherCurrenciesAsMoney() {
    List<TextLine> lines = lines("12 | Oak table | £1,250.00 | £300.00", "Total | C$ 1,550.00");
    assertThat(texts(MoneyWords.normalise(lines)))
        .containsExactly("12 | Oak table | $1,250.00 | $300.00", "Total | $ 1,550.00");
    assertThat(MoneyWords.dayFirst(lines)).isTrue();
  }

  @Test
  void readsDecimalCommasWhenTheInvoicePrintsThem() {
    List<TextLine> lines =
        lines(
            "201 | Vase | 1.234,56 € | 308,64 €",
            "202 | Lamp | 12,50 € | 3,13 €",
            "Total | 1.558,83");
    assertThat(texts(MoneyWords.normalise(lines)))
        .containsExactly(
            "201 | Vase | $1,234.56 | $308.64", "202 | Lamp | $12.50 | $3.13", "Total | 1,558.83");
    assertThat(MoneyWords.dayFirst(lines)).isTrue();
  }

  @Test
  void aDollarInvoiceKeepsItsCommasAndMonthFirst() {
    List<TextLine> lines =
        lines(
            "12 | Griswold skillets 8,10 | 45.00",
            "13 | Crock 5,10 gallon | 12.00",
            "14 | Sizes 6,12 | 7.50",
            "Total | 64.50");
    assertThat(texts(MoneyWords.normalise(lines))).isEqualTo(texts(lines));
    assertThat(MoneyWords.dayFirst(lines)).isFalse();
  }

  @Test
  void aSignInsideATitleStaysAsPrinted() {
    List<TextLine> lines = lines("12 | Coin, £5 piece 1887 | 45.00");
    assertThat(texts(MoneyWords.normalise(lines))).isEqualTo(texts(lines));
    assertThat(LotText.money("£300")).contains(new java.math.BigDecimal("300.00"));
    List<TextLine> glued = lines("12 | Price list in €uros | 45.00");
    assertThat(texts(MoneyWords.normalise(glued))).isEqualTo(texts(glued));
  }

  /** Lines of cells separated by " | ", words by spaces, at made-up positions. */
  private static List<TextLine> lines(String... texts) {
    List<TextLine> out = new ArrayList<>();
    for (int n = 0; n < texts.length; n++) {
      List<TextLine.Cell> cells = new ArrayList<>();
      float x = 50;
      for (String cell : texts[n].split(" \\| ")) {
        List<TextLine.Word> words = new ArrayList<>();
        for (String w : cell.split(" ")) {
          words.add(new TextLine.Word(x, x + 5 * w.length(), w));
          x += 5 * w.length() + 3;
        }
        cells.add(new TextLine.Cell(words.get(0).x0(), words.get(words.size() - 1).x1(), words));
        x += 30;
      }
      out.add(new TextLine(n + 1, 1, 100 + 12 * n, 9, cells));
    }
    return out;
  }

  private static List<String> texts(List<TextLine> lines) {
    return lines.stream()
        .map(l -> String.join(" | ", l.cells().stream().map(TextLine.Cell::text).toList()))
        .toList();
  }
}

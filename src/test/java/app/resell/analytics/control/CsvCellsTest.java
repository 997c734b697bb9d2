package app.resell.analytics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsEscaped() {
    for (String risky : List.of("=SUM(A1)", "+1", "-2+3", "@cmd", "\tx", "\rx")) {
      assertThat(CsvCells.safe(risky)).isEqualTo("'" + risky);
    }
    assertThat(CsvCells.safe("Roseville vase")).isEqualTo("Roseville vase");
  }

  @Test
  void numbersStayNumbersEvenWhenNegative() {
    assertThat(CsvCells.safe(new BigDecimal("-12.50"))).isEqualTo("-12.50");
    assertThat(CsvCells.safe(null)).isEmpty();
    assertThat(CsvCells.safe(true)).isEqualTo("true");
  }

  @Test
  void writesQuotedRfc4180Lines() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCells.write(
        out,
        List.of("name", "profit"),
        List.of(
            Arrays.asList("Vase, \"blue\"", new BigDecimal("-1.00")), Arrays.asList("=1+1", null)));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("name,profit\r\n\"Vase, \"\"blue\"\"\",-1.00\r\n'=1+1,\r\n");
  }
}

package app.resell.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\")",
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\tindented",
        "\rreturn",
        "=",
      })
  void textThatASpreadsheetWouldRunGetsAQuote(String text) {
    assertThat(FormulaGuard.dangerous(text)).isTrue();
    assertThat(FormulaGuard.guard(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Roseville vase", " =leading space", "a=b", "'quoted", "", "12.50"})
  void otherTextIsLeftAlone(String text) {
    assertThat(FormulaGuard.guard(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "plain|plain",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "=1+1|'=1+1",
        "=1,1|`\"'=1,1\"`",
        "-5|'-5",
      })
  void csvTextFieldsAreGuardedThenQuoted(String text, String field) {
    assertThat(CsvExportWriter.field(text)).isEqualTo(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"line\nbreak", "cr\rinside", " padded "})
  void csvFieldsWithBreaksOrPaddingAreQuoted(String text) {
    assertThat(CsvExportWriter.field(text)).isEqualTo('"' + text + '"');
  }
}

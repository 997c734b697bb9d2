package app.resell.imports.control.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.exports.control.ExportColumn;
import app.resell.exports.control.ExportColumns;
import app.resell.tabular.CsvRowSource;
import app.resell.taxonomy.entity.Platform;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every column Resell exports is either read back into the same fact, or knowingly left out. */
class ExportHeadersTest {

  /** Export names that differ from the importer's field names. */
  private static final Map<String, String> RENAMED =
      Map.of(
          "sale_price", "sold_price",
          "sale_date", "sold_date",
          "total_platform_fees", "platform_fees");

  @Test
  void everyExportColumnImportsIntoItsOwnFactOrIsIgnored() {
    for (ExportColumn c : ExportColumns.all()) {
      Optional<HeaderMatcher.Match> m = HeaderMatcher.match(c.key());
      String expected = expected(c.key());
      if (expected == null) {
        assertThat(m).as(c.key()).isEmpty();
      } else {
        assertThat(m).as(c.key()).isPresent();
        assertThat(m.get().confidence()).as(c.key()).isEqualTo(3);
        assertThat(m.get().target()).hasToString(expected);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "'=1+1|=1+1",
        "'+1|+1",
        "'-5|-5",
        "'@x|@x",
        "`'\tx`|`\tx`",
        "'quoted|'quoted",
        "'|'",
        "plain|plain"
      })
  void theCsvFormulaGuardIsDroppedOnImport(String cell, String value) {
    assertThat(CsvRowSource.withoutFormulaGuard(cell)).isEqualTo(value);
  }

  private static String expected(String key) {
    if (RENAMED.containsKey(key)) return RENAMED.get(key);
    int cut = key.indexOf('_');
    if (cut < 0 || Platform.parse(key.substring(0, cut)).isEmpty() || key.equals("other_fees")) {
      for (SheetField f : SheetField.values()) if (f.key().equals(key)) return key;
      return null;
    }
    if (key.endsWith("_listed")) return key + "_date";
    if (key.endsWith("_sold")) return key + "_date";
    if (key.endsWith("_price")) return key.replace("_price", "_list_price");
    if (key.endsWith("_url")) return key.replace("_url", "_listing_url");
    return key;
  }
}

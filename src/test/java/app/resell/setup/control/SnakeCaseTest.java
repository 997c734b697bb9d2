package app.resell.setup.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one naming rule of the wire and the OpenAPI document, as JSON-B's
 * LOWER_CASE_WITH_UNDERSCORES.
 */
class SnakeCaseTest {

  @Test
  void camelCaseNamesGetAnUnderscoreBeforeEachWord() {
    assertThat(SnakeCase.RULE.translateName("itemName")).isEqualTo("item_name");
    assertThat(SnakeCase.RULE.translateName("isConsignment")).isEqualTo("is_consignment");
    assertThat(SnakeCase.RULE.translateName("salesTaxCollected")).isEqualTo("sales_tax_collected");
  }

  @Test
  void namesAlreadyOnTheWireStayAsTheyAre() {
    assertThat(SnakeCase.RULE.translateName("is_consignment")).isEqualTo("is_consignment");
    assertThat(SnakeCase.RULE.translateName("lot_id")).isEqualTo("lot_id");
    assertThat(SnakeCase.RULE.translateName("roi")).isEqualTo("roi");
  }

  @Test
  void capitalsAfterDigitsOrCapitalsJoinTheWordBefore() {
    assertThat(SnakeCase.RULE.translateName("last30Days")).isEqualTo("last30days");
    assertThat(SnakeCase.RULE.translateName("qrURL")).isEqualTo("qr_url");
    assertThat(SnakeCase.RULE.translateName("URLPath")).isEqualTo("urlpath");
  }
}

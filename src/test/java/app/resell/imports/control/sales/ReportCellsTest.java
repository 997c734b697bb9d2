package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Money and dates as the marketplaces print them. */
class ReportCellsTest {

  @Test
  void readsMoneyWithSignsCodesAndCredits() {
    assertThat(ReportMoney.parse("$1,234.50")).isEqualByComparingTo("1234.50");
    assertThat(ReportMoney.parse("-$0.78")).isEqualByComparingTo("-0.78");
    assertThat(ReportMoney.parse("$-0.78")).isEqualByComparingTo("-0.78");
    assertThat(ReportMoney.parse("(1.20)")).isEqualByComparingTo("-1.20");
    assertThat(ReportMoney.parse("£8")).isEqualByComparingTo("8.00");
    assertThat(ReportMoney.parse("US $12.50")).isEqualByComparingTo("12.50");
    assertThat(ReportMoney.parse("12.50 USD")).isEqualByComparingTo("12.50");
    assertThat(ReportMoney.parse("--")).isNull();
    assertThat(ReportMoney.parse(" ")).isNull();
    assertThatThrownBy(() -> ReportMoney.parse("free")).hasMessageContaining("not an amount");
  }

  @Test
  void tellsTheCurrencyBySignOrCode() {
    assertThat(ReportMoney.currency("$4")).isEqualTo("USD");
    assertThat(ReportMoney.currency("£4")).isEqualTo("GBP");
    assertThat(ReportMoney.currency("4,00 €")).isEqualTo("EUR");
    assertThat(ReportMoney.currency("C $4.00")).isEqualTo("CAD");
    assertThat(ReportMoney.currency("AU $4.00")).isEqualTo("AUD");
    assertThat(ReportMoney.currency("4.00")).isNull();
  }

  @Test
  void readsEveryReportsDates() {
    assertThat(ReportDates.parse("Jul-25-26")).hasToString("2026-07-25T00:00Z");
    assertThat(ReportDates.parse("25-Jul-26")).hasToString("2026-07-25T00:00Z");
    assertThat(ReportDates.parse("07/25/26")).hasToString("2026-07-25T00:00Z");
    assertThat(ReportDates.parse("7/5/2026")).hasToString("2026-07-05T00:00Z");
    assertThat(ReportDates.parse("Jun 12, 2026, 10:14:57 AM")).hasToString("2026-06-12T10:14:57Z");
    assertThat(ReportDates.parse("Jun 12, 2026, 12:05:00 AM")).hasToString("2026-06-12T00:05Z");
    assertThat(ReportDates.parse("Aug 22, 2026, 7:10:02 PM")).hasToString("2026-08-22T19:10:02Z");
    assertThat(ReportDates.parse("2026-08-22 19:04:11")).hasToString("2026-08-22T19:04:11Z");
    assertThat(ReportDates.parse("2026-08-22T19:04:11-07:00"))
        .hasToString("2026-08-22T19:04:11-07:00");
    assertThat(ReportDates.parse("--")).isNull();
    assertThatThrownBy(() -> ReportDates.parse("Feb-30-26")).hasMessageContaining("not a date");
    assertThatThrownBy(() -> ReportDates.parse("soon")).hasMessageContaining("not a date");
  }
}

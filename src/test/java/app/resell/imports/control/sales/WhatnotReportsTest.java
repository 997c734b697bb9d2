package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatnot's sales export and earnings ledger. */
class WhatnotReportsTest {

  @Test
  void cancelledAndFailedOrdersAreNotSalesAndAGiveawaySellsAtZero() {
    SalesReportParser.Parsed report = Reports.parse("whatnot-sales.csv");
    assertThat(report.format()).isEqualTo("whatnot_sales");
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines)
        .extracting(SaleLine::kind)
        .containsExactly(
            SaleLine.Kind.SALE,
            SaleLine.Kind.CANCELLED,
            SaleLine.Kind.CANCELLED,
            SaleLine.Kind.SALE);
    assertThat(lines.get(0).unitPrice()).isEqualByComparingTo("55.00");
    assertThat(lines.get(0).soldAt()).isNotNull();
    assertThat(lines.get(2).soldAt()).as("failed: never placed").isNull();
    assertThat(lines.get(3).unitPrice()).isEqualByComparingTo("0.00");
    assertThat(lines.get(3).sku()).isEqualTo("SKU-t3st-W4");
  }

  @Test
  void theLedgerSumsWhatEachOrderBroughtAndSkipsTips() {
    SalesReportParser.Parsed report = Reports.parse("whatnot-ledger.csv");
    assertThat(report.format()).isEqualTo("whatnot_ledger");
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines).extracting(SaleLine::orderId).containsExactly("WN-t3st-1", "WN-t3st-4");
    assertThat(lines.get(0).kind()).isEqualTo(SaleLine.Kind.ADJUSTMENT);
    assertThat(lines.get(0).net()).as("48.73 - 0.78").isEqualByComparingTo("47.95");
    assertThat(lines.get(1).net()).isEqualByComparingTo("-0.35");
    assertThat(lines.get(0).soldAt().toLocalDateTime()).hasToString("2026-08-22T19:10:02");
  }
}

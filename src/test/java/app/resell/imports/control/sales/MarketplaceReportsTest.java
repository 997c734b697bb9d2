package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.taxonomy.entity.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Poshmark, Mercari and Depop sales reports. */
class MarketplaceReportsTest {

  @Test
  void poshmarkSkipsItsPreambleAndFooterAndDerivesTheFeeFromNetEarnings() {
    SalesReportParser.Parsed report = Reports.parse("poshmark-sales.csv");
    assertThat(report.format()).isEqualTo("poshmark_sales");
    assertThat(report.headerRow()).isEqualTo(4);
    assertThat(report.skipped()).as("two footer lines").isEqualTo(2);
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines).hasSize(2);
    SaleLine bag = lines.get(0);
    assertThat(bag.title()).isEqualTo("Coach Willis bag \uD83D\uDC5C NWT t3st");
    assertThat(bag.orderId()).isEqualTo("64777a");
    assertThat(bag.unitPrice()).isEqualByComparingTo("120.00");
    assertThat(bag.platformFees()).isEqualByComparingTo("24.00");
    assertThat(bag.shippingCost()).as("'--' is none").isEqualByComparingTo("0.00");
    assertThat(bag.salesTax()).isEqualByComparingTo("9.60");
    SaleLine jeans = lines.get(1);
    assertThat(jeans.shippingCost())
        .as("the seller's shipping discount")
        .isEqualByComparingTo("2.00");
    assertThat(jeans.platformFees()).as("45 - 34 net - 2 shipping").isEqualByComparingTo("9.00");
  }

  @Test
  void mercariFeesAreTheSellersAndACanceledOrderIsCancelled() {
    SaleLine pitcher = Reports.sales(Reports.parse("mercari-sales.csv")).get(0);
    assertThat(pitcher.platform()).isEqualTo(Platform.MERCARI);
    assertThat(pitcher.kind()).isEqualTo(SaleLine.Kind.SALE);
    assertThat(pitcher.orderId()).isEqualTo("m7771");
    assertThat(pitcher.listingRef()).isEqualTo("m7771");
    assertThat(pitcher.platformFees()).isEqualByComparingTo("5.50");
    assertThat(pitcher.shippingCost()).isEqualByComparingTo("7.25");
    assertThat(pitcher.salesTax()).isEqualByComparingTo("3.30");
    List<SaleLine> later = Reports.sales(Reports.parse("mercari-sales-later.csv"));
    assertThat(later).extracting(SaleLine::kind).containsOnly(SaleLine.Kind.CANCELLED);
    assertThat(later.get(0).key()).isEqualTo(pitcher.key());
  }

  @Test
  void depopWithoutOrderIdsGetsTheSameKeyEveryTime() {
    SalesReportParser.Parsed report = Reports.parse("depop-sales.csv");
    assertThat(report.format()).isEqualTo("depop_sales");
    SaleLine top = Reports.sales(report).get(0);
    assertThat(top.orderId()).startsWith("line-");
    assertThat(Reports.sales(Reports.parse("depop-sales.csv")).get(0).key()).isEqualTo(top.key());
    assertThat(top.unitPrice()).isEqualByComparingTo("22.00");
    assertThat(top.shippingPaid()).isEqualByComparingTo("5.00");
    assertThat(top.shippingCost()).isEqualByComparingTo("4.50");
    assertThat(top.platformFees()).isEqualByComparingTo("1.34");
    assertThat(top.refund()).isNull();
  }
}

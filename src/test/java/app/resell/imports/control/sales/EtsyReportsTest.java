package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.taxonomy.entity.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EtsySoldOrderItems and EtsySoldOrders. */
class EtsyReportsTest {

  @Test
  void orderShippingAndTaxRepeatedOnEveryItemRowCountOnce() {
    SalesReportParser.Parsed report = Reports.parse("etsy-sold-order-items.csv");
    assertThat(report.format()).isEqualTo("etsy_sold_order_items");
    assertThat(report.platform()).isEqualTo(Platform.ETSY);
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines).extracting(SaleLine::orderId).containsExactly("97771", "97771", "97772");
    assertThat(lines)
        .extracting(SaleLine::shippingPaid)
        .map(Object::toString)
        .containsExactly("6.00", "0.00", "5.00");
    assertThat(lines)
        .extracting(SaleLine::salesTax)
        .map(Object::toString)
        .containsExactly("4.80", "0.00", "1.44");
    assertThat(
            lines.stream()
                .map(SaleLine::shippingPaid)
                .reduce(java.math.BigDecimal::add)
                .orElseThrow())
        .as("the two orders' shipping, not 6.00 twice")
        .isEqualByComparingTo("11.00");
  }

  @Test
  void theDiscountComesOffThePriceAndTheTransactionIdIsTheLine() {
    SaleLine locket = Reports.sales(Reports.parse("etsy-sold-order-items.csv")).get(1);
    assertThat(locket.unitPrice()).isEqualByComparingTo("32.00");
    assertThat(locket.lineId()).isEqualTo("37772");
    assertThat(locket.listingRef()).isEqualTo("47772");
    assertThat(locket.sku()).isEqualTo("SKU-t3st-E2");
    assertThat(locket.currency()).isEqualTo("USD");
    assertThat(locket.soldAt().toLocalDate()).hasToString("2026-08-02");
  }

  @Test
  void soldOrdersOnlyAdjustOrdersARefundIsTheAdjustedTotalsDifference() {
    SalesReportParser.Parsed report = Reports.parse("etsy-sold-orders.csv");
    assertThat(report.format()).isEqualTo("etsy_sold_orders");
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines).allMatch(l -> l.kind() == SaleLine.Kind.ADJUSTMENT);
    assertThat(lines.get(0).refund()).isEqualByComparingTo("0.00");
    assertThat(lines.get(1).orderId()).isEqualTo("97772");
    assertThat(lines.get(1).refund()).isEqualByComparingTo("10.00");
    assertThat(lines.get(1).platformFees())
        .as("card processing is not all of Etsy's fees")
        .isNull();
  }
}

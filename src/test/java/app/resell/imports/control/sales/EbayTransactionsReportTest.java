package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EbayTransactionsReportTest {

  @Test
  void anOrderRowBringsItsFeesAndPromotedFeesOfTheOrderAddToThem() {
    SalesReportParser.Parsed report = Reports.parse("ebay-transactions.csv");
    assertThat(report.format()).isEqualTo("ebay_transactions");
    assertThat(report.headerRow()).as("below the title lines").isEqualTo(4);
    List<SaleLine> lines = Reports.sales(report);
    SaleLine order = lines.get(0);
    assertThat(order.kind()).isEqualTo(SaleLine.Kind.SALE);
    assertThat(order.lineId()).isEqualTo("277701");
    assertThat(order.unitPrice()).isEqualByComparingTo("45.00");
    assertThat(order.platformFees())
        .as("0.30 + 6.16 + 0.19 final value and regulatory, 2.25 promoted")
        .isEqualByComparingTo("8.90");
    assertThat(order.salesTax()).isEqualByComparingTo("3.60");
  }

  @Test
  void labelsAndRefundsAreAdjustmentsOfTheirOrderAndPayoutsNoLines() {
    List<SaleLine> lines = Reports.sales(Reports.parse("ebay-transactions.csv"));
    assertThat(lines).hasSize(3);
    SaleLine label = lines.get(1);
    assertThat(label.kind()).isEqualTo(SaleLine.Kind.ADJUSTMENT);
    assertThat(label.orderId()).isEqualTo("12-t3st-00001");
    assertThat(label.lineId()).as("the whole order").isNull();
    assertThat(label.shippingCost()).isEqualByComparingTo("5.25");
    assertThat(label.refund()).isNull();
    SaleLine refund = lines.get(2);
    assertThat(refund.orderId()).isEqualTo("12-t3st-00002");
    assertThat(refund.refund()).isEqualByComparingTo("10.00");
    assertThat(refund.shippingCost()).isNull();
  }
}

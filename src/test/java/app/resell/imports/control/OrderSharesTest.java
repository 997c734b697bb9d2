package app.resell.imports.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.listings.control.SaleRecord;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An order-wide refund, fee or label shared among the order's sales by item amount. */
class OrderSharesTest {

  @Test
  void sharesByItemAmountInCentsTheLastTakingWhatRoundingLeaves() {
    List<SaleRecord> order = List.of(sale("30.00"), sale("20.00"), sale("10.00"));
    List<BigDecimal> shares =
        SalesReconciler.share(new BigDecimal("10.00"), order, new BigDecimal("60.00"));
    assertThat(shares)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("5.00", "3.33", "1.67");
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10.00");
  }

  @Test
  void itemsSoldAtZeroShareEquallyAndNoAmountSharesNothing() {
    List<SaleRecord> order = List.of(sale("0.00"), sale("0.00"));
    assertThat(SalesReconciler.share(new BigDecimal("0.35"), order, BigDecimal.ZERO))
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.17", "0.18");
    assertThat(SalesReconciler.share(null, order, BigDecimal.ZERO)).containsExactly(null, null);
  }

  private static SaleRecord sale(String itemTotal) {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return new SaleRecord(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "ebay",
        1,
        new BigDecimal(itemTotal),
        zero,
        zero,
        zero,
        true,
        zero,
        zero,
        zero,
        null,
        null);
  }
}

package app.resell.listings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SaleRecordTest {

  @Test
  void aSaleOfTwoUnitsShowsItsUnitPriceProceedsProfitRoiAndMargin() {
    // item amount 2 x 7.00 = 14.00, + 3.00 shipping = revenue 17.00; proceeds 17.00 - 1.70 fees
    // - 2.50 postage = 12.80; cost 6.66 -> profit 6.14; ROI 6.14 / 6.66 = 92.192.. -> 92.19 %;
    // margin 6.14 / 17.00 = 36.117.. -> 36.12 %
    SaleRecord sale = sale("14.00", 2, "3.00", "2.50", "1.70", "6.66", "0.00");
    assertThat(sale.unitPrice()).isEqualByComparingTo("7.00");
    assertThat(sale.revenue()).isEqualByComparingTo("17.00");
    assertThat(sale.netProceeds()).isEqualByComparingTo("12.80");
    assertThat(sale.netProfit()).isEqualByComparingTo("6.14");
    assertThat(sale.roiPercent()).isEqualByComparingTo("92.19");
    assertThat(sale.marginPercent()).isEqualByComparingTo("36.12");
  }

  @Test
  void aFreeItemHasNoRoiAndALossIsNegative() {
    SaleRecord free = sale("5.00", 1, "0.00", "0.00", "0.50", "0.00", "0.00");
    assertThat(free.roiPercent()).isNull();
    // 5.00 - 0.50 - 9.00 = -4.50; -4.50 / 9.00 = -50 %
    SaleRecord loss = sale("5.00", 1, "0.00", "0.00", "0.50", "9.00", "0.00");
    assertThat(loss.roiPercent()).isEqualByComparingTo("-50.00");
  }

  @Test
  void refundsComeOffRevenueAndProceeds() {
    // 20.00 - 20.00 refunded: revenue 0, margin unknown; proceeds 0 - 2.00 fees = -2.00
    SaleRecord refunded = sale("20.00", 1, "0.00", "0.00", "2.00", "5.00", "20.00");
    assertThat(refunded.netProceeds()).isEqualByComparingTo("-2.00");
    assertThat(refunded.marginPercent()).isNull();
  }

  private static SaleRecord sale(
      String itemTotal,
      int quantity,
      String shipping,
      String postage,
      String fees,
      String cost,
      String refund) {
    return new SaleRecord(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        "ebay",
        quantity,
        new BigDecimal(itemTotal),
        new BigDecimal(shipping),
        new BigDecimal(postage),
        new BigDecimal(fees),
        true,
        BigDecimal.ZERO,
        new BigDecimal(cost),
        new BigDecimal(refund),
        null,
        OffsetDateTime.now());
  }
}

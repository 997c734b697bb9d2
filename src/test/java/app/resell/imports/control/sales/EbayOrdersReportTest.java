package app.resell.imports.control.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.taxonomy.entity.Platform;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EbayOrdersReportTest {

  @Test
  void readsTheUsReportWithABlankFirstLineAnOrderRowAndTheTrailer() {
    SalesReportParser.Parsed report = Reports.parse("ebay-orders-us.csv");
    assertThat(report.format()).isEqualTo("ebay_orders");
    assertThat(report.platform()).isEqualTo(Platform.EBAY);
    assertThat(report.headerRow()).isEqualTo(2);
    assertThat(report.skipped()).as("record(s) downloaded, Seller ID").isEqualTo(2);
    List<SaleLine> lines = Reports.sales(report);
    assertThat(lines)
        .extracting(SaleLine::sku)
        .containsExactly("SKU-t3st-A", "SKU-t3st-B", "SKU-t3st-C");

    SaleLine vase = lines.get(0);
    assertThat(vase.orderId()).isEqualTo("12-t3st-00001");
    assertThat(vase.lineId()).isEqualTo("277701");
    assertThat(vase.listingRef()).isEqualTo("177701");
    assertThat(vase.unitPrice()).isEqualByComparingTo("45.00");
    assertThat(vase.shippingPaid()).isEqualByComparingTo("8.50");
    assertThat(vase.salesTax()).as("tax eBay collected, not income").isEqualByComparingTo("3.60");
    assertThat(vase.platformFees()).as("the orders report has no fees").isNull();
    assertThat(vase.currency()).isEqualTo("USD");
    assertThat(vase.soldAt()).isEqualTo(OffsetDateTime.of(2026, 7, 25, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(vase.buyer()).isEqualTo("pinecone_fan");
  }

  @Test
  void anOrderRowsPostageAndTaxGoWithItsFirstItemOnce() {
    List<SaleLine> lines = Reports.sales(Reports.parse("ebay-orders-us.csv"));
    SaleLine bowl = lines.get(1);
    SaleLine figurine = lines.get(2);
    assertThat(bowl.orderId()).isEqualTo(figurine.orderId()).isEqualTo("12-t3st-00002");
    assertThat(bowl.shippingPaid()).isEqualByComparingTo("12.00");
    assertThat(bowl.salesTax()).isEqualByComparingTo("5.00");
    assertThat(figurine.shippingPaid()).isEqualByComparingTo("0.00");
    assertThat(figurine.salesTax()).isEqualByComparingTo("0.00");
    assertThat(bowl.soldAt()).as("the order row's date").isNotNull();
    assertThat(bowl.buyer()).isEqualTo("bowl_lover");
  }

  @Test
  void readsTheUkWordingTabSeparatedInPounds() {
    SalesReportParser.Parsed report = Reports.parse("ebay-orders-uk.tsv");
    assertThat(report.format()).isEqualTo("ebay_orders");
    SaleLine teapot = Reports.sales(report).get(0);
    assertThat(teapot.title()).isEqualTo("Susie Cooper teapot t3st");
    assertThat(teapot.quantity()).isEqualTo(2);
    assertThat(teapot.unitPrice()).isEqualByComparingTo("18.50");
    assertThat(teapot.itemTotal()).isEqualByComparingTo("37.00");
    assertThat(teapot.shippingPaid()).as("postage and packaging").isEqualByComparingTo("3.95");
    assertThat(teapot.currency()).isEqualTo("GBP");
    assertThat(teapot.soldAt().toLocalDate()).hasToString("2026-07-25");
  }
}

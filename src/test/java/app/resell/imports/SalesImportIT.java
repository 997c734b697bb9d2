package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Marketplace sales reports over HTTP (docs/SALES-IMPORT.md): every report layout, the matching
 * rules, re-imports that record nothing twice, refunds and cancellations arriving in later reports,
 * and waiting lines confirmed through {@code /matches}.
 */
@ResellIT
class SalesImportIT {

  @Test
  void ebayOrdersAreRecordedOnceAndTheTransactionReportBringsFeesLabelsAndRefunds(
      Api api, ResellServer server) throws Exception {
    SalesReports r = new SalesReports(api);
    String vase = r.item("Roseville Pinecone vase {m}", "SKU-{m}-A", 1);
    String etsyListing = r.listing(vase, "etsy", "active", null);
    r.item("Pyrex Butterprint bowl {m}", "SKU-{m}-B", 1);
    r.item("Hummel figurine {m}", "SKU-{m}-C", 1);

    r.upload("ebay-orders-us.csv", "dry_run", "true")
        .then()
        .statusCode(200)
        .body("format", equalTo("ebay_orders"))
        .body("outcomes.recorded", equalTo(3));
    assertThat(
            SalesReports.sale(server, "ebay", "12-" + r.marker + "-00001", "2" + r.number + "01"))
        .as("a dry run records nothing")
        .isNull();

    JsonPath first = r.imported("ebay-orders-us.csv");
    assertThat(first.getString("kind")).isEqualTo("sales");
    assertThat(first.getString("status")).isEqualTo("completed");
    assertThat(first.getString("result.format")).isEqualTo("ebay_orders");
    assertThat(first.getInt("result.recorded")).isEqualTo(3);
    assertThat(first.getList("result.sales.order_id", String.class))
        .containsExactlyInAnyOrder(
            "12-" + r.marker + "-00001", "12-" + r.marker + "-00002", "12-" + r.marker + "-00002");
    assertThat(first.getList("result.sales.fees_source", String.class)).containsOnly("estimated");
    assertThat(first.getList("result.sales.lot_id", String.class)).contains(vase);
    assertThat(first.getList("result.sales.item_name", String.class))
        .contains("Roseville Pinecone vase " + r.marker);
    Map<String, Object> a =
        SalesReports.sale(server, "ebay", "12-" + r.marker + "-00001", "2" + r.number + "01");
    assertThat((BigDecimal) a.get("sold_price")).isEqualByComparingTo("45.00");
    assertThat((BigDecimal) a.get("shipping_paid")).isEqualByComparingTo("8.50");
    assertThat((BigDecimal) a.get("sales_tax_collected")).isEqualByComparingTo("3.60");
    assertThat(a.get("fees_computed")).isEqualTo(true);
    api.as("staff")
        .get("/api/v1/listings/" + etsyListing)
        .then()
        .statusCode(200)
        .body("needs_delist", equalTo(true));
    api.as("staff")
        .get("/api/v1/inventory/" + vase)
        .then()
        .statusCode(200)
        .body("listings.find { it.platform == 'ebay' }.status", equalTo("sold"));

    assertThat(SalesReports.saleAuthor(server, vase))
        .as("recorded as the staff user who imported the report")
        .isNotNull();

    JsonPath again = r.imported("ebay-orders-us.csv", "force", "true");
    assertThat(again.getInt("result.recorded")).isZero();
    assertThat(again.getInt("result.duplicates")).isEqualTo(3);
    assertThat(SalesReports.salesOfOrder(server, "ebay", "12-" + r.marker + "-00002")).isEqualTo(2);

    JsonPath later = r.imported("ebay-transactions.csv");
    assertThat(later.getString("result.format")).isEqualTo("ebay_transactions");
    assertThat(later.getInt("result.updated")).isEqualTo(3);
    a = SalesReports.sale(server, "ebay", "12-" + r.marker + "-00001", "2" + r.number + "01");
    assertThat((BigDecimal) a.get("platform_fees")).isEqualByComparingTo("8.90");
    assertThat(a.get("fees_computed")).isEqualTo(false);
    assertThat((BigDecimal) a.get("actual_shipping")).isEqualByComparingTo("5.25");
    JsonPath ebayListing =
        api.as("staff")
            .get("/api/v1/inventory/" + vase)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("listings.find { it.platform == 'ebay' }");
    assertThat(ebayListing.getDouble("platform_fees"))
        .as("the listing's sum follows")
        .isEqualTo(8.90);
    assertThat(ebayListing.getDouble("actual_shipping")).isEqualTo(5.25);
    Map<String, Object> bowl =
        SalesReports.sale(server, "ebay", "12-" + r.marker + "-00002", "2" + r.number + "02");
    Map<String, Object> figurine =
        SalesReports.sale(server, "ebay", "12-" + r.marker + "-00002", "2" + r.number + "03");
    assertThat((BigDecimal) bowl.get("refund_amount")).isEqualByComparingTo("6.00");
    assertThat((BigDecimal) figurine.get("refund_amount")).isEqualByComparingTo("4.00");
    JsonPath repeated = r.imported("ebay-transactions.csv", "force", "true");
    assertThat(repeated.getInt("result.updated")).isZero();
    assertThat(repeated.getInt("result.duplicates")).isEqualTo(3);
  }

  @Test
  void aReportInAnotherCurrencyThanTheBooksIsRejectedLineByLine(Api api, ResellServer server)
      throws Exception {
    SalesReports r = new SalesReports(api);
    r.item("Susie Cooper teapot {m}", "SKU-{m}-UK", 2);
    JsonPath uk = r.imported("ebay-orders-uk.tsv");
    assertThat(uk.getString("result.format")).isEqualTo("ebay_orders");
    assertThat(uk.getInt("result.recorded")).isZero();
    assertThat(uk.getInt("result.rejected")).isEqualTo(1);
    assertThat(uk.getString("result.rejected_lines[0].reason")).contains("GBP").contains("USD");
    // the same report in dollars is recorded
    String dollars = r.text("ebay-orders-uk.tsv").replace("£", "$");
    String job =
        r.uploadText(dollars, "orders-usd.tsv").then().statusCode(202).extract().path("job_id");
    JsonPath us = Imports.awaitFinished(api, job);
    assertThat(us.getInt("result.recorded")).isEqualTo(1);
    Map<String, Object> teapot =
        SalesReports.sale(server, "ebay", "07-" + r.marker + "-00009", "2" + r.number + "09");
    assertThat(teapot.get("quantity")).isEqualTo(2);
    assertThat((BigDecimal) teapot.get("sold_price"))
        .as("the order's item amount")
        .isEqualByComparingTo("37.00");
    assertThat(teapot.get("currency")).isEqualTo("USD");
  }

  @Test
  void etsyOrderShippingCountsOnceAndSoldOrdersBringARefund(Api api, ResellServer server)
      throws Exception {
    SalesReports r = new SalesReports(api);
    r.item("Enamel flower brooch {m}", "SKU-{m}-E1", 1);
    r.item("Silver heart locket {m}", "SKU-{m}-E2", 1);
    r.item("Brass candlestick {m}", "SKU-{m}-E3", 1);
    JsonPath items = r.imported("etsy-sold-order-items.csv");
    assertThat(items.getInt("result.recorded")).isEqualTo(3);
    String order1 = "9" + r.number + "1";
    String order2 = "9" + r.number + "2";
    assertThat(
            (BigDecimal)
                SalesReports.sale(server, "etsy", order1, "3" + r.number + "1")
                    .get("shipping_paid"))
        .isEqualByComparingTo("6.00");
    Map<String, Object> locket = SalesReports.sale(server, "etsy", order1, "3" + r.number + "2");
    assertThat((BigDecimal) locket.get("shipping_paid")).isEqualByComparingTo("0.00");
    assertThat((BigDecimal) locket.get("sold_price"))
        .as("after the coupon")
        .isEqualByComparingTo("32.00");

    JsonPath orders = r.imported("etsy-sold-orders.csv");
    assertThat(orders.getString("result.format")).isEqualTo("etsy_sold_orders");
    assertThat(orders.getInt("result.updated")).isEqualTo(1);
    assertThat(orders.getInt("result.duplicates")).isEqualTo(1);
    assertThat(
            (BigDecimal)
                SalesReports.sale(server, "etsy", order2, "3" + r.number + "3")
                    .get("refund_amount"))
        .isEqualByComparingTo("10.00");
  }

  @Test
  void poshmarkMatchesAnOpenListingsTitleAndAnUnmatchedSaleGetsANewItem(Api api) {
    SalesReports r = new SalesReports(api);
    String bag = r.item("Coach Willis bag NWT {m}", null, 1);
    r.listing(bag, "poshmark", "active", null);
    JsonPath status = r.imported("poshmark-sales.csv");
    assertThat(status.getString("result.format")).isEqualTo("poshmark_sales");
    assertThat(status.getInt("result.recorded")).isEqualTo(1);
    assertThat(status.getList("result.sales.lot_id", String.class)).containsExactly(bag);
    assertThat(status.getList("result.sales.fees_source", String.class)).containsExactly("report");
    assertThat(status.getInt("result.unmatched.size()")).isEqualTo(1);
    assertThat(status.getInt("result.unmatched[0].row")).isEqualTo(6);
    assertThat(status.getString("result.unmatched[0].title"))
        .startsWith("Vintage Levi's 501 jeans");
    String job = status.getString("job_id");

    // a line recorded already is refused; the waiting one in the same shape is recorded
    api.as("staff")
        .body(List.of(Map.of("row", 5, "create_item", true)))
        .post("/api/v1/import/sales/" + job + "/matches")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("not waiting"));
    String lot =
        api.as("staff")
            .body(List.of(Map.of("row", 6, "create_item", true)))
            .post("/api/v1/import/sales/" + job + "/matches")
            .then()
            .statusCode(200)
            .body("[0].outcome", equalTo("recorded"))
            .extract()
            .path("[0].lot_id");
    api.as("staff")
        .get("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200)
        .body("inventory.item_name", containsString("Levi's 501"))
        .body("inventory.quantity_sold", equalTo(1));
    JsonPath after = Imports.awaitFinished(api, job);
    assertThat(after.getInt("result.recorded")).isEqualTo(2);
    assertThat(after.getList("result.unmatched")).isEmpty();
  }

  @Test
  void mercariMatchesByListingIdAndALaterReportCancelsTheSale(Api api, ResellServer server)
      throws Exception {
    SalesReports r = new SalesReports(api);
    String pitcher = r.item("Pitcher {m}", null, 1);
    r.listing(pitcher, "mercari", "active", "m{n}1");
    JsonPath sold = r.imported("mercari-sales.csv");
    assertThat(sold.getInt("result.recorded")).isEqualTo(1);
    assertThat(sold.getList("result.sales.lot_id", String.class)).containsExactly(pitcher);
    Map<String, Object> sale =
        SalesReports.sale(server, "mercari", "m" + r.number + "1", "m" + r.number + "1");
    assertThat((BigDecimal) sale.get("platform_fees")).isEqualByComparingTo("5.50");
    assertThat((BigDecimal) sale.get("actual_shipping")).isEqualByComparingTo("7.25");

    JsonPath later = r.imported("mercari-sales-later.csv");
    assertThat(later.getInt("result.updated")).isEqualTo(1);
    assertThat(later.getInt("result.cancelled")).isEqualTo(1);
    assertThat(later.getInt("result.recorded")).isZero();
    sale = SalesReports.sale(server, "mercari", "m" + r.number + "1", "m" + r.number + "1");
    assertThat((BigDecimal) sale.get("refund_amount"))
        .as("all of it")
        .isEqualByComparingTo("40.00");
    assertThat(SalesReports.salesOfOrder(server, "mercari", "m" + r.number + "2")).isZero();
  }

  @Test
  void depopSimilarTitleWaitsForAPersonWhoPicksTheCandidate(Api api, ResellServer server)
      throws Exception {
    SalesReports r = new SalesReports(api);
    String top = r.item("Y2K butterfly top {m}", null, 1);
    r.listing(top, "depop", "active", null);
    JsonPath status = r.imported("depop-sales.csv");
    assertThat(status.getString("result.format")).isEqualTo("depop_sales");
    assertThat(status.getInt("result.recorded")).isZero();
    assertThat(status.getInt("result.needs_match[0].row")).isEqualTo(2);
    assertThat(status.getString("result.needs_match[0].candidates[0].lot_id")).isEqualTo(top);
    assertThat(status.getDouble("result.needs_match[0].candidates[0].score")).isBetween(0.3, 0.99);
    String job = status.getString("job_id");

    api.as("staff")
        .body(List.of(Map.of("row", 2)))
        .post("/api/v1/import/sales/" + job + "/matches")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("[0].lot_id"));
    api.as("staff")
        .body(List.of(Map.of("row", 2, "lot_id", top)))
        .post("/api/v1/import/sales/" + job + "/matches")
        .then()
        .statusCode(200)
        .body("[0].outcome", equalTo("recorded"));
    api.as("staff")
        .get("/api/v1/inventory/" + top)
        .then()
        .body("listings.find { it.platform == 'depop' }.status", equalTo("sold"));
    assertThat(Imports.awaitFinished(api, job).getList("result.needs_match")).isEmpty();
  }

  @Test
  void whatnotRecordsSalesAndGiveawaysNotCancelledOrdersAndTheLedgerBringsFees(
      Api api, ResellServer server) throws Exception {
    SalesReports r = new SalesReports(api);
    r.item("Charizard {m}", "SKU-{m}-W1", 1);
    r.item("Pikachu {m}", "SKU-{m}-W2", 1);
    r.item("Sleeves {m}", "SKU-{m}-W4", 10);
    JsonPath sales = r.imported("whatnot-sales.csv");
    assertThat(sales.getInt("result.recorded")).isEqualTo(2);
    assertThat(sales.getInt("result.cancelled")).isEqualTo(2);
    Map<String, Object> giveaway =
        SalesReports.sale(server, "whatnot", "WN-" + r.marker + "-4", "WN-" + r.marker + "-4");
    assertThat((BigDecimal) giveaway.get("sold_price")).isEqualByComparingTo("0.00");
    assertThat(SalesReports.salesOfOrder(server, "whatnot", "WN-" + r.marker + "-2")).isZero();

    JsonPath ledger = r.imported("whatnot-ledger.csv");
    assertThat(ledger.getString("result.format")).isEqualTo("whatnot_ledger");
    assertThat(ledger.getInt("result.updated")).isEqualTo(2);
    Map<String, Object> card =
        SalesReports.sale(server, "whatnot", "WN-" + r.marker + "-1", "WN-" + r.marker + "-1");
    assertThat((BigDecimal) card.get("platform_fees"))
        .as("55.00 less 47.95 received")
        .isEqualByComparingTo("7.05");
    assertThat(card.get("fees_computed")).isEqualTo(false);
  }

  @Test
  void anUnknownLayoutIsRefusedUntilItsPlatformAndColumnMappingAreSent(Api api) {
    SalesReports r = new SalesReports(api);
    r.item("Oak rocking chair {m}", "SKU-{m}-F1", 1);
    String report =
        String.join(
            "\n",
            "Sold on,Listing,SKU,Amount,Order",
            "08/30/2026,Oak rocking chair "
                + r.marker
                + ",SKU-"
                + r.marker
                + "-F1,$85.00,FB-"
                + r.marker);
    r.uploadText(report, "facebook.csv")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("file"))
        .body("detail", containsString("column mapping"));
    r.uploadText(report, "facebook.csv", "mapping", "{\"Amount\": \"sold_price\"}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("platform"));
    String mapping =
        "{\"Sold on\": \"sold_date\", \"Listing\": \"title\", \"SKU\": \"sku\","
            + " \"Amount\": \"sold_price\", \"Order\": \"order_id\"}";
    String job =
        r.uploadText(report, "facebook.csv", "platform", "facebook", "mapping", mapping)
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = Imports.awaitFinished(api, job);
    assertThat(status.getString("result.format")).isEqualTo("mapped");
    assertThat(status.getInt("result.recorded")).isEqualTo(1);
    assertThat(status.getString("result.sales[0].platform")).isEqualTo("facebook");
  }
}

package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import app.resell.testing.SaleAnnouncements;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sales report's lines are recorded a chunk at a time (docs/SALES-IMPORT.md, "Speed"): what the
 * lines of one chunk do to each other must come out as if they were read one by one — a line
 * repeated, a refund of a sale recorded a few lines up, two sales of an item's last unit — and what
 * one chunk leaves (units, sold listings) holds for the next.
 */
@ResellIT
class SalesImportChunksIT {

  private static final String MAPPING =
      "{\"Order\": \"order_id\", \"Line\": \"line_id\", \"Title\": \"title\", \"SKU\": \"sku\","
          + " \"Qty\": \"quantity\", \"Price\": \"sold_price\", \"Refund\": \"refund\","
          + " \"Status\": \"status\", \"Sold\": \"sold_date\"}";

  @Test
  void linesOfOneChunkSeeEachOtherAsIfReadOneByOne(Api api, ResellServer server) throws Exception {
    SalesReports r = new SalesReports(api);
    String a = r.item("Fenton hobnail lamp {m}", "SKU-{m}-A", 1);
    String etsy = r.listing(a, "etsy", "active", null);
    String b = r.item("Fiesta pitcher {m}", "SKU-{m}-B", 2);
    String c = r.item("Bakelite bangle {m}", "SKU-{m}-C", 1);
    String m = r.marker;
    String report =
        String.join(
            "\n",
            "Order,Line,Title,SKU,Qty,Price,Refund,Status,Sold",
            line(m, "O1", "Fenton hobnail lamp", "A", "20.00", "", ""),
            line(m, "O1", "Fenton hobnail lamp", "A", "20.00", "", ""),
            line(m, "O2", "Fiesta pitcher", "B", "15.00", "", ""),
            line(m, "O2", "Fiesta pitcher", "B", "15.00", "15.00", ""),
            line(m, "O3", "Bakelite bangle", "C", "30.00", "", ""),
            line(m, "O4", "Bakelite bangle", "C", "31.00", "", ""),
            line(m, "O5", "Fiesta pitcher", "B", "16.00", "", ""),
            line(m, "O6", "Fiesta pitcher", "B", "17.00", "", ""),
            line(m, "O7", "Fenton hobnail lamp", "A", "20.00", "", "Cancelled"),
            line(m, "O8", "Qwyjibo zephyr", "ZZ", "9.00", "", ""),
            line(m, "O5", "Fiesta pitcher", "B", "16.00", "1.00", ""));

    JsonPath first = imported(r, report);
    assertThat(first.getInt("result.recorded")).as("O1, O2, O3, O5").isEqualTo(4);
    assertThat(first.getInt("result.duplicates")).as("O1 again").isEqualTo(1);
    assertThat(first.getInt("result.updated")).as("O2's and O5's refunds").isEqualTo(2);
    assertThat(first.getInt("result.cancelled")).isEqualTo(1);
    assertThat(first.getList("result.needs_match.row", Integer.class))
        .as("O4 and O6: their items' last units went to O3 and O5")
        .containsExactly(7, 9);
    assertThat(first.getString("result.needs_match[0].reason")).contains("0 units left");
    assertThat(first.getList("result.unmatched.row", Integer.class)).containsExactly(11);

    assertThat(SalesReports.salesOfOrder(server, "ebay", m + "-O1")).isEqualTo(1);
    Map<String, Object> refunded = SalesReports.sale(server, "ebay", m + "-O2", m + "-O2-1");
    assertThat((BigDecimal) refunded.get("refund_amount")).isEqualByComparingTo("15.00");
    BigDecimal[] revenue = SalesReports.soldRevenue(server, b);
    assertThat(revenue[0])
        .as("the item's sold revenue counts each sale once after the refund")
        .isEqualByComparingTo(revenue[1])
        .isEqualByComparingTo("15.00");
    assertThat(SalesReports.salesOfOrder(server, "ebay", m + "-O4")).isZero();
    assertThat(SalesReports.salesOfOrder(server, "ebay", m + "-O7")).isZero();
    assertThat(unitsSold(api, b)).isEqualTo(2);
    assertThat(unitsSold(api, c)).isEqualTo(1);
    JsonPath pitcher = ebayListing(api, b);
    assertThat(pitcher.getString("status")).as("sold out by its second sale").isEqualTo("sold");
    assertThat(pitcher.getInt("quantity_sold")).isEqualTo(2);
    assertThat(new BigDecimal(pitcher.getString("sold_price"))).isEqualByComparingTo("31.00");
    assertThat(ebayListing(api, a).getString("status")).isEqualTo("sold");
    api.as("staff")
        .get("/api/v1/listings/" + etsy)
        .then()
        .statusCode(200)
        .body("needs_delist", equalTo(true));
    assertThat(SalesReports.activity(server, b, "sale")).isEqualTo(2);
    assertThat(SalesReports.activity(server, b, "listing_create")).isEqualTo(1);
    assertThat(SalesReports.activity(server, b, "sale_update")).isEqualTo(2);
    assertThat(SalesReports.activity(server, a, "needs_delist")).isEqualTo(1);

    JsonPath again = imported(r, report, "force", "true");
    assertThat(again.getInt("result.recorded")).isZero();
    assertThat(again.getInt("result.updated")).isZero();
    assertThat(again.getInt("result.duplicates")).isEqualTo(7);
    assertThat(again.getList("result.needs_match.row", Integer.class)).containsExactly(7, 9);
    assertThat(unitsSold(api, b)).isEqualTo(2);
  }

  @Test
  void aReportLongerThanAChunkSellsEveryUnitOnceAndNoMore(Api api, ResellServer server)
      throws Exception {
    SalesReports r = new SalesReports(api);
    List<String> items = new ArrayList<>();
    for (String k : List.of("A", "B", "C")) {
      items.add(r.item("Depression glass plate " + k + " {m}", "SKU-{m}-" + k, 150));
    }
    List<String> lines = new ArrayList<>();
    lines.add("Order,Line,Title,SKU,Qty,Price,Refund,Status,Sold");
    for (int i = 0; i < 451; i++) {
      String k = List.of("A", "B", "C").get(i % 3);
      lines.add(line(r.marker, "N" + i, "Depression glass plate " + k, k, "4.00", "", ""));
    }
    JsonPath status = imported(r, String.join("\n", lines));
    assertThat(status.getInt("result.recorded")).isEqualTo(450);
    assertThat(status.getList("result.needs_match.row", Integer.class))
        .as("the 151st sale of item A")
        .containsExactly(452);
    for (String lot : items) {
      assertThat(unitsSold(api, lot)).isEqualTo(150);
      JsonPath listing = ebayListing(api, lot);
      assertThat(listing.getString("status")).isEqualTo("sold");
      assertThat(listing.getInt("quantity_sold")).isEqualTo(150);
      assertThat(new BigDecimal(listing.getString("sold_price"))).isEqualByComparingTo("600.00");
    }
    assertThat(SalesReports.activity(server, items.get(0), "listing_create")).isEqualTo(1);
    assertThat(SalesReports.activity(server, items.get(0), "sale")).isEqualTo(150);
  }

  @Test
  void aTitleMatchIsMadeAgainAfterAnEarlierLineOfTheChunkSoldTheItem(Api api) {
    SalesReports r = new SalesReports(api);
    String planter = r.item("Hull pottery planter {m}", null, 2);
    r.listing(planter, "ebay", "active", null);
    String header = "Order,Line,Title,SKU,Qty,Price,Refund,Status,Sold\n";
    JsonPath status =
        imported(
            r,
            header
                + String.join(
                    "\n",
                    line(r.marker, "P1", "Hull pottery planter", null, "12.00", "", ""),
                    line(r.marker, "P2", "Hull pottery planter", null, "13.00", "", ""),
                    line(r.marker, "P3", "Hull pottery planter", null, "14.00", "", "")));
    assertThat(status.getInt("result.recorded")).isEqualTo(2);
    assertThat(status.getList("result.needs_match")).isEmpty();
    assertThat(status.getList("result.unmatched.row", Integer.class))
        .as("read line by line, the third finds no open listing of the sold-out item")
        .containsExactly(4);
    JsonPath listing = ebayListing(api, planter);
    assertThat(listing.getString("status")).isEqualTo("sold");
    assertThat(listing.getInt("quantity_sold")).isEqualTo(2);
  }

  @Test
  void importedSalesAreAnnouncedToWebhooks(Api api) throws Exception {
    try (SaleAnnouncements announced = new SaleAnnouncements(api)) {
      SalesReports r = new SalesReports(api);
      String lot = r.item("Murano glass bird {m}", "SKU-{m}-W", 1);
      String etsy = r.listing(lot, "etsy", "active", null);
      JsonPath status =
          imported(
              r,
              "Order,Line,Title,SKU,Qty,Price,Refund,Status,Sold\n"
                  + line(r.marker, "W1", "Murano glass bird", "W", "55.00", "", ""));
      assertThat(status.getInt("result.recorded")).isEqualTo(1);
      announced.awaitSoldOut(lot);
      assertThat(announced.of("item.sold", lot).getString("data.sale_id"))
          .isEqualTo(status.getString("result.sales[0].sale_id"));
      assertThat(announced.of("item.needs_delist", lot).getList("data.listings.listing_id"))
          .containsExactly(etsy);
    }
  }

  /** A report line of the test's mapped layout, sold on eBay: one unit. */
  private static String line(
      String marker,
      String order,
      String title,
      String sku,
      String price,
      String refund,
      String status) {
    return String.join(
        ",",
        marker + "-" + order,
        marker + "-" + order + "-1",
        title + " " + marker,
        sku == null ? "" : "SKU-" + marker + "-" + sku,
        "1",
        price,
        refund,
        status,
        "2026-08-20");
  }

  private static JsonPath imported(SalesReports r, String report, String... more) {
    List<String> fields = new ArrayList<>(List.of("platform", "ebay", "mapping", MAPPING));
    fields.addAll(List.of(more));
    String job =
        r.uploadText(report, "sales.csv", fields.toArray(String[]::new))
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = Imports.awaitFinished(r.api(), job);
    assertThat(status.getString("status")).isEqualTo("completed");
    return status;
  }

  private static int unitsSold(Api api, String lot) {
    return api.as("staff")
        .get("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200)
        .extract()
        .path("inventory.quantity_sold");
  }

  private static JsonPath ebayListing(Api api, String lot) {
    return api.as("staff")
        .get("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .setRootPath("listings.find { it.platform == 'ebay' }");
  }
}

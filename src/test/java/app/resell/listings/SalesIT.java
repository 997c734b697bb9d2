package app.resell.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@ResellIT
class SalesIT {

  @Test
  void ebayFeesAreComputedFromTheScheduleAndTheSaleShowsWhatItMade(Api api, ResellServer server) {
    // eBay, furniture (default group): 13.6% of item + shipping + tax, + $0.40 per order over $10
    // base 50.00 + 8.00 + 4.64 = 62.64; 13.6% = 8.51904 -> 8.52; + 0.40 = 8.92
    // net proceeds 50.00 + 8.00 - 8.92 - 7.35 = 41.73; cost 10.00; profit 31.73
    // ROI 31.73 / 10.00 = 317.30 %; margin 31.73 / 58.00 = 54.706.. -> 54.71 %
    String lot = Listings.item(api, "10.00", 1);
    String listing = Listings.listing(api, lot, "ebay", "active");
    Response answer =
        Listings.sell(
            api,
            listing,
            Map.of(
                "sold_price", new BigDecimal("50.00"),
                "shipping_paid", new BigDecimal("8.00"),
                "sales_tax_collected", new BigDecimal("4.64"),
                "actual_shipping", new BigDecimal("7.35"),
                "buyer_username", "oakfan"));
    answer.then().statusCode(201);
    JsonPath sale = Listings.json(answer);
    assertThat(Listings.money(sale, "platform_fees")).isEqualByComparingTo("8.92");
    assertThat(sale.getBoolean("fees_computed")).isTrue();
    assertThat(Listings.money(sale, "cost_of_goods")).isEqualByComparingTo("10.00");
    assertThat(Listings.money(sale, "net_proceeds")).isEqualByComparingTo("41.73");
    assertThat(Listings.money(sale, "net_profit")).isEqualByComparingTo("31.73");
    assertThat(Listings.money(sale, "roi_percent")).isEqualByComparingTo("317.30");
    assertThat(Listings.money(sale, "margin_percent")).isEqualByComparingTo("54.71");
    assertThat(sale.getString("platform")).isEqualTo("ebay");

    // the table's own generated net_proceeds agrees
    List<Map<String, Object>> rows =
        server
            .database()
            .rows(
                "SELECT CAST(net_proceeds AS text) AS np, CAST(sold_price AS text) AS price, created_by"
                    + " FROM sales WHERE lot_id = ?",
                UUID.fromString(lot));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsEntry("np", "41.73").containsEntry("price", "50.00");
    assertThat(rows.get(0).get("created_by")).isNotNull();

    JsonPath item = Listings.json(api.as("viewer").get(Listings.ITEMS + "/" + lot));
    assertThat(item.getInt("inventory.quantity_sold")).isEqualTo(1);
    assertThat(Listings.money(item, "inventory.net_proceeds")).isEqualByComparingTo("41.73");
    assertThat(Listings.money(item, "inventory.net_profit")).isEqualByComparingTo("31.73");
    assertThat(Listings.money(item, "inventory.roi_percent")).isEqualByComparingTo("317.30");
    assertThat(Listings.money(item, "inventory.margin_percent")).isEqualByComparingTo("54.71");
    assertThat(item.getInt("inventory.days_to_sell")).isZero();
    assertThat(item.getString("listings[0].status")).isEqualTo("sold");
    assertThat(item.getList("activity_log.entity_type")).contains("sale", "listing");
    assertThat(item.getList("price_history.price_type")).contains("sold_price", "list_price");

    JsonPath sold = Listings.json(api.as("viewer").get(Listings.LISTINGS + "/" + listing));
    assertThat(sold.getString("status")).isEqualTo("sold");
    assertThat(sold.getInt("quantity_sold")).isEqualTo(1);
    assertThat(Listings.money(sold, "sold_price")).isEqualByComparingTo("50.00");
    assertThat(Listings.money(sold, "platform_fees")).isEqualByComparingTo("8.92");
    assertThat(sold.getString("buyer_username")).isEqualTo("oakfan");
    assertThat(sold.getString("sold_date")).isNotBlank();
    assertThat(sold.getString("ended_date")).isNotBlank();

    // a listing with sales keeps them: deleting it is refused
    api.as("staff").delete(Listings.LISTINGS + "/" + listing).then().statusCode(409);
  }

  @Test
  void feesOfEtsyFacebookMercariAndPoshmarkMatchTheirSchedules(Api api) {
    // Etsy: 6.5% of item + shipping = 6.5% x 46.00 = 2.99; payments 3% of 49.68 (with tax) + 0.25
    // = 1.4904 + 0.25 -> 1.74; listing fee 0.20 per unit -> 2.99 + 1.74 + 0.20 = 4.93
    assertFees(api, "etsy", "40.00", "6.00", "3.68", "4.93");
    // Facebook: 10% of item + shipping, at least 0.80: 10% x 5.00 = 0.50 -> 0.80
    assertFees(api, "facebook", "5.00", "0.00", null, "0.80");
    // Facebook: 10% x (30.00 + 7.00) = 3.70
    assertFees(api, "facebook", "30.00", "7.00", null, "3.70");
    // Mercari: 10% of item + shipping = 10% x 30.00 = 3.00, no processing fee
    assertFees(api, "mercari", "25.00", "5.00", null, "3.00");
    // Poshmark: flat 2.95 under 15.00
    assertFees(api, "poshmark", "12.00", "0.00", null, "2.95");
    // Poshmark: 20% of the item price from 15.00: 20% x 40.00 = 8.00 (shipping not counted)
    assertFees(api, "poshmark", "40.00", "7.97", null, "8.00");
  }

  @Test
  void feesTheSellerGivesAreKeptAsGiven(Api api) {
    String lot = Listings.item(api, "10.00", 1);
    String listing = Listings.listing(api, lot, "ebay", "active");
    Listings.sell(api, listing, Map.of("sold_price", 50, "platform_fees", new BigDecimal("6.10")))
        .then()
        .statusCode(201)
        .body("platform_fees", equalTo(6.10f))
        .body("fees_computed", equalTo(false));
  }

  @Test
  void unitsSellInPartsAndTheirCostsAddUpToTheItemsCost(Api api) {
    // 3 units bought for 10.00: unit costs 3.34, 3.33, 3.33 (the first carries the extra cent)
    String acquired = LocalDate.now(ZoneOffset.UTC).minusDays(10) + "T12:00:00Z";
    String place = Listings.unique("Shelf ");
    String lot =
        Listings.item(
            api, "10.00", 3, Map.of("acquisition_date", acquired, "storage_location", place));
    String listing = Listings.listing(api, lot, "local", "active");

    // 1 unit at 8.00: cost 3.34, profit 4.66, ROI 4.66 / 3.34 = 139.52 %, margin 4.66 / 8 = 58.25 %
    JsonPath first =
        Listings.json(Listings.sell(api, listing, Map.of("sold_price", new BigDecimal("8.00"))));
    assertThat(Listings.money(first, "cost_of_goods")).isEqualByComparingTo("3.34");
    assertThat(Listings.money(first, "platform_fees")).isEqualByComparingTo("0.00");
    JsonPath item = Listings.json(api.as("viewer").get(Listings.ITEMS + "/" + lot));
    assertThat(item.getInt("inventory.quantity_sold")).isEqualTo(1);
    assertThat(Listings.money(item, "inventory.net_profit")).isEqualByComparingTo("4.66");
    assertThat(Listings.money(item, "inventory.roi_percent")).isEqualByComparingTo("139.52");
    assertThat(Listings.money(item, "inventory.margin_percent")).isEqualByComparingTo("58.25");
    assertThat(item.get("inventory.days_to_sell") == null).isTrue();
    api.as("viewer")
        .get(Listings.LISTINGS + "/" + listing)
        .then()
        .body("status", equalTo("active"))
        .body("quantity_sold", equalTo(1));
    // partly sold, still listed; the list's roi is the realized one
    assertThat(ids(api, Map.of("storage_location", place, "status", "listed")))
        .containsExactly(lot);
    assertThat(ids(api, Map.of("storage_location", place, "min_roi", "139.52")))
        .containsExactly(lot);
    assertThat(ids(api, Map.of("storage_location", place, "min_roi", "139.53"))).isEmpty();

    // 3 more than the 2 left: refused, nothing changes
    Listings.sell(api, listing, Map.of("sold_price", 7, "quantity", 3))
        .then()
        .statusCode(409)
        .body("detail", containsString("2 of 3 units left"));

    // the last 2 at 7.00: cost 3.33 + 3.33 = 6.66; the item: proceeds 8 + 14 = 22.00, profit
    // 22.00 - 10.00 = 12.00, ROI 120.00 %, margin 12 / 22 = 54.545.. -> 54.55 %
    JsonPath last =
        Listings.json(
            Listings.sell(
                api, listing, Map.of("sold_price", new BigDecimal("7.00"), "quantity", 2)));
    assertThat(Listings.money(last, "cost_of_goods")).isEqualByComparingTo("6.66");
    assertThat(Listings.money(last, "sold_price")).isEqualByComparingTo("7.00");
    assertThat(Listings.money(last, "item_total")).isEqualByComparingTo("14.00");
    item = Listings.json(api.as("viewer").get(Listings.ITEMS + "/" + lot));
    assertThat(item.getInt("inventory.quantity_sold")).isEqualTo(3);
    assertThat(Listings.money(item, "inventory.net_proceeds")).isEqualByComparingTo("22.00");
    assertThat(Listings.money(item, "inventory.net_profit")).isEqualByComparingTo("12.00");
    assertThat(Listings.money(item, "inventory.roi_percent")).isEqualByComparingTo("120.00");
    assertThat(Listings.money(item, "inventory.margin_percent")).isEqualByComparingTo("54.55");
    assertThat(item.getInt("inventory.days_to_sell")).isEqualTo(10);
    assertThat(item.getInt("inventory.days_listed")).isZero();
    api.as("viewer")
        .get(Listings.LISTINGS + "/" + listing)
        .then()
        .body("status", equalTo("sold"))
        .body("quantity_sold", equalTo(3))
        .body("sold_price", equalTo(22.0f));
    assertThat(ids(api, Map.of("storage_location", place, "status", "sold"))).containsExactly(lot);
    assertThat(ids(api, Map.of("storage_location", place, "status", "listed"))).isEmpty();

    List<Object> costs =
        api.as("viewer")
            .get(Listings.ITEMS + "/" + lot + "/sales")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("cost_of_goods");
    assertThat(costs).hasSize(2);
    api.as("viewer")
        .get(Listings.LISTINGS + "/" + listing + "/sales")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2));
    // sold out: no further sale on the ended listing
    Listings.sell(api, listing, Map.of("sold_price", 7)).then().statusCode(409);
  }

  @Test
  void sellingTheLastUnitFlagsTheOtherListingsForDelisting(Api api) {
    String lot = Listings.item(api, "10.00", 1);
    String ebay = Listings.listing(api, lot, "ebay", "active");
    String etsy = Listings.listing(api, lot, "etsy", "active");
    String mercari = Listings.listing(api, lot, "mercari", "draft");
    String whatnot = Listings.listing(api, lot, "whatnot", "scheduled");
    String poshmark = Listings.expiredListing(api, lot, "poshmark");
    String facebook = Listings.listing(api, lot, "facebook", "not_listed");

    Listings.sell(api, ebay, Map.of("sold_price", 30)).then().statusCode(201);

    JsonPath item = Listings.json(api.as("viewer").get(Listings.ITEMS + "/" + lot));
    Map<String, Boolean> flags = new HashMap<>();
    for (Map<String, Object> l : item.<Map<String, Object>>getList("listings")) {
      flags.put((String) l.get("platform"), (Boolean) l.get("needs_delist"));
    }
    assertThat(flags)
        .containsEntry("ebay", false)
        .containsEntry("etsy", true)
        .containsEntry("mercari", true)
        .containsEntry("whatnot", true)
        .containsEntry("poshmark", false)
        .containsEntry("facebook", false);
    api.as("viewer").get(Listings.LISTINGS + "/" + etsy).then().body("needs_delist", equalTo(true));
    List<String> toDelist = Listings.allIds(api, Map.of("needs_delist", "true"));
    assertThat(toDelist).contains(etsy, mercari, whatnot).doesNotContain(ebay, poshmark, facebook);
    assertThat(Listings.allIds(api, Map.of("needs_delist", "false")))
        .contains(ebay)
        .doesNotContain(etsy);

    // nothing left: no sale and no going live again
    Listings.sell(api, etsy, Map.of("sold_price", 30))
        .then()
        .statusCode(409)
        .body("detail", containsString("0 of 1 units left"));
    Listings.patch(api, poshmark, Map.of("status", "active"))
        .then()
        .statusCode(409)
        .body("detail", containsString("sold out"));

    // taken down: by the delisted action (cancels it) or by cancelling it
    api.as("staff")
        .post(Listings.LISTINGS + "/" + etsy + "/delisted")
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"))
        .body("needs_delist", equalTo(false));
    Listings.patch(api, mercari, Map.of("status", "cancelled"))
        .then()
        .statusCode(200)
        .body("needs_delist", equalTo(false));
    assertThat(Listings.allIds(api, Map.of("needs_delist", "true")))
        .contains(whatnot)
        .doesNotContain(etsy, mercari);
    api.as("viewer")
        .get(Listings.LISTINGS + "/" + whatnot)
        .then()
        .body("status", equalTo("scheduled"))
        .body("ended_date", nullValue());
  }

  @Test
  void wrongSalesAreBadRequests(Api api) {
    String lot = Listings.item(api, "10.00", 2);
    String listing = Listings.listing(api, lot, "ebay", "active");
    badSale(api, listing, Map.of(), "sold_price", "required");
    badSale(api, listing, Map.of("sold_price", -1), "sold_price", "negative");
    badSale(api, listing, Map.of("sold_price", 5, "quantity", 0), "quantity", "at least 1");
    badSale(api, listing, Map.of("sold_price", 5, "quantity", 1.5), "quantity", "whole");
    badSale(
        api, listing, Map.of("sold_price", 5, "shipping_paid", -2), "shipping_paid", "negative");
    badSale(
        api, listing, Map.of("sold_price", 5, "platform_fees", "a lot"), "platform_fees", "amount");
    badSale(
        api, listing, Map.of("sold_price", 5, "sold_date", "yesterday"), "sold_date", "ISO-8601");
    badSale(
        api, listing, Map.of("sold_price", 5, "sold_date", "2999-01-01"), "sold_date", "future");
    badSale(api, listing, Map.of("sold_price", 5, "price", 5), "price", "sold_price");
    // a listing that is not live cannot sell
    String draft = Listings.listing(api, lot, "etsy", "draft");
    Listings.sell(api, draft, Map.of("sold_price", 5))
        .then()
        .statusCode(409)
        .body("detail", containsString("active or pending"));
    assertThat(
            api.as("viewer")
                .get(Listings.ITEMS + "/" + lot)
                .path("inventory.quantity_sold")
                .toString())
        .isEqualTo("0");
  }

  @Test
  void twoBuyersOfTheLastUnitAtOnceGetOneSaleAndOneConflict(Api api, ResellServer server)
      throws Exception {
    api.token("staff");
    for (int round = 0; round < 6; round++) {
      String lot = Listings.item(api, "10.00", 1);
      String first = Listings.listing(api, lot, "ebay", "active");
      // even rounds: two platforms sell the one unit; odd rounds: one listing sells it twice
      String second = round % 2 == 0 ? Listings.listing(api, lot, "mercari", "active") : first;
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> buyers = new ArrayList<>();
      for (String listing : List.of(first, second)) {
        buyers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return Listings.sell(api, listing, Map.of("sold_price", 20)).statusCode();
                }));
      }
      start.countDown();
      List<Integer> codes = new ArrayList<>();
      for (CompletableFuture<Integer> buyer : buyers) codes.add(buyer.get(60, TimeUnit.SECONDS));
      assertThat(codes).as("round " + round).containsExactlyInAnyOrder(201, 409);
      List<Map<String, Object>> stock =
          server
              .database()
              .rows(
                  "SELECT i.quantity_sold, (SELECT count(*) FROM sales s WHERE s.lot_id = i.lot_id) AS"
                      + " sales FROM inventory i WHERE i.lot_id = ?",
                  UUID.fromString(lot));
      assertThat(((Number) stock.get(0).get("quantity_sold")).intValue()).isEqualTo(1);
      assertThat(((Number) stock.get(0).get("sales")).intValue()).isEqualTo(1);
    }
  }

  private static void assertFees(
      Api api, String platform, String price, String shipping, String tax, String fees) {
    String lot = Listings.item(api, "10.00", 1);
    String listing = Listings.listing(api, lot, platform, "active");
    Map<String, Object> sale = new HashMap<>();
    sale.put("sold_price", new BigDecimal(price));
    sale.put("shipping_paid", new BigDecimal(shipping));
    if (tax != null) sale.put("sales_tax_collected", new BigDecimal(tax));
    Response answer = Listings.sell(api, listing, sale);
    answer.then().statusCode(201);
    JsonPath json = Listings.json(answer);
    assertThat(Listings.money(json, "platform_fees"))
        .as(platform + " " + price)
        .isEqualByComparingTo(fees);
    assertThat(json.getBoolean("fees_computed")).isTrue();
  }

  private static void badSale(
      Api api, String listing, Map<String, Object> body, String field, String message) {
    Listings.sell(api, listing, body)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo(field))
        .body("errors[0].message", containsString(message));
  }

  private static List<String> ids(Api api, Map<String, String> query) {
    return api.as("viewer")
        .queryParams(query)
        .get(Listings.ITEMS)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.lot_id");
  }
}

package app.resell.analytics;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A known business in 2011-2012 (no other test uses those years): items bought through the API,
 * listings and sales written with SQL (their API is another feature). Every expected figure of the
 * analytics ITs is computed from these Java objects, independently of the production SQL.
 */
final class SalesDataset {

  static final String[] CATEGORIES = {"silver", "stamps", "coins", "glass", "toys"};
  static final String[] PLATFORMS = {"ebay", "etsy", "mercari"};

  static final class Item {
    UUID lotId;
    String name;
    String category;
    int quantity;
    int quantitySold;
    BigDecimal bid;
    BigDecimal premium;
    BigDecimal tax;
    BigDecimal shipping;
    BigDecimal estimate;
    OffsetDateTime acquired;
    boolean activeListing;
    boolean needsReview;

    BigDecimal totalCost() {
      return bid.add(premium).add(tax).add(shipping);
    }

    BigDecimal costPerUnit() {
      return totalCost().divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    BigDecimal costOnHand() {
      return totalCost()
          .multiply(BigDecimal.valueOf(quantity - quantitySold))
          .divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }

    BigDecimal estimateOnHand() {
      return estimate
          .multiply(BigDecimal.valueOf(quantity - quantitySold))
          .divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
    }
  }

  static final class Listing {
    UUID id = UUID.randomUUID();
    Item item;
    String platform;
    OffsetDateTime listed;
    String status;
    final List<Sale> sales = new ArrayList<>();
  }

  static final class Sale {
    Listing listing;
    int quantity;
    BigDecimal soldPrice;
    BigDecimal shippingPaid;
    BigDecimal actualShipping;
    BigDecimal fees;
    BigDecimal cogs;
    BigDecimal refund;
    OffsetDateTime refundedAt;
    OffsetDateTime sold;

    BigDecimal gross() {
      return soldPrice.add(shippingPaid);
    }

    BigDecimal revenue() {
      return gross().subtract(refund);
    }

    BigDecimal netProceeds() {
      return soldPrice.add(shippingPaid).subtract(fees).subtract(actualShipping).subtract(refund);
    }

    BigDecimal profit() {
      return netProceeds().subtract(cogs);
    }

    Item item() {
      return listing.item;
    }
  }

  final List<Item> items = new ArrayList<>();
  final List<Listing> listings = new ArrayList<>();
  final List<Sale> sales = new ArrayList<>();

  /** Builds the data set: 30 items acquired 2011-01..2012-06, listed, about 60% sold by 2012-12. */
  static SalesDataset create(Api api, ResellServer server, String marker) {
    SalesDataset d = new SalesDataset();
    Random r = new Random(20111);
    OffsetDateTime start = OffsetDateTime.of(2011, 1, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    for (int n = 0; n < 30; n++) {
      Item item = new Item();
      item.name = (n == 0 ? "=SUM(A1:A9) " : "") + marker + " lot " + n;
      item.category = CATEGORIES[n % CATEGORIES.length];
      item.quantity = n % 7 == 3 ? 3 : 1;
      item.bid = money(5 + r.nextInt(20000) / 100.0);
      item.premium = item.bid.multiply(new BigDecimal("0.15")).setScale(2, RoundingMode.HALF_UP);
      item.tax = item.bid.multiply(new BigDecimal("0.07")).setScale(2, RoundingMode.HALF_UP);
      item.shipping = money(r.nextInt(1500) / 100.0);
      item.estimate = money(10 + r.nextInt(40000) / 100.0);
      item.acquired = start.plusDays(r.nextInt(540)).plusMinutes(r.nextInt(600));
      item.needsReview = n % 10 == 4;
      Map<String, Object> body = new HashMap<>();
      body.put("item_name", item.name);
      body.put("category", item.category);
      body.put("quantity", item.quantity);
      body.put("bid_amount", item.bid);
      body.put("buyers_premium", item.premium);
      body.put("sales_tax", item.tax);
      body.put("shipping_cost", item.shipping);
      body.put("estimated_value", item.estimate);
      body.put("acquisition_date", item.acquired.toString());
      body.put("auto_categorize", false);
      if (item.needsReview) body.put("needs_review", true);
      String id =
          api.as("staff")
              .body(body)
              .post("/api/v1/inventory")
              .then()
              .statusCode(201)
              .extract()
              .path("lot_id");
      item.lotId = UUID.fromString(id);
      d.items.add(item);

      int platforms = 1 + r.nextInt(2);
      for (int p = 0; p < platforms; p++) {
        Listing listing = new Listing();
        listing.item = item;
        listing.platform = PLATFORMS[(n + p) % PLATFORMS.length];
        listing.listed = item.acquired.plusDays(5 + r.nextInt(40)).plusHours(r.nextInt(20));
        listing.status = "active";
        d.listings.add(listing);
        int units = item.quantity - item.quantitySold;
        if (units > 0 && r.nextInt(10) < 6 && n != 0) {
          Sale sale = new Sale();
          sale.listing = listing;
          sale.quantity = item.quantity > 1 ? 1 + r.nextInt(units) : 1;
          sale.sold = listing.listed.plusDays(3 + r.nextInt(200)).plusMinutes(r.nextInt(900));
          OffsetDateTime last = OffsetDateTime.of(2012, 12, 20, 0, 0, 0, 0, ZoneOffset.UTC);
          if (sale.sold.isAfter(last)) sale.sold = last.minusDays(r.nextInt(30));
          sale.soldPrice = money(8 + r.nextInt(50000) / 100.0);
          sale.shippingPaid = money(r.nextInt(2000) / 100.0);
          sale.actualShipping = money(r.nextInt(1800) / 100.0);
          sale.fees =
              sale.soldPrice
                  .add(sale.shippingPaid)
                  .multiply(new BigDecimal("0.1325"))
                  .add(new BigDecimal("0.30"))
                  .setScale(2, RoundingMode.HALF_UP);
          sale.cogs = item.costPerUnit().multiply(BigDecimal.valueOf(sale.quantity));
          sale.refund = BigDecimal.ZERO.setScale(2);
          if (r.nextInt(8) == 0) {
            sale.refund = sale.soldPrice.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            sale.refundedAt = sale.sold.plusDays(9);
          }
          item.quantitySold += sale.quantity;
          listing.sales.add(sale);
          listing.status = item.quantitySold == item.quantity ? "sold" : "active";
          d.sales.add(sale);
        }
      }
    }
    for (Listing l : d.listings) {
      if (l.item.quantitySold == l.item.quantity && l.status.equals("active")) l.status = "ended";
    }
    for (Item item : d.items) {
      item.activeListing =
          d.listings.stream().anyMatch(l -> l.item == item && l.status.equals("active"));
    }
    d.store(server);
    return d;
  }

  private void store(ResellServer server) {
    for (Listing l : listings) {
      server
          .database()
          .execute(
              "INSERT INTO platform_listings (id, lot_id, platform, status, list_price, listed_date, views)"
                  + " VALUES (?, ?, ?::platform_type, ?::listing_status, 99.00, ?, 3)",
              l.id,
              l.item.lotId,
              l.platform,
              l.status.equals("ended") ? "expired" : l.status,
              l.listed);
      for (Sale s : l.sales) {
        server
            .database()
            .execute(
                "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
                    + " actual_shipping, platform_fees, cost_of_goods, refund_amount, refunded_at, sold_date)"
                    + " VALUES (?, ?, ?::platform_type, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.id,
                l.item.lotId,
                l.platform,
                s.quantity,
                s.soldPrice,
                s.shippingPaid,
                s.actualShipping,
                s.fees,
                s.cogs,
                s.refund,
                s.refundedAt,
                s.sold);
      }
    }
    for (Item item : items) {
      server
          .database()
          .execute(
              "UPDATE inventory SET quantity_sold = ? WHERE lot_id = ?",
              item.quantitySold,
              item.lotId);
    }
  }

  static BigDecimal money(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** part x 100 / whole half-up to 2 decimals, null for a zero whole. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) return null;
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** Mean of a duration list in days, 1 decimal. */
  static BigDecimal meanDays(List<Duration> durations) {
    if (durations.isEmpty()) return null;
    BigDecimal seconds = BigDecimal.ZERO;
    for (Duration d : durations) seconds = seconds.add(BigDecimal.valueOf(d.getSeconds()));
    return seconds.divide(BigDecimal.valueOf(86400L * durations.size()), 1, RoundingMode.HALF_UP);
  }
}

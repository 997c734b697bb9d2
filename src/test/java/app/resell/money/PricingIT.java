package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /inventory/{id}/pricing on an item whose landed cost is its 50.00 bid. A target ROI of 100%
 * needs a profit of 50.00, i.e. net proceeds of 100.00 (no shipping unless stated).
 */
@ResellIT
class PricingIT {

  private static JsonPath pricing(Api api, String lotId, String query) {
    return Money.json(
        api.as("viewer")
            .get(Money.API + "/inventory/" + lotId + "/pricing" + query)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  private static BigDecimal lowest(JsonPath p, String platform) {
    return Money.money(p, "platforms.find { it.platform == '" + platform + "' }.lowest_price");
  }

  @Test
  void everyPlatformGetsTheLowestPriceThatReachesTheTarget(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Pricing chair "), "furniture", "50.00", 1);
    JsonPath p = pricing(api, lotId, "?target_roi=100");
    assertThat(Money.money(p, "landed_cost")).isEqualByComparingTo("50.00");
    assertThat(p.getList("platforms")).hasSize(15);
    // Local and WorthPoint charge nothing: 100.00
    assertThat(lowest(p, "local")).isEqualByComparingTo("100.00");
    assertThat(lowest(p, "worthpoint")).isEqualByComparingTo("100.00");
    // Mercari 10%: 111.11 -> fee 11.111 -> 11.11, net 100.00 (reaches);
    // 111.10 -> fee 11.11, net 99.99 (misses)
    assertThat(lowest(p, "mercari")).isEqualByComparingTo("111.11");
    // eBay 13.6% + 0.40: 116.20 -> 15.8032 -> 15.80 + 0.40, net 100.00;
    // 116.19 -> 15.80184 -> 15.80 + 0.40, net 99.99
    assertThat(lowest(p, "ebay")).isEqualByComparingTo("116.20");
    // Poshmark 20%: 125.00 -> 25.00, net 100.00; 124.99 -> 24.998 -> 25.00, net 99.99
    assertThat(lowest(p, "poshmark")).isEqualByComparingTo("125.00");
    assertThat(Money.money(p, "platforms.find { it.platform == 'ebay' }.quote.net_profit"))
        .isEqualByComparingTo("50.00");
    assertThat(p.getList("listings")).isEmpty();
  }

  @Test
  void expectedShippingRaisesThePrice(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Pricing crock "), "pottery", "50.00", 1);
    // Mercari with 10.00 postage: 122.22 -> fee 12.222 -> 12.22, net 110.00 - 10.00 = 100.00;
    // 122.21 -> fee 12.22, 99.99
    JsonPath p = pricing(api, lotId, "?target_roi=100&shipping_cost=10.00");
    assertThat(lowest(p, "mercari")).isEqualByComparingTo("122.22");
    assertThat(Money.money(p, "shipping_cost")).isEqualByComparingTo("10.00");
  }

  @Test
  void profitAtTheCurrentListPricesComesFromTheItemsListings(Api api, ResellServer server) {
    String lotId = Money.item(api, Money.uniqueWord("Pricing desk "), "furniture", "50.00", 1);
    UUID id = UUID.fromString(lotId);
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status, list_price) VALUES"
                + " (?, 'ebay', 'active', 150.00), (?, 'mercari', 'active', 100.00),"
                + " (?, 'etsy', 'draft', NULL)",
            id,
            id,
            id);
    JsonPath p = pricing(api, lotId, "?target_roi=100");
    // eBay 150.00: 13.6% = 20.40 + 0.40 = 20.80, net 129.20, profit 79.20, ROI 158.40%
    assertThat(Money.money(p, "listings.find { it.platform == 'ebay' }.quote.fees.total"))
        .isEqualByComparingTo("20.80");
    assertThat(Money.money(p, "listings.find { it.platform == 'ebay' }.quote.net_profit"))
        .isEqualByComparingTo("79.20");
    assertThat(Money.money(p, "listings.find { it.platform == 'ebay' }.quote.roi_percent"))
        .isEqualByComparingTo("158.40");
    assertThat(p.getBoolean("listings.find { it.platform == 'ebay' }.reaches_target")).isTrue();
    // Mercari 100.00: fee 10.00, net 90.00, profit 40.00, ROI 80% < 100%
    assertThat(Money.money(p, "listings.find { it.platform == 'mercari' }.quote.net_profit"))
        .isEqualByComparingTo("40.00");
    assertThat(p.getBoolean("listings.find { it.platform == 'mercari' }.reaches_target")).isFalse();
    assertThat(p.getString("listings.find { it.platform == 'etsy' }.status")).isEqualTo("draft");
    assertThat(p.getString("listings.find { it.platform == 'etsy' }.quote")).isNull();
  }

  @Test
  void pricesAreForOneUnitAtTheNextUnitsCost(Api api) {
    // 10.00 over 3 units: 3.34, 3.33, 3.33; the first unit to sell costs 3.34
    String lotId = Money.item(api, Money.uniqueWord("Pricing jars "), "glass", "10.00", 3);
    JsonPath p = pricing(api, lotId, "?target_roi=0");
    assertThat(Money.money(p, "landed_cost")).isEqualByComparingTo("3.34");
    assertThat(lowest(p, "local")).isEqualByComparingTo("3.34");
  }

  @Test
  void badTargetsAndUnknownItemsAreRefused(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Pricing stool "), "furniture", "5.00", 1);
    api.as("viewer")
        .get(Money.API + "/inventory/" + lotId + "/pricing?target_roi=lots")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("target_roi"));
    api.as("viewer")
        .get(Money.API + "/inventory/" + lotId + "/pricing?target_roi=-100")
        .then()
        .statusCode(400);
    api.as("viewer")
        .get(Money.API + "/inventory/" + lotId + "/pricing?shipping_cost=-1")
        .then()
        .statusCode(400);
    api.as("viewer")
        .get(Money.API + "/inventory/" + UUID.randomUUID() + "/pricing")
        .then()
        .statusCode(404);
    api.as("viewer").get(Money.API + "/inventory/nope/pricing").then().statusCode(400);
    api.anonymous().get(Money.API + "/inventory/" + lotId + "/pricing").then().statusCode(401);
  }
}

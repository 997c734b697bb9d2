package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POST /tools/fees against the shipped default schedules, one hand-computed sale per platform. The
 * arithmetic is in the comments: every component is rounded half-up to the cent on its own and the
 * total is the sum of the rounded components (docs/MONEY.md, section 5).
 */
@ResellIT
class FeeQuoteIT {

  private static final String PATH = Money.API + "/tools/fees";

  /**
   * platform, category, sold price, shipping, tax, quantity -> group, final value fee, per-order
   * fee, processing, listing fee, total.
   */
  static Stream<Arguments> everyPlatform() {
    return Stream.of(
        // eBay default: 13.6% of item+shipping+tax = 13.6% of 64.80 = 8.8128 -> 8.81;
        // order total 64.80 > 10 -> per-order 0.40; total 9.21
        Arguments.of(
            "ebay",
            "antiques",
            "50.00",
            "10.00",
            "4.80",
            1,
            "default",
            "8.81",
            "0.40",
            "0.00",
            "0.00",
            "9.21"),
        // Etsy: 6.5% of item+shipping 45.00 = 2.925 -> 2.93; payments 3% of 48.60 = 1.458
        // + 0.25 = 1.708 -> 1.71; listing 0.20 x 1; total 4.84
        Arguments.of(
            "etsy", null, "40.00", "5.00", "3.60", 1, "default", "2.93", "0.00", "1.71", "0.20",
            "4.84"),
        // Facebook shipped: 10% of 5.00 = 0.50, raised to the 0.80 minimum; total 0.80
        Arguments.of(
            "facebook",
            "toys",
            "5.00",
            null,
            null,
            1,
            "default",
            "0.80",
            "0.00",
            "0.00",
            "0.00",
            "0.80"),
        // Chairish: 20% of the item only (shipping not in the base): 20% of 1200 = 240.00
        Arguments.of(
            "chairish",
            "furniture",
            "1200.00",
            "150.00",
            null,
            1,
            "default",
            "240.00",
            "0.00",
            "0.00",
            "0.00",
            "240.00"),
        // WorthPoint is a price guide: 0% of anything
        Arguments.of(
            "worthpoint",
            null,
            "100.00",
            null,
            null,
            1,
            "default",
            "0.00",
            "0.00",
            "0.00",
            "0.00",
            "0.00"),
        // Mercari: 10% of item+shipping 31.50 = 3.15, no seller processing fee
        Arguments.of(
            "mercari",
            "clothing",
            "25.00",
            "6.50",
            null,
            1,
            "default",
            "3.15",
            "0.00",
            "0.00",
            "0.00",
            "3.15"),
        // Poshmark: item 12.00 is below 15.00 -> flat 2.95
        Arguments.of(
            "poshmark",
            "clothing",
            "12.00",
            null,
            null,
            1,
            "default",
            "2.95",
            "0.00",
            "0.00",
            "0.00",
            "2.95"),
        // Depop US: no selling fee; processing 3.3% of 34.00 = 1.122 + 0.45 = 1.572 -> 1.57
        Arguments.of(
            "depop",
            "clothing",
            "30.00",
            "4.00",
            null,
            1,
            "default",
            "0.00",
            "0.00",
            "1.57",
            "0.00",
            "1.57"),
        // Whatnot coins: 4% of item 100.00 = 4.00; processing 2.9% of 113.40 = 3.2886 + 0.30
        // = 3.5886 -> 3.59; total 7.59
        Arguments.of(
            "whatnot",
            "coins",
            "100.00",
            "5.00",
            "8.40",
            1,
            "coins_money",
            "4.00",
            "0.00",
            "3.59",
            "0.00",
            "7.59"),
        // Ruby Lane: 9.9% of item+shipping 3050.00 = 301.95, capped at 250.00
        Arguments.of(
            "rubylane",
            "antiques",
            "3000.00",
            "50.00",
            null,
            1,
            "default",
            "250.00",
            "0.00",
            "0.00",
            "0.00",
            "250.00"),
        // Amazon books, 2 units at 12.00: 15% of (24.00 + 3.99) = 4.1985, + closing fee
        // 1.80 x 2 = 3.60 -> 7.7985 -> 7.80; individual plan 0.99 x 2 = 1.98; total 9.78
        Arguments.of(
            "amazon", "books", "12.00", "3.99", null, 2, "media", "7.80", "1.98", "0.00", "0.00",
            "9.78"),
        // Shopify: no commission; 2.9% of 97.20 = 2.8188 + 0.30 = 3.1188 -> 3.12
        Arguments.of(
            "shopify", null, "80.00", "10.00", "7.20", 1, "default", "0.00", "0.00", "3.12", "0.00",
            "3.12"),
        // Booth: 10% of 45.00 = 4.50
        Arguments.of(
            "booth", "glass", "45.00", null, null, 1, "default", "4.50", "0.00", "0.00", "0.00",
            "4.50"),
        // Local cash sale: nothing
        Arguments.of(
            "local",
            "furniture",
            "300.00",
            null,
            null,
            1,
            "default",
            "0.00",
            "0.00",
            "0.00",
            "0.00",
            "0.00"),
        // Other channel: nothing by default
        Arguments.of(
            "other", null, "20.00", "3.00", null, 1, "default", "0.00", "0.00", "0.00", "0.00",
            "0.00"));
  }

  @ParameterizedTest(name = "{0}: {2} + {3} shipping + {4} tax x {5} -> fees {11}")
  @MethodSource("everyPlatform")
  void quotesEveryPlatformAsComputedByHand(
      String platform,
      String category,
      String price,
      String shipping,
      String tax,
      int quantity,
      String group,
      String finalValue,
      String perOrder,
      String processing,
      String listing,
      String total,
      Api api) {
    Map<String, Object> sale = new HashMap<>();
    sale.put("platform", platform);
    if (category != null) sale.put("category", category);
    sale.put("sold_price", new BigDecimal(price));
    if (shipping != null) sale.put("shipping_charged", new BigDecimal(shipping));
    if (tax != null) sale.put("sales_tax", new BigDecimal(tax));
    sale.put("quantity", quantity);
    JsonPath fees =
        Money.json(
            api.as("viewer").body(sale).post(PATH).then().statusCode(200).extract().response());
    assertThat(fees.getString("platform")).isEqualTo(platform);
    assertThat(fees.getString("commission_group")).isEqualTo(group);
    assertThat(Money.money(fees, "final_value_fee")).isEqualByComparingTo(finalValue);
    assertThat(Money.money(fees, "per_order_fee")).isEqualByComparingTo(perOrder);
    assertThat(Money.money(fees, "payment_processing_fee")).isEqualByComparingTo(processing);
    assertThat(Money.money(fees, "listing_fee")).isEqualByComparingTo(listing);
    assertThat(Money.money(fees, "total")).isEqualByComparingTo(total);
    assertThat(fees.getString("schedule_checked_on")).isNotBlank();
  }

  @Test
  void ebayJewelryPaysTheLowerRateOnlyOnThePartAboveFiveThousand(Api api) {
    // 15% of 5000 = 750.00 + 9% of 1000 = 90.00 -> 840.00; per-order 0.40; total 840.40
    JsonPath fees =
        Money.json(
            api.as("viewer")
                .body(Map.of("platform", "ebay", "category", "jewelry", "sold_price", 6000))
                .post(PATH)
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(fees.getString("commission_group")).isEqualTo("jewelry_watches");
    assertThat(Money.money(fees, "total")).isEqualByComparingTo("840.40");
  }

  @Test
  void badValuesAreAllNamedInOneAnswer(Api api) {
    JsonPath problem =
        Money.json(
            api.as("viewer")
                .body(
                    Map.of(
                        "platform",
                        "craigslist",
                        "category",
                        "spaceships",
                        "sold_price",
                        -1,
                        "quantity",
                        0))
                .post(PATH)
                .then()
                .statusCode(400)
                .extract()
                .response());
    assertThat(problem.getList("errors.field", String.class))
        .containsExactlyInAnyOrder("platform", "category", "sold_price", "quantity");
    assertThat(problem.getString("errors.find { it.field == 'platform' }.message"))
        .contains("ebay, etsy, facebook");
    api.as("viewer").body(Map.of("platform", "ebay")).post(PATH).then().statusCode(400);
    api.anonymous()
        .body(Map.of("platform", "ebay", "sold_price", 1))
        .post(PATH)
        .then()
        .statusCode(401);
  }
}

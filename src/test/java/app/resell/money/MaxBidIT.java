package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * POST /tools/max-bid. The worked example: a lot expected to sell for 100.00 on Mercari, 10.00
 * postage, 18% buyer's premium, 7% tax on hammer + premium, target ROI 50%.
 *
 * <ul>
 *   <li>net proceeds N = 100.00 - 10% fee 10.00 - postage 10.00 = 80.00, whatever the bid;
 *   <li>the landed cost may be at most N x 100 / 150 = 53.33;
 *   <li>bid 42.24: premium 7.6032 -> 7.60, tax 7% of 49.84 = 3.4888 -> 3.49, landed 53.33, profit
 *       26.67, and 26.67 x 100 = 2667 >= 50 x 53.33 = 2666.5: reaches the target;
 *   <li>bid 42.25: premium 7.605 -> 7.61, tax 7% of 49.86 = 3.4902 -> 3.49, landed 53.35, profit
 *       26.65, 2665 < 2667.5: misses. So the max bid is 42.24, ROI 26.67 / 53.33 = 50.01%.
 * </ul>
 */
@ResellIT
class MaxBidIT {

  private static final String PATH = Money.API + "/tools/max-bid";

  private static Map<String, Object> lot() {
    Map<String, Object> lot = new HashMap<>();
    lot.put("expected_sale_price", new BigDecimal("100.00"));
    lot.put("platform", "mercari");
    lot.put("buyers_premium_percent", 18);
    lot.put("sales_tax_percent", 7);
    lot.put("shipping_cost", new BigDecimal("10.00"));
    lot.put("target_roi", 50);
    return lot;
  }

  private static JsonPath ask(Api api, Map<String, Object> lot) {
    return Money.json(
        api.as("viewer").body(lot).post(PATH).then().statusCode(200).extract().response());
  }

  @Test
  void theMaxBidIsTheHighestHammerThatStillReachesTheTarget(Api api) {
    JsonPath bid = ask(api, lot());
    assertThat(bid.getBoolean("reachable")).isTrue();
    assertThat(Money.money(bid, "max_bid")).isEqualByComparingTo("42.24");
    assertThat(Money.money(bid, "buyers_premium")).isEqualByComparingTo("7.60");
    assertThat(Money.money(bid, "sales_tax")).isEqualByComparingTo("3.49");
    assertThat(Money.money(bid, "landed_cost")).isEqualByComparingTo("53.33");
    assertThat(Money.money(bid, "sale.fees.total")).isEqualByComparingTo("10.00");
    assertThat(Money.money(bid, "sale.net_proceeds")).isEqualByComparingTo("80.00");
    assertThat(Money.money(bid, "sale.net_profit")).isEqualByComparingTo("26.67");
    assertThat(Money.money(bid, "sale.roi_percent")).isEqualByComparingTo("50.01");
    assertThat(bid.getString("expected_sale_price_from")).isEqualTo("request");
  }

  @Test
  void anUntaxedPremiumAllowsAHigherBid(Api api) {
    // tax on the hammer only: bid 42.40 -> premium 7.632 -> 7.63, tax 2.968 -> 2.97, landed 53.00;
    // 42.50 -> 7.65 + 2.975 -> 2.98 = 53.13; 42.70 -> 7.686 -> 7.69, 2.989 -> 2.99 = 53.38 > 53.33.
    // 42.66 -> 7.6788 -> 7.68, 2.9862 -> 2.99 = 53.33 (reaches); 42.67 -> 7.6806 -> 7.68,
    // 2.9869 -> 2.99 = 53.34 (misses). So 42.66.
    Map<String, Object> lot = lot();
    lot.put("premium_taxed", false);
    assertThat(Money.money(ask(api, lot), "max_bid")).isEqualByComparingTo("42.66");
  }

  @Test
  void whenEvenABidOfZeroMissesTheTargetTheAnswerSaysSo(Api api) {
    Map<String, Object> lot = lot();
    lot.put("other_costs", new BigDecimal("60.00")); // 60.00 alone is above the 53.33 ceiling
    JsonPath bid = ask(api, lot);
    assertThat(bid.getBoolean("reachable")).isFalse();
    assertThat(bid.getString("max_bid")).isNull();
    assertThat(bid.getString("reason")).contains("Even a bid of 0");
    assertThat(Money.money(bid, "landed_cost")).isEqualByComparingTo("60.00");
    assertThat(Money.money(bid, "sale.net_profit")).isEqualByComparingTo("20.00");
  }

  @Test
  void anItemsCompsMedianCanStandInForTheExpectedPrice(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Bid lamp "), "vintage", "1.00", 1);
    for (String price : new String[] {"80.00", "100.00", "135.00"}) {
      api.as("staff")
          .body(Map.of("source", "ebay", "title", "Similar lamp", "price", new BigDecimal(price)))
          .post(Money.API + "/inventory/" + lotId + "/comps")
          .then()
          .statusCode(201);
    }
    Map<String, Object> lot = lot();
    lot.remove("expected_sale_price");
    lot.put("lot_id", lotId);
    JsonPath bid = ask(api, lot);
    assertThat(Money.money(bid, "expected_sale_price")).isEqualByComparingTo("100.00");
    assertThat(bid.getString("expected_sale_price_from")).isEqualTo("comps_median");
    assertThat(Money.money(bid, "max_bid")).isEqualByComparingTo("42.24");
  }

  @Test
  void anItemWithoutCompsOrUnknownIsNotAnAnswer(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Bare lot "), "tools", "1.00", 1);
    Map<String, Object> lot = lot();
    lot.remove("expected_sale_price");
    lot.put("lot_id", lotId);
    api.as("viewer").body(lot).post(PATH).then().statusCode(422);
    lot.put("lot_id", "00000000-0000-0000-0000-000000000000");
    api.as("viewer").body(lot).post(PATH).then().statusCode(404);
  }

  @Test
  void badInputIsNamedField(Api api) {
    Map<String, Object> lot = lot();
    lot.put("target_roi", -100);
    lot.put("buyers_premium_percent", 150);
    lot.put("lot_id", "not-an-id");
    JsonPath problem =
        Money.json(
            api.as("viewer").body(lot).post(PATH).then().statusCode(400).extract().response());
    assertThat(problem.getList("errors.field", String.class))
        .contains("target_roi", "buyers_premium_percent", "lot_id");
    Map<String, Object> none = lot();
    none.remove("expected_sale_price");
    api.as("viewer").body(none).post(PATH).then().statusCode(400);
    api.anonymous().body(lot()).post(PATH).then().statusCode(401);
  }
}

package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /research/trends over comps and own sales of items matching a word no other test uses. Own
 * sales are inserted as the listings feature writes them (a listing and its sale rows).
 */
@ResellIT
class ResearchTrendsIT {

  @Test
  void monthlyMediansAndVolumesOfMatchingCompsAndOwnSales(Api api, ResellServer server) {
    String word = Money.uniqueWord("trend");
    String compItem =
        Money.item(api, "Research holder " + Money.uniqueWord("x"), "other", "1.00", 1);
    comp(api, compItem, word + " teapot", "10.00", "2025-01-05");
    comp(api, compItem, word + " teapot lid", "30.00", "2025-01-25");
    comp(api, compItem, "Blue " + word + " teapot", "50.00", "2025-02-14");
    comp(api, compItem, "Unrelated teapot", "999.00", "2025-02-14");

    String sold = Money.item(api, "Our " + word + " teapot", "pottery", "5.00", 5);
    UUID lot = UUID.fromString(sold);
    UUID listing = UUID.randomUUID();
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (id, lot_id, platform, status) VALUES (?, ?, 'ebay', 'active')",
            listing,
            lot);
    sale(server, listing, lot, "40.00", "2025-01-15T12:00:00Z", "0");
    sale(server, listing, lot, "60.00", "2025-02-10T12:00:00Z", "0");
    sale(server, listing, lot, "80.00", "2025-02-20T12:00:00Z", "0");
    sale(server, listing, lot, "500.00", "2025-02-25T12:00:00Z", "500.00"); // refunded in full

    JsonPath t =
        Money.json(
            api.as("viewer")
                .queryParam("q", word + " teapot")
                .get(Money.API + "/research/trends")
                .then()
                .statusCode(200)
                .extract()
                .response());
    // comps: Jan (10, 30) median 20.00, Feb (50) 50.00; all three: median 30.00;
    // slope of (0, 20), (1, 50) = 30.00 per month
    assertThat(t.getInt("comps.count")).isEqualTo(3);
    assertThat(Money.money(t, "comps.median")).isEqualByComparingTo("30.00");
    assertThat(t.getList("comps.monthly.month", String.class))
        .containsExactly("2025-01", "2025-02");
    assertThat(t.getList("comps.monthly.volume", Integer.class)).containsExactly(2, 1);
    assertThat(Money.money(t, "comps.monthly[0].median")).isEqualByComparingTo("20.00");
    assertThat(Money.money(t, "comps.monthly[1].median")).isEqualByComparingTo("50.00");
    assertThat(Money.money(t, "comps.trend_per_month")).isEqualByComparingTo("30.00");
    // own sales: Jan (40) 40.00, Feb (60, 80) 70.00; the refunded 500.00 is left out;
    // all three: median 60.00; slope 30.00
    assertThat(t.getInt("own_sales.count")).isEqualTo(3);
    assertThat(Money.money(t, "own_sales.median")).isEqualByComparingTo("60.00");
    assertThat(t.getList("own_sales.monthly.volume", Integer.class)).containsExactly(1, 2);
    assertThat(Money.money(t, "own_sales.monthly[1].median")).isEqualByComparingTo("70.00");
    assertThat(Money.money(t, "own_sales.trend_per_month")).isEqualByComparingTo("30.00");

    // web-search syntax: excluding "lid" drops the 30.00 comp
    JsonPath without =
        Money.json(
            api.as("viewer")
                .queryParam("q", word + " -lid")
                .get(Money.API + "/research/trends")
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(without.getInt("comps.count")).isEqualTo(2);
  }

  @Test
  void aSearchIsRequired(Api api) {
    api.as("viewer").get(Money.API + "/research/trends").then().statusCode(400);
    api.as("viewer")
        .queryParam("q", " ")
        .get(Money.API + "/research/trends")
        .then()
        .statusCode(400);
    api.anonymous()
        .queryParam("q", "teapot")
        .get(Money.API + "/research/trends")
        .then()
        .statusCode(401);
  }

  private static void comp(Api api, String lotId, String title, String price, String day) {
    api.as("staff")
        .body(
            Map.of(
                "source",
                "worthpoint",
                "title",
                title,
                "price",
                new BigDecimal(price),
                "sold_date",
                day))
        .post(Money.API + "/inventory/" + lotId + "/comps")
        .then()
        .statusCode(201);
  }

  private static void sale(
      ResellServer server, UUID listing, UUID lot, String price, String when, String refund) {
    server
        .database()
        .execute(
            "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, refund_amount,"
                + " refunded_at, sold_date) VALUES (?, ?, 'ebay', 1, ?, ?, CASE WHEN ? > 0 THEN now() END,"
                + " CAST(? AS timestamptz))",
            listing,
            lot,
            new BigDecimal(price),
            new BigDecimal(refund),
            new BigDecimal(refund),
            when);
  }
}

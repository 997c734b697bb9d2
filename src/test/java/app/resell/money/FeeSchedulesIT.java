package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ResellIT
class FeeSchedulesIT {

  private static final String PATH = Money.API + "/fee-schedules";

  @Test
  void aViewerReadsEveryPlatformsScheduleWithItsSourceAndCheckedDate(Api api) {
    JsonPath all =
        Money.json(api.as("viewer").get(PATH).then().statusCode(200).extract().response());
    assertThat(all.getList("platform", String.class))
        .containsExactly(
            "ebay",
            "etsy",
            "facebook",
            "chairish",
            "worthpoint",
            "mercari",
            "poshmark",
            "depop",
            "whatnot",
            "rubylane",
            "amazon",
            "shopify",
            "booth",
            "local",
            "other");
    assertThat(all.getList("source", String.class)).allSatisfy(s -> assertThat(s).isNotBlank());
    assertThat(all.getList("checked_on", String.class))
        .allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(all.getList("version")).allSatisfy(v -> assertThat(v).isNotNull());
    assertThat(all.getList("verified", Boolean.class)).contains(true, false);
  }

  @Test
  void oneScheduleShowsItsGroupsTiersAndPerOrderSteps(Api api) {
    JsonPath ebay =
        Money.json(
            api.as("viewer").get(PATH + "/ebay").then().statusCode(200).extract().response());
    assertThat(ebay.getString("platform")).isEqualTo("ebay");
    assertThat(ebay.getBoolean("verified")).isFalse();
    assertThat(ebay.getString("commission.find { it.name == 'default' }.base"))
        .isEqualTo("item+shipping+tax");
    assertThat(Money.money(ebay, "commission.find { it.name == 'default' }.tiers[0].rate_percent"))
        .isEqualByComparingTo("13.6");
    assertThat(Money.money(ebay, "commission.find { it.name == 'default' }.tiers[0].up_to"))
        .isEqualByComparingTo("7500");
    assertThat(ebay.getList("commission.find { it.name == 'books_media' }.categories"))
        .containsExactly("books");
    assertThat(Money.money(ebay, "per_order.steps[1].fee")).isEqualByComparingTo("0.40");
  }

  @Test
  void anUnknownPlatformIsNotFoundAndAnonymousReadersAreTurnedAway(Api api) {
    api.as("viewer").get(PATH + "/craigslist").then().statusCode(404);
    api.anonymous().get(PATH).then().statusCode(401);
  }

  @Test
  void onlyAnAdministratorMayReplaceASchedule(Api api) {
    Map<String, Object> local = api.as("viewer").get(PATH + "/local").then().extract().path("$");
    api.as("staff").body(local).put(PATH + "/local").then().statusCode(403);
    api.as("viewer").body(local).put(PATH + "/local").then().statusCode(403);
  }

  @Test
  void anInvalidScheduleIsRefusedNamingEveryBadField(Api api) {
    String body =
        """
        {"version": 0, "source": "test", "checked_on": "2026-11-24",
         "commission": [
           {"name": "default", "base": "item+tax", "tiers": [{"up_to": 500, "rate_percent": 10},
                                                            {"up_to": 100, "rate_percent": 120},
                                                            {"rate_percent": -1}]},
           {"name": "fancy", "categories": ["spaceships"], "base": "item", "tiers": [{"rate_percent": 5}]}],
         "per_order": {"base": "item", "steps": [{"up_to": 10, "fee": 0.40}, {"fee": 0.30}]},
         "processing": {"base": "item", "rate_percent": 3}}
        """;
    JsonPath problem =
        Money.json(
            api.asAdmin()
                .body(body)
                .put(PATH + "/other")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract()
                .response());
    assertThat(problem.getList("errors.field", String.class))
        .contains(
            "commission[default].base",
            "commission[default].tiers[1].up_to",
            "commission[default].tiers[1].rate_percent",
            "commission[default].tiers[2].rate_percent",
            "commission[fancy].categories[0]",
            "per_order.steps[1].fee",
            "processing.fixed_fee");
    assertThat(problem.getString("errors.find { it.field == 'commission[default].base' }.message"))
        .contains("allowed: item, item+shipping, item+shipping+tax");
    // nothing changed
    assertThat(api.as("viewer").get(PATH + "/other").then().extract().path("source").toString())
        .isEqualTo("No platform");
  }

  @Test
  void aStaleVersionIsAConflictAndAMissingOneIsRefused(Api api) {
    Map<String, Object> booth = api.asAdmin().get(PATH + "/booth").then().extract().path("$");
    long version = ((Number) booth.get("version")).longValue();
    booth.put("version", version + 7);
    api.asAdmin().body(booth).put(PATH + "/booth").then().statusCode(409);
    booth.remove("version");
    api.asAdmin()
        .body(booth)
        .put(PATH + "/booth")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("version"));
    booth.put("version", version);
    booth.put("platform", "ebay");
    api.asAdmin().body(booth).put(PATH + "/booth").then().statusCode(400);
  }

  @Test
  void anEditedRateAppliesToTheNextFeeQuoteAndIsStoredWithItsAuthor(Api api, ResellServer server)
      throws SQLException {
    Map<String, Object> original = api.asAdmin().get(PATH + "/other").then().extract().path("$");
    long version = ((Number) original.get("version")).longValue();
    Map<String, Object> sale = Map.of("platform", "other", "sold_price", new BigDecimal("80.00"));
    assertThat(quoteTotal(api, sale)).isEqualByComparingTo("0.00");

    Map<String, Object> edited = new java.util.HashMap<>(original);
    edited.put(
        "commission",
        List.of(
            Map.of(
                "name", "default",
                "base", "item",
                "tiers", List.of(Map.of("rate_percent", new BigDecimal("12.5"))))));
    edited.put("source", "our consignment contract");
    edited.put("checked_on", "2026-11-20");
    try {
      JsonPath saved =
          Money.json(
              api.asAdmin()
                  .body(edited)
                  .put(PATH + "/other")
                  .then()
                  .statusCode(200)
                  .extract()
                  .response());
      assertThat(saved.getLong("version")).isEqualTo(version + 1);
      assertThat(saved.getString("updated_by")).isNotBlank();
      // 12.5% of 80.00 = 10.00
      assertThat(quoteTotal(api, sale)).isEqualByComparingTo("10.00");
      try (Connection c = server.database().connect();
          PreparedStatement st =
              c.prepareStatement(
                  "SELECT source, checked_on::text, version, updated_by IS NOT NULL,"
                      + " schedule->'commission'->0->'tiers'->0->>'rate_percent'"
                      + " FROM fee_schedules WHERE platform = 'other'");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("our consignment contract");
        assertThat(rs.getString(2)).isEqualTo("2026-11-20");
        assertThat(rs.getLong(3)).isEqualTo(version + 1);
        assertThat(rs.getBoolean(4)).isTrue();
        assertThat(new BigDecimal(rs.getString(5))).isEqualByComparingTo("12.5");
      }
    } finally {
      original.put("version", version + 1);
      api.asAdmin().body(original).put(PATH + "/other").then().statusCode(200);
    }
    assertThat(quoteTotal(api, sale)).isEqualByComparingTo("0.00");
  }

  private static BigDecimal quoteTotal(Api api, Map<String, Object> sale) {
    return Money.money(
        Money.json(
            api.as("viewer")
                .body(sale)
                .post(Money.API + "/tools/fees")
                .then()
                .statusCode(200)
                .extract()
                .response()),
        "total");
  }
}

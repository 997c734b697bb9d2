package app.resell.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Aging alerts raise for items that match a rule and resolve themselves when that ends. */
@ResellIT
class AlertsIT {

  static final List<Map<String, Object>> DEFAULTS =
      List.of(
          Map.of("rule_type", "unsold_days", "threshold_days", 90, "enabled", true),
          Map.of("rule_type", "listed_no_sale_days", "threshold_days", 60, "enabled", true),
          Map.of("rule_type", "listed_no_views_days", "threshold_days", 14, "enabled", true),
          Map.of(
              "rule_type",
              "value_at_risk",
              "threshold_days",
              180,
              "threshold_value",
              100,
              "enabled",
              true));

  @AfterEach
  void restoreDefaultRules(Api api) {
    api.asAdmin().body(DEFAULTS).put("/api/v1/alerts/rules").then().statusCode(200);
  }

  static String item(Api api, String name, int daysAgo, String bid) {
    return api.as("staff")
        .body(
            Map.of(
                "item_name",
                name,
                "category",
                "tools",
                "bid_amount",
                bid,
                "acquisition_date",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).toString(),
                "auto_categorize",
                false))
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  static List<String> openRules(Api api, String lotId) {
    JsonPath alerts =
        api.as("viewer")
            .queryParam("lot_id", lotId)
            .get("/api/v1/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(alerts.getInt("total")).isEqualTo(alerts.getList("alerts").size());
    return alerts.getList("alerts.rule_type");
  }

  static void sql(ResellServer server, String statement, Object... params) throws Exception {
    try (Connection c = server.database().connect();
        PreparedStatement st = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
      st.executeUpdate();
    }
  }

  @Test
  void anOldExpensiveItemRaisesUnsoldAndValueAlertsThatResolveWhenItSells(
      Api api, ResellServer server) throws Exception {
    String lot = item(api, "alerts-it old anvil " + UUID.randomUUID(), 200, "150.00");
    String young = item(api, "alerts-it new anvil " + UUID.randomUUID(), 10, "150.00");

    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).containsExactlyInAnyOrder("unsold_days", "value_at_risk");
    assertThat(openRules(api, young)).isEmpty();
    JsonPath alerts =
        api.as("viewer")
            .get("/api/v1/alerts?rule_type=value_at_risk&lot_id=" + lot)
            .then()
            .extract()
            .jsonPath();
    Map<String, Object> alert = alerts.getMap("alerts.find { it.lot_id == '" + lot + "' }");
    assertThat(alert.get("item_name").toString()).startsWith("alerts-it old anvil");
    assertThat(alert.get("message").toString()).contains("150.00");

    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).hasSize(2);

    sql(server, "UPDATE inventory SET quantity_sold = quantity WHERE lot_id = ?::uuid", lot);
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).isEmpty();
  }

  @Test
  void aListingWithoutViewsRaisesAnAlertUntilItIsViewed(Api api, ResellServer server)
      throws Exception {
    String lot = item(api, "alerts-it unseen lamp " + UUID.randomUUID(), 30, "20.00");
    UUID listing = UUID.randomUUID();
    sql(
        server,
        "INSERT INTO platform_listings (id, lot_id, platform, status, list_price, listed_date, views)"
            + " VALUES (?, ?::uuid, 'ebay', 'active', 45.00, now() - interval '20 days', 0)",
        listing,
        lot);
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).containsExactly("listed_no_views_days");
    JsonPath alerts =
        api.as("viewer")
            .queryParam("lot_id", lot)
            .get("/api/v1/alerts")
            .then()
            .extract()
            .jsonPath();
    assertThat(alerts.getString("alerts.find { it.lot_id == '" + lot + "' }.listing_id"))
        .isEqualTo(listing.toString());

    sql(server, "UPDATE platform_listings SET views = 12 WHERE id = ?", listing);
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).isEmpty();
  }

  @Test
  void adminsChangeRulesAndAlertsFollowTheNewThresholds(Api api) {
    String lot = item(api, "alerts-it middle-aged clock " + UUID.randomUUID(), 100, "5.00");
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    assertThat(openRules(api, lot)).containsExactly("unsold_days");

    api.asAdmin()
        .body(List.of(Map.of("rule_type", "unsold_days", "threshold_days", 120, "enabled", true)))
        .put("/api/v1/alerts/rules")
        .then()
        .statusCode(200);
    assertThat(openRules(api, lot)).isEmpty();
    JsonPath rules =
        api.as("viewer").get("/api/v1/alerts/rules").then().statusCode(200).extract().jsonPath();
    assertThat(rules.getList("rule_type"))
        .containsExactly(
            "unsold_days",
            "listed_no_sale_days",
            "listed_no_views_days",
            "value_at_risk",
            "backup_overdue",
            "backup_failed");
    assertThat(rules.getInt("find { it.rule_type == 'unsold_days' }.threshold_days"))
        .isEqualTo(120);

    api.asAdmin()
        .body(List.of(Map.of("rule_type", "unsold_days", "threshold_days", 30, "enabled", false)))
        .put("/api/v1/alerts/rules")
        .then()
        .statusCode(200);
    assertThat(openRules(api, lot)).isEmpty();
  }

  @Test
  void onlyAdminsEditRulesAndBadRulesAreRefused(Api api) {
    List<Map<String, Object>> one =
        List.of(Map.of("rule_type", "unsold_days", "threshold_days", 10));
    api.as("viewer").body(one).put("/api/v1/alerts/rules").then().statusCode(403);
    api.as("staff").body(one).put("/api/v1/alerts/rules").then().statusCode(403);
    api.as("viewer").post("/api/v1/alerts/evaluate").then().statusCode(403);
    api.asAdmin()
        .body(List.of(Map.of("rule_type", "unsold_weeks", "threshold_days", 10)))
        .put("/api/v1/alerts/rules")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    api.asAdmin()
        .body(List.of(Map.of("rule_type", "unsold_days", "threshold_days", 0)))
        .put("/api/v1/alerts/rules")
        .then()
        .statusCode(400);
    api.asAdmin()
        .body(List.of(Map.of("rule_type", "value_at_risk", "threshold_days", 10)))
        .put("/api/v1/alerts/rules")
        .then()
        .statusCode(400);
    api.as("viewer").get("/api/v1/alerts?rule_type=nope").then().statusCode(400);
    for (String bad : List.of("lot_id=lamp", "limit=0", "limit=501", "page=-1")) {
      api.as("viewer")
          .get("/api/v1/alerts?" + bad)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body(
              "errors[0].field", org.hamcrest.Matchers.equalTo(bad.substring(0, bad.indexOf('='))));
    }
  }

  @Test
  void openAlertsComeInPagesWithTheirTotal(Api api) {
    api.as("staff").post("/api/v1/alerts/evaluate").then().statusCode(200);
    JsonPath first =
        api.as("viewer").get("/api/v1/alerts?limit=2").then().statusCode(200).extract().jsonPath();
    assertThat(first.getList("alerts")).hasSizeLessThanOrEqualTo(2);
    assertThat(first.getInt("limit")).isEqualTo(2);
    int total = first.getInt("total");
    assertThat(total).isGreaterThanOrEqualTo(first.getList("alerts").size());
    if (total > 2) {
      JsonPath second =
          api.as("viewer")
              .get("/api/v1/alerts?limit=2&page=2")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(second.getList("alerts.id"))
          .doesNotContainAnyElementsOf(first.getList("alerts.id"));
      assertThat(second.getInt("total")).isEqualTo(total);
    }
  }
}

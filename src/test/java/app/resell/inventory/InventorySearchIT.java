package app.resell.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class InventorySearchIT {

  private static String add(
      Api api, String name, String location, String value, String bid, String date) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name);
    fields.put("storage_location", location);
    fields.put("category", "antiques");
    fields.put("condition", "good");
    if (value != null) fields.put("estimated_value", new BigDecimal(value));
    fields.put("bid_amount", new BigDecimal(bid));
    fields.put("acquisition_date", date);
    return Items.create(api, fields).getString("lot_id");
  }

  private static JsonPath list(Api api, Map<String, ?> params) {
    return Items.json(
        api.as("viewer")
            .queryParams(params)
            .get(Items.PATH)
            .then()
            .statusCode(200)
            .extract()
            .response());
  }

  @Test
  void searchMatchesWordPrefixesAndRanksByRelevance(Api api) {
    String word = Items.unique("zq");
    String loc = Items.unique("shelf-");
    String inName = add(api, "Victorian " + word + " mirror", loc, "10.00", "1.00", "2024-01-01");
    Map<String, Object> inDescription = new HashMap<>();
    inDescription.put("item_name", "Plain frame " + Items.unique("x"));
    inDescription.put("description", "Looks victorian in the " + word + " style");
    inDescription.put("storage_location", loc);
    String described = Items.create(api, inDescription).getString("lot_id");
    add(api, "Edwardian lamp", loc, "10.00", "1.00", "2024-01-01");

    JsonPath found =
        list(api, Map.of("search", "vict " + word.substring(0, 6), "storage_location", loc));
    assertThat(found.getList("items.lot_id")).containsExactly(inName, described);
    assertThat(found.getInt("total")).isEqualTo(2);

    assertThat(list(api, Map.of("search", "the", "storage_location", loc)).getInt("total"))
        .isEqualTo(3);
    JsonPath excluded = list(api, Map.of("search", "vict -mirror", "storage_location", loc));
    assertThat(excluded.getList("items.lot_id")).containsExactly(described);
    JsonPath phrase =
        list(api, Map.of("search", "\"victorian " + word + "\"", "storage_location", loc));
    assertThat(phrase.getList("items.lot_id")).containsExactly(inName);
  }

  /**
   * Filters and sorts the category, condition and acquisition indexes carry (V11) are answered from
   * those indexes alone: the same totals, order and pages as the table, and deleted items left out.
   */
  @Test
  void indexCoveredFiltersAgreeWithTheTable(Api api) {
    // a day of its own, after the years AnalyticsIT's reports add up (2011-2012)
    String day =
        "201"
            + (4 + new java.util.Random().nextInt(6))
            + "-0"
            + (1 + new java.util.Random().nextInt(9))
            + "-1";
    String loc = Items.unique("vault-");
    String a = add(api, "Covered one", loc, "50.00", "20.00", day + "1");
    String b = add(api, "Covered two", loc, null, "30.00", day + "2");
    String c = add(api, "Covered three", loc, "12.00", "8.00", day + "3");
    String gone = add(api, "Covered gone", loc, "999.00", "99.00", day + "2");
    api.as("staff").delete(Items.PATH + "/" + gone).then().statusCode(204);
    Map<String, String> range =
        Map.of(
            "acquired_from",
            day + "1",
            "acquired_to",
            day + "3",
            "category",
            "antiques",
            "condition",
            "good");

    Map<String, String> byCost = new HashMap<>(range);
    byCost.put("sort", "cost");
    JsonPath all = list(api, byCost);
    assertThat(all.getList("items.lot_id")).containsExactly(b, a, c);
    assertThat(all.getInt("total")).isEqualTo(3);
    assertThat(all.getObject("aggregates.total_cost", BigDecimal.class))
        .isEqualByComparingTo("58.00");
    assertThat(all.getObject("aggregates.total_estimated_value", BigDecimal.class))
        .isEqualByComparingTo("62.00");
    // (50 - 20) / 20 = 150%, (12 - 8) / 8 = 50%; the item without an estimate has no ROI
    assertThat(all.getObject("aggregates.avg_roi", BigDecimal.class))
        .isEqualByComparingTo("100.00");

    Map<String, String> second = new HashMap<>(range);
    second.putAll(Map.of("sort", "roi", "limit", "1", "page", "2"));
    JsonPath page = list(api, second);
    assertThat(page.getList("items.lot_id")).containsExactly(c);
    assertThat(page.getInt("total")).isEqualTo(3);
    assertThat(page.getInt("pages")).isEqualTo(3);
    assertThat(page.getObject("aggregates.total_cost", BigDecimal.class))
        .isEqualByComparingTo("58.00");

    Map<String, String> newest = new HashMap<>(range);
    newest.put("sort", "acquisition_date");
    assertThat(list(api, newest).getList("items.lot_id")).containsExactly(c, b, a);
  }

  @Test
  void filtersSortsAndAggregates(Api api) {
    String loc = Items.unique("room-");
    String cheap = add(api, "Alpha pitcher", loc, "20.00", "10.00", "2024-03-01");
    String dear = add(api, "Beta cabinet", loc, "300.00", "100.00", "2024-05-01");
    String none = add(api, "Gamma box", loc, null, "5.00", "2024-07-01");

    JsonPath all = list(api, Map.of("storage_location", loc));
    assertThat(all.getList("items.lot_id")).containsExactly(none, dear, cheap);
    assertThat(all.getInt("total")).isEqualTo(3);
    assertThat(all.getInt("pages")).isEqualTo(1);
    assertThat(all.getObject("aggregates.total_cost", BigDecimal.class))
        .isEqualByComparingTo("115.00");
    assertThat(all.getObject("aggregates.total_estimated_value", BigDecimal.class))
        .isEqualByComparingTo("320.00");
    assertThat(all.getObject("aggregates.avg_roi", BigDecimal.class))
        .isEqualByComparingTo("150.00");

    assertThat(
            list(api, Map.of("storage_location", loc, "sort", "value", "order", "asc"))
                .getList("items.lot_id"))
        .containsExactly(none, cheap, dear);
    assertThat(list(api, Map.of("storage_location", loc, "sort", "name")).getList("items.lot_id"))
        .containsExactly(cheap, dear, none);
    assertThat(list(api, Map.of("storage_location", loc, "sort", "cost")).getList("items.lot_id"))
        .containsExactly(dear, cheap, none);
    assertThat(list(api, Map.of("storage_location", loc, "sort", "roi")).getList("items.lot_id"))
        .containsExactly(dear, cheap, none);
    assertThat(list(api, Map.of("storage_location", loc, "min_roi", "150")).getList("items.lot_id"))
        .containsExactly(dear);
    assertThat(
            list(
                    api,
                    Map.of(
                        "storage_location", loc,
                        "acquired_from", "2024-03-01",
                        "acquired_to", "2024-05-01"))
                .getList("items.lot_id"))
        .containsExactly(dear, cheap);
    assertThat(list(api, Map.of("storage_location", loc, "category", "antiques")).getInt("total"))
        .isEqualTo(3);
    assertThat(list(api, Map.of("storage_location", loc, "condition", "mint")).getInt("total"))
        .isZero();

    api.as("staff").delete(Items.PATH + "/" + none).then().statusCode(204);
    assertThat(list(api, Map.of("storage_location", loc)).getList("items.lot_id"))
        .containsExactly(dear, cheap);
  }

  @Test
  void statusPlatformAndDaysListedFollowTheListings(Api api, ResellServer server) {
    String loc = Items.unique("cab-");
    String listed = add(api, "Listed thing", loc, "50.00", "10.00", "2024-01-01");
    String sold = add(api, "Sold thing", loc, "50.00", "10.00", "2024-01-01");
    String idle = add(api, "Idle thing", loc, "50.00", "10.00", "2024-01-01");
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status, listed_date)"
                + " VALUES (?, 'etsy', 'active', now() - interval '40 days')",
            UUID.fromString(listed));
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status) VALUES (?, 'ebay', 'sold')",
            UUID.fromString(sold));

    assertThat(
            list(api, Map.of("storage_location", loc, "status", "listed")).getList("items.lot_id"))
        .containsExactly(listed);
    assertThat(list(api, Map.of("storage_location", loc, "status", "sold")).getList("items.lot_id"))
        .containsExactly(sold);
    assertThat(
            list(api, Map.of("storage_location", loc, "status", "unlisted"))
                .getList("items.lot_id"))
        .containsExactly(idle);
    assertThat(
            list(api, Map.of("storage_location", loc, "platform", "etsy")).getList("items.lot_id"))
        .containsExactly(listed);
    JsonPath old = list(api, Map.of("storage_location", loc, "max_days_listed", "60"));
    assertThat(old.getList("items.lot_id")).containsExactly(listed);
    assertThat(old.getInt("items[0].days_listed")).isEqualTo(40);
    assertThat(list(api, Map.of("storage_location", loc, "max_days_listed", "30")).getInt("total"))
        .isZero();
    assertThat(
            list(api, Map.of("storage_location", loc, "sort", "days_listed"))
                .getList("items.lot_id")
                .get(0))
        .isEqualTo(listed);
  }

  @Test
  void pagesByNumberAndByCursor(Api api) {
    String loc = Items.unique("bay-");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      ids.add(0, add(api, "Piece " + i, loc, "10.00", "1.00", "2024-02-0" + (i + 1)));
    }
    JsonPath first = list(api, Map.of("storage_location", loc, "limit", "3"));
    assertThat(first.getList("items.lot_id")).containsExactlyElementsOf(ids.subList(0, 3));
    assertThat(first.getInt("pages")).isEqualTo(3);
    assertThat(first.getInt("total")).isEqualTo(7);
    JsonPath third = list(api, Map.of("storage_location", loc, "limit", "3", "page", "3"));
    assertThat(third.getList("items.lot_id")).containsExactlyElementsOf(ids.subList(6, 7));
    assertThat(third.getString("next_cursor")).isNull();
    JsonPath beyond = list(api, Map.of("storage_location", loc, "limit", "3", "page", "4"));
    assertThat(beyond.getList("items")).isEmpty();
    assertThat(beyond.getInt("total")).isEqualTo(7);
    assertThat(beyond.getObject("aggregates.total_cost", BigDecimal.class))
        .isEqualByComparingTo(first.getObject("aggregates.total_cost", BigDecimal.class));

    List<Object> walked = new ArrayList<>(first.getList("items.lot_id"));
    String cursor = first.getString("next_cursor");
    while (cursor != null) {
      JsonPath next = list(api, Map.of("storage_location", loc, "limit", "3", "after", cursor));
      walked.addAll(next.getList("items.lot_id"));
      assertThat(next.getMap("$"))
          .as("a cursor page skips the totals")
          .doesNotContainKeys("total", "pages", "aggregates");
      JsonPath counted =
          list(
              api,
              Map.of("storage_location", loc, "limit", "3", "after", cursor, "totals", "true"));
      assertThat(counted.getList("items.lot_id")).isEqualTo(next.getList("items.lot_id"));
      assertThat(counted.getInt("total"))
          .as("asked, a cursor page counts every match")
          .isEqualTo(7);
      assertThat(counted.getObject("aggregates.total_cost", BigDecimal.class))
          .isEqualByComparingTo(first.getObject("aggregates.total_cost", BigDecimal.class));
      cursor = next.getString("next_cursor");
    }
    assertThat(walked).containsExactlyElementsOf(ids);

    List<Object> byName = new ArrayList<>();
    JsonPath page = list(api, Map.of("storage_location", loc, "limit", "2", "sort", "name"));
    byName.addAll(page.getList("items.item_name"));
    while (page.getString("next_cursor") != null) {
      page =
          list(
              api,
              Map.of(
                  "storage_location",
                  loc,
                  "limit",
                  "2",
                  "sort",
                  "name",
                  "after",
                  page.getString("next_cursor")));
      byName.addAll(page.getList("items.item_name"));
    }
    assertThat(byName)
        .containsExactly(
            "Piece 0", "Piece 1", "Piece 2", "Piece 3", "Piece 4", "Piece 5", "Piece 6");
  }

  @Test
  void wrongParametersAreProblemsWithTheAllowedValues(Api api) {
    api.as("viewer")
        .queryParam("sort", "price")
        .get(Items.PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("sort"))
        .body("errors[0].message", containsString("days_listed"));
    api.as("viewer")
        .queryParam("category", "spaceships")
        .get(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("furniture"));
    api.as("viewer")
        .queryParam("status", "gone")
        .get(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    api.as("viewer").queryParam("platform", "myspace").get(Items.PATH).then().statusCode(400);
    api.as("viewer").queryParam("limit", "101").get(Items.PATH).then().statusCode(400);
    api.as("viewer").queryParam("page", "0").get(Items.PATH).then().statusCode(400);
    api.as("viewer").queryParam("order", "up").get(Items.PATH).then().statusCode(400);
    api.as("viewer")
        .queryParam("acquired_from", "last week")
        .get(Items.PATH)
        .then()
        .statusCode(400);
    api.as("viewer").queryParam("after", "garbage!").get(Items.PATH).then().statusCode(400);
    api.as("viewer")
        .queryParam("totals", "maybe")
        .get(Items.PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("totals"));
    api.as("viewer")
        .queryParam("search", "'); DROP TABLE inventory; --")
        .get(Items.PATH)
        .then()
        .statusCode(200);
  }
}

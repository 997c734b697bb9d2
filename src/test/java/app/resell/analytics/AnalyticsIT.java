package app.resell.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.analytics.SalesDataset.Item;
import app.resell.analytics.SalesDataset.Listing;
import app.resell.analytics.SalesDataset.Sale;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the reports agree with figures computed item by item: the expectations are sums
 * over the Java data set (or plain SQL over the live rows for the inventory-wide parts), never the
 * production queries.
 */
@ResellIT
class AnalyticsIT {

  static final String RANGE = "date_from=2011-01-01&date_to=2012-12-31";
  static SalesDataset data;

  @BeforeAll
  static void buildTheBusiness(Api api, ResellServer server) {
    data = SalesDataset.create(api, server, "analytics-it-" + System.nanoTime());
  }

  static JsonPath json(Response answer) {
    return answer
        .jsonPath()
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  static JsonPath get(Api api, String path) {
    Response answer = api.as("viewer").get(path);
    answer.then().statusCode(200);
    return json(answer);
  }

  static BigDecimal num(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }

  @Test
  void dashboardTotalsAgreeWithTheItemsListingsAndSales(Api api) {
    List<Sale> sales = data.sales;
    BigDecimal cogs = SalesDataset.sum(sales.stream().map(s -> s.cogs).toList());
    BigDecimal profit = SalesDataset.sum(sales.stream().map(Sale::profit).toList());
    JsonPath d =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> get(api, "/api/v1/dashboard?" + RANGE),
                j ->
                    profit.compareTo(num(j.get("summary.total_profit"))) == 0
                        && num(j.get("summary.total_items")).intValue() == data.items.size());

    assertThat(num(d.get("summary.total_items"))).isEqualByComparingTo("30");
    assertThat(num(d.get("summary.total_invested")))
        .isEqualByComparingTo(SalesDataset.sum(data.items.stream().map(Item::totalCost).toList()));
    assertThat(num(d.get("summary.total_listed")).intValue())
        .isEqualTo((int) data.items.stream().filter(i -> i.activeListing).count());
    assertThat(num(d.get("summary.total_sold")).intValue())
        .isEqualTo(sales.stream().mapToInt(s -> s.quantity).sum());
    assertThat(num(d.get("summary.total_revenue")))
        .isEqualByComparingTo(SalesDataset.sum(sales.stream().map(Sale::revenue).toList()));
    assertThat(num(d.get("summary.total_profit"))).isEqualByComparingTo(profit);
    assertThat(num(d.get("summary.average_roi")))
        .isEqualByComparingTo(SalesDataset.percent(profit, cogs));
    assertThat(num(d.get("summary.average_days_to_sell")))
        .isEqualByComparingTo(
            SalesDataset.meanDays(
                sales.stream().map(s -> Duration.between(s.item().acquired, s.sold)).toList()));
    assertThat(num(d.get("summary.inventory_value_at_cost")))
        .isEqualByComparingTo(SalesDataset.sum(data.items.stream().map(Item::costOnHand).toList()));
    assertThat(num(d.get("summary.inventory_value_at_estimate")))
        .isEqualByComparingTo(
            SalesDataset.sum(data.items.stream().map(Item::estimateOnHand).toList()));
    // the estimate says how many of the items on hand it covers
    List<Item> onHand = data.items.stream().filter(i -> i.quantitySold < i.quantity).toList();
    assertThat(num(d.get("summary.items_on_hand")).intValue()).isEqualTo(onHand.size());
    assertThat(num(d.get("summary.items_on_hand_with_estimate")).intValue())
        .isEqualTo((int) onHand.stream().filter(i -> i.estimate != null).count());

    for (String category : SalesDataset.CATEGORIES) {
      List<Item> items = data.items.stream().filter(i -> i.category.equals(category)).toList();
      List<Sale> sold = sales.stream().filter(s -> s.item().category.equals(category)).toList();
      Map<String, Object> line =
          d.getMap("category_breakdown.find { it.category == '" + category + "' }");
      assertThat(num(line.get("count")).intValue()).isEqualTo(items.size());
      assertThat(num(line.get("value")))
          .isEqualByComparingTo(SalesDataset.sum(items.stream().map(Item::totalCost).toList()));
      assertThat(num(line.get("sold_count")).intValue())
          .isEqualTo(sold.stream().mapToInt(s -> s.quantity).sum());
      BigDecimal categoryProfit = SalesDataset.sum(sold.stream().map(Sale::profit).toList());
      assertThat(num(line.get("profit"))).isEqualByComparingTo(categoryProfit);
      assertThat(num(line.get("avg_roi")))
          .isEqualTo(
              SalesDataset.percent(
                  categoryProfit, SalesDataset.sum(sold.stream().map(s -> s.cogs).toList())));
    }

    for (String platform : SalesDataset.PLATFORMS) {
      List<Listing> listed =
          data.listings.stream().filter(l -> l.platform.equals(platform)).toList();
      List<Sale> sold = sales.stream().filter(s -> s.listing.platform.equals(platform)).toList();
      Map<String, Object> line =
          d.getMap("platform_metrics.find { it.platform == '" + platform + "' }");
      int units = sold.stream().mapToInt(s -> s.quantity).sum();
      assertThat(num(line.get("listed_count")).intValue()).isEqualTo(listed.size());
      assertThat(num(line.get("sold_count")).intValue()).isEqualTo(units);
      assertThat(num(line.get("revenue")))
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::revenue).toList()));
      assertThat(num(line.get("avg_sale_price")))
          .isEqualByComparingTo(
              SalesDataset.sum(sold.stream().map(s -> s.soldPrice).toList())
                  .divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP));
      assertThat(num(line.get("conversion_rate")))
          .isEqualByComparingTo(
              SalesDataset.percent(
                  BigDecimal.valueOf(listed.stream().filter(l -> !l.sales.isEmpty()).count()),
                  BigDecimal.valueOf(listed.size())));
      assertThat(num(line.get("avg_days_to_sell")))
          .isEqualByComparingTo(
              SalesDataset.meanDays(
                  sold.stream().map(s -> Duration.between(s.listing.listed, s.sold)).toList()));
      assertThat(num(line.get("fees")))
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(s -> s.fees).toList()));
    }
  }

  @Test
  void dashboardRangesCutAtAnyDay(Api api) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                num(get(api, "/api/v1/dashboard?" + RANGE).get("summary.total_items")).intValue()
                    == data.items.size());
    String[][] ranges = {
      {"2011-03-15", "2012-08-20"},
      {"2011-05-03", "2011-05-27"},
      {"2011-06-01", "2012-02-29"},
      {"2011-12-31", "2012-01-01"},
      // whole years (yearly roll-up) between whole months and single days on both sides
      {"2010-11-10", "2013-02-03"}
    };
    for (String[] range : ranges) {
      LocalDate from = LocalDate.parse(range[0]);
      LocalDate to = LocalDate.parse(range[1]);
      Predicate<OffsetDateTime> in =
          t -> {
            LocalDate day = t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            return !day.isBefore(from) && !day.isAfter(to);
          };
      List<Item> items = data.items.stream().filter(i -> in.test(i.acquired)).toList();
      List<Sale> sold = data.sales.stream().filter(s -> in.test(s.sold)).toList();
      List<Listing> listed = data.listings.stream().filter(l -> in.test(l.listed)).toList();
      JsonPath d = get(api, "/api/v1/dashboard?date_from=" + from + "&date_to=" + to);
      String at = from + ".." + to;
      assertThat(num(d.get("summary.total_items")).intValue()).as(at).isEqualTo(items.size());
      assertThat(num(d.get("summary.total_invested")))
          .as(at)
          .isEqualByComparingTo(SalesDataset.sum(items.stream().map(Item::totalCost).toList()));
      assertThat(num(d.get("summary.total_sold")).intValue())
          .as(at)
          .isEqualTo(sold.stream().mapToInt(s -> s.quantity).sum());
      assertThat(num(d.get("summary.total_profit")))
          .as(at)
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::profit).toList()));
      int listings = 0;
      for (Object n : d.getList("platform_metrics.listed_count")) listings += num(n).intValue();
      assertThat(listings).as(at).isEqualTo(listed.size());
    }
  }

  @Test
  void dashboardAgingAndAttentionCountsAgreeWithTheLiveInventory(Api api, ResellServer server) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              List<Map<String, Object>> onHand =
                  server
                      .database()
                      .rows(
                          "SELECT acquisition_date, total_cost, quantity, quantity_sold FROM inventory"
                              + " WHERE deleted_at IS NULL AND quantity_sold < quantity");
              long[] counts = new long[5];
              BigDecimal[] cost = new BigDecimal[5];
              java.util.Arrays.fill(cost, BigDecimal.ZERO);
              LocalDate today = LocalDate.now(ZoneOffset.UTC);
              for (Map<String, Object> row : onHand) {
                LocalDate day =
                    ((java.sql.Timestamp) row.get("acquisition_date"))
                        .toInstant()
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate();
                long age = today.toEpochDay() - day.toEpochDay();
                int b = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : age <= 180 ? 3 : 4;
                int q = (Integer) row.get("quantity");
                int qs = (Integer) row.get("quantity_sold");
                counts[b]++;
                cost[b] =
                    cost[b].add(
                        ((BigDecimal) row.get("total_cost"))
                            .multiply(BigDecimal.valueOf(q - qs))
                            .divide(BigDecimal.valueOf(q), 2, RoundingMode.HALF_UP));
              }
              JsonPath d = get(api, "/api/v1/dashboard");
              List<String> labels = List.of("0-30", "31-60", "61-90", "91-180", "180+");
              for (int b = 0; b < 5; b++) {
                String at = "aging_inventory.find { it.range == '" + labels.get(b) + "' }";
                assertThat(num(d.get(at + ".count")).longValue())
                    .as(labels.get(b))
                    .isEqualTo(counts[b]);
                assertThat(num(d.get(at + ".total_value"))).isEqualByComparingTo(cost[b]);
              }
              long delist =
                  (Long)
                      server
                          .database()
                          .rows("SELECT count(*) AS n FROM platform_listings WHERE needs_delist")
                          .get(0)
                          .get("n");
              long review =
                  (Long)
                      server
                          .database()
                          .rows(
                              "SELECT count(*) AS n FROM inventory WHERE needs_review AND deleted_at IS NULL")
                          .get(0)
                          .get("n");
              assertThat(num(d.get("needs_delist")).longValue()).isEqualTo(delist);
              assertThat(num(d.get("needs_review")).longValue()).isEqualTo(review);
            });
    JsonPath d = get(api, "/api/v1/dashboard");
    List<String> oldest = d.getList("aging_inventory.find { it.range == '180+' }.items.lot_id");
    assertThat(oldest).hasSizeLessThanOrEqualTo(5).isNotEmpty();
    assertThat(d.getList("recent_activity")).isNotEmpty();
    assertThat(d.getString("recent_activity[0].action")).isNotBlank();
  }

  @Test
  void categoryPerformanceAndPlatformProfitabilityAgreeWithTheSales(Api api) {
    JsonPath c = get(api, "/api/v1/reports/category-performance?" + RANGE);
    for (String category : SalesDataset.CATEGORIES) {
      List<Sale> sold =
          data.sales.stream().filter(s -> s.item().category.equals(category)).toList();
      Map<String, Object> row = c.getMap("rows.find { it.category == '" + category + "' }");
      assertThat(num(row.get("items_acquired")).intValue())
          .isEqualTo((int) data.items.stream().filter(i -> i.category.equals(category)).count());
      assertThat(num(row.get("units_sold")).intValue())
          .isEqualTo(sold.stream().mapToInt(s -> s.quantity).sum());
      assertThat(num(row.get("revenue")))
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::revenue).toList()));
      assertThat(num(row.get("fees")))
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(s -> s.fees).toList()));
      assertThat(num(row.get("profit")))
          .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::profit).toList()));
    }

    JsonPath p = get(api, "/api/v1/reports/platform-profitability?" + RANGE);
    Map<String, List<Sale>> byPlatformMonth =
        data.sales.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.listing.platform + " " + month(s.sold),
                    TreeMap::new,
                    Collectors.toList()));
    assertThat(p.getList("rows")).hasSize(byPlatformMonth.size());
    byPlatformMonth.forEach(
        (key, sold) -> {
          String[] parts = key.split(" ");
          Map<String, Object> row =
              p.getMap(
                  "rows.find { it.platform == '"
                      + parts[0]
                      + "' && it.month == '"
                      + parts[1]
                      + "' }");
          assertThat(num(row.get("net_profit")))
              .as(key)
              .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::profit).toList()));
          assertThat(num(row.get("fees")))
              .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(s -> s.fees).toList()));
          assertThat(num(row.get("shipping_cost")))
              .isEqualByComparingTo(
                  SalesDataset.sum(sold.stream().map(s -> s.actualShipping).toList()));
        });
  }

  @Test
  void salesReportGroupsByMonthWeekAndDay(Api api) {
    JsonPath m = get(api, "/api/v1/reports/sales?group_by=month&" + RANGE);
    Map<String, List<Sale>> byMonth =
        data.sales.stream()
            .collect(
                Collectors.groupingBy(
                    s -> month(s.sold) + "-01", TreeMap::new, Collectors.toList()));
    assertThat(m.getList("rows.period")).containsExactlyElementsOf(byMonth.keySet());
    byMonth.forEach(
        (period, sold) -> {
          Map<String, Object> row = m.getMap("rows.find { it.period == '" + period + "' }");
          assertThat(num(row.get("revenue")))
              .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::revenue).toList()));
          assertThat(num(row.get("profit")))
              .isEqualByComparingTo(SalesDataset.sum(sold.stream().map(Sale::profit).toList()));
          assertThat(num(row.get("units")).intValue())
              .isEqualTo(sold.stream().mapToInt(s -> s.quantity).sum());
        });
    BigDecimal total = SalesDataset.sum(data.sales.stream().map(Sale::profit).toList());
    for (String group : List.of("week", "day")) {
      JsonPath g = get(api, "/api/v1/reports/sales?group_by=" + group + "&" + RANGE);
      BigDecimal sum =
          SalesDataset.sum(g.getList("rows.profit").stream().map(AnalyticsIT::num).toList());
      assertThat(sum).as(group).isEqualByComparingTo(total);
    }
    JsonPath w = get(api, "/api/v1/reports/sales?group_by=week&" + RANGE);
    for (Object period : w.getList("rows.period")) {
      assertThat(LocalDate.parse(period.toString()).getDayOfWeek())
          .isEqualTo(java.time.DayOfWeek.MONDAY);
    }
    api.as("viewer").get("/api/v1/reports/sales?group_by=year").then().statusCode(400);
    api.as("viewer").get("/api/v1/reports/sales?date_from=2012-13-01").then().statusCode(400);
    api.as("viewer")
        .get("/api/v1/reports/sales?date_from=2012-02-01&date_to=2012-01-01")
        .then()
        .statusCode(400);
    api.anonymous().get("/api/v1/reports/sales").then().statusCode(401);
  }

  @Test
  void seasonalReportComparesWithLastYearAndForecastsByTheDocumentedFormula(Api api) {
    JsonPath s = get(api, "/api/v1/reports/seasonal?" + RANGE);
    Map<String, BigDecimal> revenue = new TreeMap<>();
    Map<String, BigDecimal> profit = new TreeMap<>();
    for (Sale sale : data.sales) {
      String key = sale.item().category + " " + month(sale.sold);
      revenue.merge(key, sale.revenue(), BigDecimal::add);
      profit.merge(key, sale.profit(), BigDecimal::add);
    }
    assertThat(s.getList("rows")).hasSize(revenue.size());
    revenue.forEach(
        (key, value) -> {
          String[] parts = key.split(" ");
          String lastYear =
              (Integer.parseInt(parts[1].substring(0, 4)) - 1) + parts[1].substring(4);
          BigDecimal before = revenue.getOrDefault(parts[0] + " " + lastYear, BigDecimal.ZERO);
          Map<String, Object> row =
              s.getMap(
                  "rows.find { it.category == '"
                      + parts[0]
                      + "' && it.month == '"
                      + parts[1]
                      + "' }");
          assertThat(num(row.get("revenue"))).isEqualByComparingTo(value);
          assertThat(num(row.get("profit"))).isEqualByComparingTo(profit.get(key));
          assertThat(num(row.get("revenue_last_year"))).isEqualByComparingTo(before);
          BigDecimal change =
              before.signum() == 0
                  ? null
                  : value
                      .subtract(before)
                      .multiply(BigDecimal.valueOf(100))
                      .divide(before.abs(), 2, RoundingMode.HALF_UP);
          assertThat(num(row.get("revenue_change_pct"))).isEqualTo(change);
        });
    assertThat(s.getString("forecast_method")).contains("trend");
    int forecasts = 0;
    for (String category : SalesDataset.CATEGORIES) {
      BigDecimal y2011 = yearRevenue(revenue, category, "2011");
      BigDecimal y2012 = yearRevenue(revenue, category, "2012");
      BigDecimal trend =
          y2011.signum() == 0 ? BigDecimal.ONE : y2012.divide(y2011, 4, RoundingMode.HALF_UP);
      for (int k = 1; k <= 3; k++) {
        BigDecimal base = revenue.get(category + " 2012-0" + k);
        if (base == null) continue;
        forecasts++;
        Map<String, Object> row =
            s.getMap(
                "forecast.find { it.category == '"
                    + category
                    + "' && it.month == '2013-0"
                    + k
                    + "' }");
        assertThat(num(row.get("trend"))).isEqualByComparingTo(trend);
        assertThat(num(row.get("revenue")))
            .isEqualByComparingTo(base.multiply(trend).setScale(2, RoundingMode.HALF_UP));
      }
    }
    assertThat(s.getList("forecast")).hasSize(forecasts);
  }

  @Test
  void inventoryTurnoverIsCostOfGoodsOverAverageInventory(Api api) {
    JsonPath t =
        get(api, "/api/v1/reports/inventory-turnover?date_from=2012-01-01&date_to=2012-12-31");
    OffsetDateTime start = OffsetDateTime.of(2012, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime end = start.plusYears(1);
    for (String category : SalesDataset.CATEGORIES) {
      BigDecimal begin = inventoryAt(category, start);
      BigDecimal close = inventoryAt(category, end);
      BigDecimal cogs =
          SalesDataset.sum(
              data.sales.stream()
                  .filter(
                      s ->
                          s.item().category.equals(category)
                              && !s.sold.isBefore(start)
                              && s.sold.isBefore(end))
                  .map(s -> s.cogs)
                  .toList());
      Map<String, Object> row = t.getMap("rows.find { it.category == '" + category + "' }");
      assertThat(num(row.get("beginning_inventory"))).isEqualByComparingTo(begin);
      assertThat(num(row.get("ending_inventory"))).isEqualByComparingTo(close);
      assertThat(num(row.get("cost_of_goods"))).isEqualByComparingTo(cogs);
      BigDecimal average = begin.add(close).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
      assertThat(num(row.get("turnover")))
          .isEqualByComparingTo(cogs.divide(average, 2, RoundingMode.HALF_UP));
    }
  }

  @Test
  void agingReportListsUnsoldItemsWithTheirCostAndIsSafeAsCsv(Api api) {
    // items acquired up to 2013-01-01: the dataset's, not the 2025 rows the import tests add
    long minDays = ChronoUnit.DAYS.between(LocalDate.of(2013, 1, 1), LocalDate.now(ZoneOffset.UTC));
    String aging = "/api/v1/reports/aging?min_days=" + minDays;
    JsonPath a = get(api, aging);
    for (Item item : data.items) {
      Predicate<Object> mine = id -> id.equals(item.lotId.toString());
      List<Object> ids = a.getList("rows.lot_id");
      if (item.quantitySold == item.quantity) {
        assertThat(ids).noneMatch(mine);
        continue;
      }
      Map<String, Object> row = a.getMap("rows.find { it.lot_id == '" + item.lotId + "' }");
      assertThat(num(row.get("cost_on_hand"))).isEqualByComparingTo(item.costOnHand());
      assertThat(row.get("bucket")).isEqualTo("180+");
      assertThat(num(row.get("age_days")).longValue())
          .isEqualTo(
              LocalDate.now(ZoneOffset.UTC).toEpochDay()
                  - item.acquired.toLocalDate().toEpochDay());
      assertThat(row.get("listed")).isEqualTo(item.activeListing);
    }
    String csv =
        api.as("viewer")
            .accept("text/csv")
            .get(aging)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            // saved under the report's name and day, not a random id
            .header(
                "Content-Disposition",
                "attachment; filename=\"aging-report-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "lot_id,item_name,category,acquired_on,age_days,bucket,units_on_hand,cost_on_hand,estimate_on_hand,listed");
    Item formula = data.items.get(0);
    if (formula.quantitySold < formula.quantity) {
      assertThat(csv).contains("'" + formula.name);
      assertThat(csv).doesNotContain("," + formula.name);
    }
    String categories =
        api.as("viewer")
            .accept("text/csv")
            .get("/api/v1/reports/category-performance?" + RANGE)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(categories.lines().findFirst().orElseThrow())
        .startsWith("category,items_acquired,invested,");
    List<Sale> silver =
        data.sales.stream().filter(s -> s.item().category.equals("silver")).toList();
    String silverLine =
        categories.lines().filter(l -> l.startsWith("silver,")).findFirst().orElseThrow();
    assertThat(silverLine.split(",")[11])
        .isEqualTo(SalesDataset.sum(silver.stream().map(Sale::profit).toList()).toPlainString());
    api.as("viewer").get("/api/v1/reports/aging?min_days=-1").then().statusCode(400);
    api.as("viewer").get("/api/v1/reports/aging?limit=10001").then().statusCode(400);

    // a page at a time; total and the bucket totals count every match
    List<Object> all = a.getList("rows.lot_id");
    long counted = 0;
    for (Object n : a.getList("totals.count")) counted += num(n).longValue();
    assertThat(a.getLong("total")).isEqualTo(counted).isEqualTo(all.size());
    JsonPath second = get(api, aging + "&limit=1&page=2");
    assertThat(second.getList("rows.lot_id")).containsExactly(all.get(1));
    assertThat(second.getLong("total")).isEqualTo(all.size());
    assertThat(second.getList("totals.count")).isEqualTo(a.getList("totals.count"));
    // every dataset item has an estimate: each bucket's estimate covers all of its items
    assertThat(a.getList("totals.with_estimate")).isEqualTo(a.getList("totals.count"));
  }

  @Test
  void taxYearFiguresAgreeInJsonCsvAndPdf(Api api) throws Exception {
    OffsetDateTime start = OffsetDateTime.of(2012, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    OffsetDateTime end = start.plusYears(1);
    Predicate<OffsetDateTime> in2012 = t -> !t.isBefore(start) && t.isBefore(end);
    List<Sale> sold = data.sales.stream().filter(s -> in2012.test(s.sold)).toList();
    BigDecimal gross = SalesDataset.sum(sold.stream().map(Sale::gross).toList());
    BigDecimal refunds =
        SalesDataset.sum(
            data.sales.stream()
                .filter(s -> in2012.test(s.refundedAt != null ? s.refundedAt : s.sold))
                .map(s -> s.refund)
                .toList());
    BigDecimal cogs = SalesDataset.sum(sold.stream().map(s -> s.cogs).toList());
    BigDecimal fees = SalesDataset.sum(sold.stream().map(s -> s.fees).toList());
    BigDecimal shipping = SalesDataset.sum(sold.stream().map(s -> s.actualShipping).toList());
    List<Item> bought = data.items.stream().filter(i -> in2012.test(i.acquired)).toList();
    BigDecimal net = gross.subtract(refunds).subtract(cogs).subtract(fees).subtract(shipping);
    BigDecimal beginning = BigDecimal.ZERO;
    BigDecimal ending = BigDecimal.ZERO;
    for (String category : SalesDataset.CATEGORIES) {
      beginning = beginning.add(inventoryAt(category, start));
      ending = ending.add(inventoryAt(category, end));
    }

    JsonPath t = get(api, "/api/v1/reports/tax-year?year=2012");
    assertThat(num(t.get("gross_receipts"))).isEqualByComparingTo(gross);
    assertThat(num(t.get("returns_and_allowances"))).isEqualByComparingTo(refunds);
    assertThat(num(t.get("cost_of_goods_sold"))).isEqualByComparingTo(cogs);
    assertThat(num(t.get("gross_profit")))
        .isEqualByComparingTo(gross.subtract(refunds).subtract(cogs));
    assertThat(num(t.get("platform_fees"))).isEqualByComparingTo(fees);
    assertThat(num(t.get("shipping_costs"))).isEqualByComparingTo(shipping);
    assertThat(num(t.get("net_profit"))).isEqualByComparingTo(net);
    assertThat(num(t.get("purchases")))
        .isEqualByComparingTo(SalesDataset.sum(bought.stream().map(Item::totalCost).toList()));
    assertThat(num(t.get("sales_tax_paid_on_purchases")))
        .isEqualByComparingTo(SalesDataset.sum(bought.stream().map(i -> i.tax).toList()));
    assertThat(num(t.get("beginning_inventory"))).isEqualByComparingTo(beginning);
    assertThat(num(t.get("ending_inventory"))).isEqualByComparingTo(ending);
    assertThat(num(t.get("sales_count")).intValue()).isEqualTo(sold.size());

    String csv =
        api.as("viewer")
            .accept("text/csv")
            .get("/api/v1/reports/tax-year?year=2012")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines())
        .contains(
            "1,Gross receipts or sales," + gross.toPlainString(),
            "31,Net profit (or loss)," + net.toPlainString());

    byte[] pdf =
        api.as("viewer")
            .accept("application/pdf")
            .get("/api/v1/reports/tax-year?year=2012")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    String text;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    var format =
        new java.text.DecimalFormat(
            "#,##0.00;-#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
    assertThat(text).contains("Schedule C figures for 2012");
    assertThat(text)
        .containsPattern(
            "Gross receipts or sales\\s+" + java.util.regex.Pattern.quote(format.format(gross)));
    assertThat(text)
        .containsPattern(
            "Net profit \\(or loss\\)\\s+" + java.util.regex.Pattern.quote(format.format(net)));
    assertThat(text)
        .containsPattern(
            "Inventory at end of year\\s+" + java.util.regex.Pattern.quote(format.format(ending)));
    api.as("viewer").get("/api/v1/reports/tax-year?year=twenty").then().statusCode(400);
  }

  private static BigDecimal inventoryAt(String category, OffsetDateTime at) {
    BigDecimal bought =
        SalesDataset.sum(
            data.items.stream()
                .filter(i -> i.category.equals(category) && i.acquired.isBefore(at))
                .map(Item::totalCost)
                .toList());
    BigDecimal sold =
        SalesDataset.sum(
            data.sales.stream()
                .filter(s -> s.item().category.equals(category) && s.sold.isBefore(at))
                .map(s -> s.cogs)
                .toList());
    return bought.subtract(sold);
  }

  private static BigDecimal yearRevenue(
      Map<String, BigDecimal> revenue, String category, String year) {
    BigDecimal sum = BigDecimal.ZERO;
    for (var e : revenue.entrySet()) {
      if (e.getKey().startsWith(category + " " + year)) sum = sum.add(e.getValue());
    }
    return sum;
  }

  static String month(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
  }
}

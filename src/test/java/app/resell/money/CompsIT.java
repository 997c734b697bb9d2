package app.resell.money;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class CompsIT {

  private static String comps(String lotId) {
    return Money.API + "/inventory/" + lotId + "/comps";
  }

  private static String add(Api api, String lotId, String price, String soldDate) {
    Map<String, Object> comp = new HashMap<>();
    comp.put("source", "ebay");
    comp.put("title", "Carnival glass bowl");
    comp.put("price", new BigDecimal(price));
    comp.put("shipping", new BigDecimal("8.50"));
    comp.put("sold_date", soldDate);
    comp.put("url", "https://www.ebay.com/itm/1");
    comp.put("condition", "good");
    return api.as("staff")
        .body(comp)
        .post(comps(lotId))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void staffRecordsCompsAndEveryoneReadsThemNewestFirst(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Comps bowl "), "glass", "5.00", 1);
    add(api, lotId, "10.00", "2025-01-10");
    String newest = add(api, lotId, "20.00", "2025-03-01");
    JsonPath list =
        Money.json(api.as("viewer").get(comps(lotId)).then().statusCode(200).extract().response());
    assertThat(list.getList("id", String.class)).hasSize(2).first().isEqualTo(newest);
    assertThat(list.getString("[0].lot_id")).isEqualTo(lotId);
    assertThat(list.getString("[0].source")).isEqualTo("ebay");
    assertThat(list.getString("[0].sold_date")).isEqualTo("2025-03-01");
    assertThat(list.getString("[0].condition")).isEqualTo("good");
    assertThat(Money.money(list, "[0].shipping")).isEqualByComparingTo("8.50");
    api.as("viewer")
        .body(Map.of("source", "ebay", "title", "x", "price", 1))
        .post(comps(lotId))
        .then()
        .statusCode(403);
  }

  @Test
  void theSummaryGivesMedianTrimmedMeanRangeTrendAndASuggestedValue(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Comps vase "), "pottery", "5.00", 1);
    add(api, lotId, "10.00", "2025-01-10");
    add(api, lotId, "20.00", "2025-01-20");
    add(api, lotId, "30.00", "2025-02-05");
    add(api, lotId, "40.00", "2025-03-01");
    add(api, lotId, "100.00", "2025-03-15");
    JsonPath s =
        Money.json(
            api.as("viewer")
                .get(comps(lotId) + "/summary?as_of=2025-06-30")
                .then()
                .statusCode(200)
                .extract()
                .response());
    // prices 10, 20, 30, 40, 100: median 30.00; fewer than 10 comps, nothing trimmed:
    // mean 200 / 5 = 40.00
    assertThat(s.getInt("count")).isEqualTo(5);
    assertThat(Money.money(s, "median")).isEqualByComparingTo("30.00");
    assertThat(Money.money(s, "trimmed_mean")).isEqualByComparingTo("40.00");
    assertThat(Money.money(s, "min")).isEqualByComparingTo("10.00");
    assertThat(Money.money(s, "max")).isEqualByComparingTo("100.00");
    // all 5 sold in the 12 months before 2025-06-30: estimate = their median
    assertThat(Money.money(s, "estimated_value")).isEqualByComparingTo("30.00");
    assertThat(s.getString("estimate_basis")).isEqualTo("last-12-months");
    // monthly medians: Jan (10, 20) 15.00, Feb 30.00, Mar (40, 100) 70.00
    assertThat(s.getList("monthly.month", String.class))
        .containsExactly("2025-01", "2025-02", "2025-03");
    assertThat(s.getList("monthly.volume", Integer.class)).containsExactly(2, 1, 2);
    assertThat(Money.money(s, "monthly[2].median")).isEqualByComparingTo("70.00");
    // slope of (0, 15), (1, 30), (2, 70): (3 x 170 - 3 x 115) / (3 x 5 - 9) = 165 / 6 = 27.50
    assertThat(Money.money(s, "trend_per_month")).isEqualByComparingTo("27.50");

    JsonPath later =
        Money.json(
            api.as("viewer")
                .get(comps(lotId) + "/summary?as_of=2027-01-01")
                .then()
                .extract()
                .response());
    assertThat(later.getString("estimate_basis")).isEqualTo("all");
    api.as("viewer").get(comps(lotId) + "/summary?as_of=soon").then().statusCode(400);
  }

  @Test
  void aCompIsDeletedOnceAndUnknownItemsAreNotFound(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Comps clock "), "antiques", "5.00", 1);
    String comp = add(api, lotId, "55.00", "2025-05-05");
    api.as("viewer").delete(comps(lotId) + "/" + comp).then().statusCode(403);
    api.as("staff").delete(comps(lotId) + "/" + comp).then().statusCode(204);
    api.as("staff").delete(comps(lotId) + "/" + comp).then().statusCode(404);
    assertThat(
            api.as("viewer")
                .get(comps(lotId) + "/summary")
                .then()
                .extract()
                .path("count")
                .toString())
        .isEqualTo("0");
    String unknown = UUID.randomUUID().toString();
    api.as("viewer").get(comps(unknown)).then().statusCode(404);
    api.as("viewer").get(comps(unknown) + "/summary").then().statusCode(404);
    api.as("staff")
        .body(Map.of("source", "ebay", "title", "x", "price", 1))
        .post(comps(unknown))
        .then()
        .statusCode(404);
  }

  @Test
  void anInvalidCompIsRefusedNamingEachField(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Comps jug "), "pottery", "5.00", 1);
    JsonPath problem =
        Money.json(
            api.as("staff")
                .body(
                    Map.of(
                        "title", " ",
                        "price", -3,
                        "sold_date", "yesterday",
                        "condition", "shiny"))
                .post(comps(lotId))
                .then()
                .statusCode(400)
                .extract()
                .response());
    assertThat(problem.getList("errors.field", String.class))
        .containsExactlyInAnyOrder("source", "title", "price", "sold_date", "condition");
  }

  @Test
  void importsASoldListingsExportRejectingBadRowsWithTheirNumbers(Api api) {
    String lotId = Money.item(api, Money.uniqueWord("Comps lamp "), "vintage", "5.00", 1);
    String csv =
        String.join(
            "\r\n",
            "Terapeak sold listings export",
            "Item Title,Sold Price (USD),Date Sold,Shipping,Condition,Item URL",
            "Slag glass lamp,$45.00,03/15/2025,5.99,Pre-Owned,https://www.ebay.com/itm/2",
            ",12.00,03/16/2025,,,",
            "Lamp shade only,abc,03/17/2025,,,",
            "Lamp base,12.00,31/31/2025,,,",
            "Lamp finial,-5.00,03/18/2025,,,",
            "\"Handel lamp, signed\",\"1,234.50\",\"Mar 3, 2025\",,New,",
            "");
    JsonPath answer =
        Money.json(
            api.as("staff")
                .contentType("multipart/form-data")
                .multiPart("file", "terapeak.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("lot_id", lotId)
                .multiPart("source", "terapeak")
                .post(Money.API + "/comps/import")
                .then()
                .statusCode(200)
                .extract()
                .response());
    assertThat(answer.getInt("header_row")).isEqualTo(2);
    assertThat(answer.getString("columns.title")).isEqualTo("Item Title");
    assertThat(answer.getString("columns.price")).isEqualTo("Sold Price (USD)");
    assertThat(answer.getString("columns.sold_date")).isEqualTo("Date Sold");
    assertThat(answer.getInt("imported")).isEqualTo(2);
    assertThat(answer.getInt("rejected")).isEqualTo(4);
    assertThat(answer.getList("rejected_rows.row", Integer.class)).containsExactly(4, 5, 6, 7);
    assertThat(answer.getList("rejected_rows.reason", String.class))
        .containsExactly(
            "no title",
            "the price 'abc' is not an amount",
            "'31/31/2025' is not a date",
            "the price -5.00 is negative");

    JsonPath stored =
        Money.json(api.as("viewer").get(comps(lotId)).then().statusCode(200).extract().response());
    assertThat(stored.getList("title", String.class))
        .containsExactly("Slag glass lamp", "Handel lamp, signed");
    assertThat(stored.getList("source", String.class)).containsOnly("terapeak");
    assertThat(Money.money(stored, "[1].price")).isEqualByComparingTo("1234.50");
    assertThat(stored.getString("[1].sold_date")).isEqualTo("2025-03-03");
    assertThat(stored.getString("[1].condition")).isEqualTo("mint");
    assertThat(stored.getString("[0].condition")).isEqualTo("unknown");
    assertThat(Money.money(stored, "[0].shipping")).isEqualByComparingTo("5.99");
  }

  @Test
  void importsWithoutAHeaderTooLargeOrByAViewerAreRefused(Api api) {
    byte[] noHeader = "a,b,c\r\n1,2,3\r\n".getBytes(StandardCharsets.UTF_8);
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "x.csv", noHeader, "text/csv")
        .post(Money.API + "/comps/import")
        .then()
        .statusCode(400);
    api.as("viewer")
        .contentType("multipart/form-data")
        .multiPart("file", "x.csv", noHeader, "text/csv")
        .post(Money.API + "/comps/import")
        .then()
        .statusCode(403);
    byte[] big = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "big.csv", big, "text/csv")
        .post(Money.API + "/comps/import")
        .then()
        .statusCode(413);
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "x.csv", noHeader, "text/csv")
        .multiPart("lot_id", UUID.randomUUID().toString())
        .post(Money.API + "/comps/import")
        .then()
        .statusCode(404);
  }
}

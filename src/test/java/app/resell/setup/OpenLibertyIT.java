package app.resell.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.imports.Imports;
import app.resell.testing.Api;
import app.resell.testing.LibertyServer;
import app.resell.testing.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The WAR that Payara runs, unchanged, on Open Liberty with {@code deploy/liberty/server.xml}, on a
 * database of its own (issue 22): a reseller signs in, records, finds, edits, lists and sells an
 * item, sees the dashboard and imports a sheet; the probes answer.
 */
@Execution(ExecutionMode.CONCURRENT) // its own servers: runs beside the shared server's classes
class OpenLibertyIT {

  private static TestDatabase database;
  private static LibertyServer liberty;
  private static Api api;

  @BeforeAll
  static void start() {
    database = TestDatabase.create();
    liberty =
        new LibertyServer(
            database, Path.of(System.getProperty("resell.it.workdir", "target/it") + "-liberty"));
    liberty.start();
    api = new Api(liberty.baseUrl());
  }

  @AfterAll
  static void stop() {
    if (liberty != null) liberty.close();
    if (database != null) database.close();
  }

  @Test
  void aResellerRecordsFindsEditsListsAndSellsAnItem() {
    String name = "Liberty oak stool " + UUID.randomUUID().toString().substring(0, 8);
    String lot =
        api.as("staff")
            .body(
                Map.of(
                    "item_name",
                    name,
                    "bid_amount",
                    new BigDecimal("10.00"),
                    "quantity",
                    1,
                    "category",
                    "furniture",
                    "auto_categorize",
                    false))
            .post("/api/v1/inventory")
            .then()
            .statusCode(201)
            .body("item_name", equalTo(name))
            .extract()
            .path("lot_id");

    api.as("viewer")
        .queryParam("search", name)
        .get("/api/v1/inventory")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].lot_id", equalTo(lot));

    api.as("staff")
        .contentType("application/merge-patch+json")
        .body(Map.of("estimated_value", new BigDecimal("65.50")))
        .patch("/api/v1/inventory/" + lot)
        .then()
        .statusCode(200);

    String listing =
        api.as("staff")
            .body(
                Map.of(
                    "platform", "ebay", "status", "active", "list_price", new BigDecimal("25.00")))
            .post("/api/v1/inventory/" + lot + "/listings")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    JsonPath sale =
        api.as("staff")
            .body(Map.of("sold_price", new BigDecimal("50.00")))
            .post("/api/v1/listings/" + listing + "/sale")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(sale.getString("platform")).isEqualTo("ebay");
    assertThat(new BigDecimal(sale.getString("cost_of_goods"))).isEqualByComparingTo("10.00");

    JsonPath item = api.as("viewer").get("/api/v1/inventory/" + lot).then().extract().jsonPath();
    assertThat(new BigDecimal(item.getString("inventory.estimated_value")))
        .isEqualByComparingTo("65.50");
    assertThat(item.getInt("inventory.quantity_sold")).isEqualTo(1);

    api.as("viewer").get("/api/v1/dashboard").then().statusCode(200);
  }

  @Test
  void aSheetImportRunsToCompletionAndRecordsItsRejectedLine() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String sheet =
        String.join(
            "\n",
            "Item,Qty,Paid,Date Bought,Where Listed,Sold For,eBay Fees",
            "\"Roseville vase " + marker + "\",1,$45.00,3/14/2025,,,",
            ",1,$5.00,3/15/2025,,,",
            "\"Hummel figurine " + marker + "\",1,$12.00,3/16/2025,eBay,$89.00,$12.10");
    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", "liberty.csv", sheet.getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/api/v1/import/csv")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");

    JsonPath status = Imports.awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("result.imported")).isEqualTo(2);
    assertThat(status.getInt("result.rejected")).isEqualTo(1);
    assertThat(status.getString("result.rejected_lines[0].reason")).containsIgnoringCase("name");
    assertThat(status.getString("result.items[1].listings[0].status")).isEqualTo("sold");
  }

  @Test
  void theProbesAndTheMetricsAnswer() {
    api.asAdmin().get("/api/v1/users").then().statusCode(200);
    api.anonymous()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(containsString("schema_version"));
    api.anonymous()
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(containsString("resell_http_request_duration_milliseconds"))
        .body(containsString("endpoint=\"GET /users\""));
  }
}

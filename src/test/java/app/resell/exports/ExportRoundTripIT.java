package app.resell.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An exported sheet, imported back after its items were deleted, recreates the same items, listings
 * and sales, field by field (ids, timestamps and listing dates aside: the flattened sheet carries
 * "listed" as a flag).
 */
@ResellIT
class ExportRoundTripIT {

  private static final String ITEMS =
      "SELECT i.sku, i.item_name, i.description, CAST(i.category AS text) AS category,"
          + " CAST(i.condition AS text) AS condition, i.quantity, i.quantity_sold, i.bid_amount,"
          + " i.buyers_premium, i.sales_tax, i.shipping_cost, i.total_cost,"
          + " CAST(CAST(i.acquisition_date AT TIME ZONE 'UTC' AS date) AS text) AS acquired,"
          + " i.acquisition_source, i.lot_number, i.invoice_id, i.storage_location, i.storage_bin,"
          + " i.estimated_value, CAST(i.keywords AS text) AS keywords, i.notes"
          + " FROM inventory i WHERE i.item_name LIKE ? AND i.deleted_at IS NULL ORDER BY i.sku";

  private static final String LISTINGS =
      "SELECT i.sku, CAST(pl.platform AS text) AS platform, CAST(pl.status AS text) AS status,"
          + " pl.list_price, pl.listing_url, pl.quantity_sold, pl.sold_price,"
          + " CAST(CAST(pl.sold_date AT TIME ZONE 'UTC' AS date) AS text) AS sold_on,"
          + " pl.platform_fees, pl.shipping_paid, pl.actual_shipping"
          + " FROM platform_listings pl JOIN inventory i ON i.lot_id = pl.lot_id"
          + " WHERE i.item_name LIKE ? ORDER BY i.sku, pl.platform";

  private static final String SALES =
      "SELECT i.sku, CAST(s.platform AS text) AS platform, s.quantity, s.sold_price,"
          + " CAST(CAST(s.sold_date AT TIME ZONE 'UTC' AS date) AS text) AS sold_on,"
          + " s.platform_fees, s.shipping_paid, s.actual_shipping, s.cost_of_goods, s.net_proceeds"
          + " FROM sales s JOIN inventory i ON i.lot_id = s.lot_id"
          + " WHERE i.item_name LIKE ? ORDER BY i.sku, s.platform";

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv"})
  void anExportedSheetImportsBackAsTheSameItemsListingsAndSales(
      String format, Api api, ResellServer server) {
    Catalogue c = Catalogue.create(server, "roundtrip" + format);
    String like = "% " + c.word() + " %";
    List<List<Map<String, Object>>> before = snapshot(server, like);
    assertThat(before.get(0)).hasSize(3);
    assertThat(before.get(1)).hasSize(3);
    assertThat(before.get(2)).hasSize(1);
    byte[] file =
        api.as("viewer")
            .queryParam("format", format)
            .queryParam("search", c.word())
            .get(ExportData.EXCEL)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    server
        .database()
        .execute("DELETE FROM inventory WHERE lot_id IN (?, ?, ?)", c.vase(), c.bowl(), c.lamp());
    assertThat(server.database().rows(ITEMS, like)).isEmpty();

    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                "resell-inventory." + format,
                file,
                format.equals("csv")
                    ? "text/csv"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .post("/api/v1/import/" + (format.equals("csv") ? "csv" : "excel"))
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    JsonPath status = awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("result.imported")).isEqualTo(3);
    assertThat(status.getInt("result.rejected")).isZero();

    List<List<Map<String, Object>>> after = snapshot(server, like);
    assertThat(after.get(0)).as("items").containsExactlyElementsOf(before.get(0));
    assertThat(after.get(1)).as("listings").containsExactlyElementsOf(before.get(1));
    assertThat(after.get(2)).as("sales").containsExactlyElementsOf(before.get(2));
  }

  private static List<List<Map<String, Object>>> snapshot(ResellServer server, String like) {
    return List.of(
        server.database().rows(ITEMS, like),
        server.database().rows(LISTINGS, like),
        server.database().rows(SALES, like));
  }

  private static JsonPath awaitFinished(Api api, String jobId) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] =
                  api.asAdmin()
                      .get("/api/v1/import/status/" + jobId)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return !last[0].getString("status").matches("pending|processing");
            });
    return last[0];
  }
}

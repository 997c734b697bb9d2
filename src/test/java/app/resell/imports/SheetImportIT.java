package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@ResellIT
class SheetImportIT {

  /**
   * A reseller's sheet: a title row, the header below it, a bad row, a sale on two platforms, a
   * totals row.
   */
  private static String sheet(String marker) {
    return String.join(
        "\n",
        "My inventory " + marker + ",,,,,,",
        ",,,,,,",
        "Item,Qty,Paid,Date Bought,Where Listed,Sold For,eBay Fees",
        "\"Roseville Pinecone vase " + marker + "\",1,$45.00,3/14/2025,,,",
        "\"Pyrex Butterprint bowls " + marker + "\",4,\"$1,012.50\",3/15/2025,eBay / Etsy,,",
        ",1,$5.00,3/15/2025,,,",
        "\"Hummel figurine Apple Tree Girl " + marker + "\",1,$12.00,3/16/2025,eBay,$89.00,$12.10",
        "Total,,\"$1,074.50\",,,,");
  }

  @Test
  void importsASpreadsheetWithRejectedLinesAndSales(Api api, ResellServer server)
      throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String jobId =
        upload(api, sheet(marker), "inventory.csv", null)
            .then()
            .statusCode(202)
            .body("status", equalTo("pending"))
            .extract()
            .path("job_id");

    JsonPath status = Imports.awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("progress")).isEqualTo(100);
    assertThat(status.getInt("result.imported")).isEqualTo(3);
    assertThat(status.getInt("result.rejected")).isEqualTo(1);
    assertThat(status.getString("result.rejected_lines[0].reason")).containsIgnoringCase("name");
    assertThat(status.getInt("result.rejected_lines[0].line")).isEqualTo(6);
    assertThat(status.getList("result.items.source_row", Integer.class)).containsExactly(4, 5, 7);
    assertThat(status.getList("result.items[1].listings.platform", String.class))
        .containsExactlyInAnyOrder("ebay", "etsy");
    assertThat(status.getString("result.items[2].listings[0].status")).isEqualTo("sold");

    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT i.bid_amount, i.quantity, s.sold_price, s.platform_fees, i.quantity_sold FROM inventory i"
                    + " LEFT JOIN sales s ON s.lot_id = i.lot_id WHERE i.import_job_id = ?::uuid ORDER BY i.source_line")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("45.00");
        rs.next();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("1012.50");
        assertThat(rs.getInt(2)).isEqualTo(4);
        rs.next();
        assertThat(rs.getBigDecimal(3)).isEqualByComparingTo("89.00");
        assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("12.10");
        assertThat(rs.getInt(5)).isEqualTo(1);
      }
    }
  }

  @Test
  void aSkuOfAnItemSkipsTheRowAndOneOfAnEarlierRowRejectsIt(Api api) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String taken = "SKU-" + marker + "-A";
    api.as("staff")
        .body(java.util.Map.of("item_name", "Shelf clock " + marker, "sku", taken))
        .post("/api/v1/inventory")
        .then()
        .statusCode(201);
    String csv =
        String.join(
            "\n",
            "SKU,Item,Paid",
            taken + ",Brass bell " + marker + ",$4.00",
            "SKU-" + marker + "-B,Tin toy " + marker + ",$6.00",
            "SKU-" + marker + "-B,Tin toy copy " + marker + ",$6.00",
            "SKU-" + marker + "-C,Oil lamp " + marker + ",$9.00");
    String jobId =
        upload(api, csv, "skus.csv", null).then().statusCode(202).extract().path("job_id");
    JsonPath status = Imports.awaitFinished(api, jobId);
    assertThat(status.getString("status")).isEqualTo("completed");
    assertThat(status.getInt("result.imported")).isEqualTo(2);
    assertThat(status.getList("result.items.item_name", String.class))
        .containsExactly("Tin toy " + marker, "Oil lamp " + marker);
    // the row with the other item's SKU is that item: skipped and reported, not made again
    assertThat(status.getList("result.existing.rows.line", Integer.class)).containsExactly(2);
    assertThat(status.getString("result.existing.rows[0].item_name"))
        .isEqualTo("Shelf clock " + marker);
    assertThat(status.getList("result.rejected_lines.line", Integer.class)).containsExactly(4);
    assertThat(status.getList("result.rejected_lines.reason", String.class))
        .allMatch(reason -> reason.contains("already used"));
  }

  @Test
  void theSameFileTwiceIsAConflictUnlessForced(Api api) {
    String csv = sheet(UUID.randomUUID().toString());
    String first =
        upload(api, csv, "twice.csv", null).then().statusCode(202).extract().path("job_id");
    upload(api, csv, "twice-again.csv", null)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("related.job_id", equalTo(first));
    upload(api, csv, "twice-again.csv", "force").then().statusCode(202);
  }

  @Test
  void aDryRunAnswersThePreviewAndWritesNothing(Api api, ResellServer server) throws SQLException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    upload(api, sheet(marker), "preview.csv", "dry_run")
        .then()
        .statusCode(200)
        .body("dry_run", equalTo(true))
        .body("job_id", nullValue())
        .body("result.imported", equalTo(3))
        .body("result.rejected", equalTo(1))
        .body("result.items.item_name", hasItem(containsString("Roseville")))
        .body("layout.header_row", equalTo(3));
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement("SELECT count(*) FROM inventory WHERE item_name LIKE ?")) {
      st.setString(1, "%" + marker + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }

  @Test
  void somethingThatIsNotATextSheetIsRefusedAtUpload(Api api) {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1
    };
    refusedAsCsv(api, "photo.csv", png, "not text");
    refusedAsCsv(
        api, "invoice.csv", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.UTF_8), "invoice");
    refusedAsCsv(api, "book.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "Excel import");
  }

  private static void refusedAsCsv(Api api, String name, byte[] bytes, String advice) {
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", name, bytes, "text/csv")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", endsWith("/not-spreadsheet"))
        .body("errors[0].field", equalTo("file"))
        .body("detail", containsString(advice));
  }

  @Test
  void uploadsNeedStaffAFileAndAValidMapping(Api api) {
    api.as("viewer")
        .contentType("multipart/form-data")
        .multiPart("file", "x.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(403);
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("dry_run", "true")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("file"));
    api.as("staff")
        .contentType("multipart/form-data")
        .multiPart("file", "x.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8), "text/csv")
        .multiPart("mapping", "[1,2]")
        .post("/api/v1/import/csv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("mapping"));
    api.asAdmin().get("/api/v1/import/status/not-a-uuid").then().statusCode(400);
    api.asAdmin().get("/api/v1/import/status/" + UUID.randomUUID()).then().statusCode(404);
  }

  private static io.restassured.response.Response upload(
      Api api, String csv, String name, String flag) {
    var request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", name, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    if (flag != null) request = request.multiPart(flag, "true");
    return request.post("/api/v1/import/csv");
  }
}

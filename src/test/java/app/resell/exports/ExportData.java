package app.resell.exports;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Test data for the export ITs, written with SQL (listings and sales have no API yet), and small
 * readers of what the exports answer.
 */
final class ExportData {

  static final String EXCEL = "/api/v1/export/excel";

  private ExportData() {}

  /** A word no other test uses; items named with it are found by {@code search=word}. */
  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /** Inserts an item; {@code fields} are inventory columns (keywords as a JSON array text). */
  static UUID item(ResellServer server, Map<String, Object> fields) {
    Map<String, Object> f = new LinkedHashMap<>(fields);
    StringBuilder names = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (String column : f.keySet()) {
      if (names.length() > 0) {
        names.append(", ");
        values.append(", ");
      }
      names.append(column);
      values.append(
          switch (column) {
            case "category" -> "CAST(? AS item_category)";
            case "condition" -> "CAST(? AS item_condition)";
            case "keywords" -> "CAST(? AS jsonb)";
            case "acquisition_date" -> "CAST(? AS timestamptz)";
            default -> "?";
          });
    }
    return (UUID)
        server
            .database()
            .rows(
                "INSERT INTO inventory (" + names + ") VALUES (" + values + ") RETURNING lot_id",
                f.values().toArray())
            .get(0)
            .get("lot_id");
  }

  /** A listing; a sold one also gets its sale, as the listings API records them. */
  static void listing(
      ResellServer server,
      UUID lot,
      String platform,
      String status,
      String listPrice,
      String url,
      String soldPrice,
      String soldDate,
      String fees,
      String shippingPaid,
      String actualShipping) {
    server
        .database()
        .execute(
            "INSERT INTO platform_listings (lot_id, platform, status, list_price, listing_url,"
                + " quantity_sold, sold_price, sold_date, platform_fees, shipping_paid,"
                + " actual_shipping, listed_date) VALUES (?, CAST(? AS platform_type),"
                + " CAST(? AS listing_status), CAST(? AS numeric), ?, ?, CAST(? AS numeric),"
                + " CAST(? AS timestamptz), CAST(? AS numeric), CAST(? AS numeric),"
                + " CAST(? AS numeric), now())",
            lot,
            platform,
            status,
            listPrice,
            url,
            soldPrice == null ? 0 : 1,
            soldPrice,
            soldDate,
            fees == null ? "0" : fees,
            shippingPaid == null ? "0" : shippingPaid,
            actualShipping == null ? "0" : actualShipping);
    if (soldPrice == null) return;
    server
        .database()
        .execute(
            "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
                + " actual_shipping, platform_fees, sold_date, cost_of_goods)"
                + " SELECT l.id, l.lot_id, l.platform, 1, l.sold_price, l.shipping_paid,"
                + " l.actual_shipping, l.platform_fees, l.sold_date, i.total_cost"
                + " FROM platform_listings l JOIN inventory i ON i.lot_id = l.lot_id"
                + " WHERE l.lot_id = ? AND l.platform = CAST(? AS platform_type)",
            lot,
            platform);
    server
        .database()
        .execute("UPDATE inventory SET quantity_sold = quantity WHERE lot_id = ?", lot);
  }

  /** The CSV export of the items found by the word, as records by header. */
  static List<CSVRecord> csv(Api api, String word, String columns) {
    Response r =
        api.as("viewer")
            .queryParam("format", "csv")
            .queryParam("search", word)
            .queryParam("columns", columns == null ? "" : columns)
            .get(EXCEL);
    r.then().statusCode(200);
    return parseCsv(r.asByteArray());
  }

  static List<CSVRecord> parseCsv(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (!text.startsWith("\uFEFF")) throw new AssertionError("no byte-order mark");
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .build()
          .parse(new StringReader(text.substring(1)))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

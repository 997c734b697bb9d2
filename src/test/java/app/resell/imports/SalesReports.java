package app.resell.imports;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The sales report fixtures of src/test/resources/sales for one test: its own marker in every
 * title, SKU and order id, so no other test's rows match its sales.
 */
public final class SalesReports {

  public final String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  final String number = Integer.toString(100_000 + new Random().nextInt(900_000));
  private final Api api;

  public SalesReports(Api api) {
    this.api = api;
  }

  Api api() {
    return api;
  }

  String text(String fixture) {
    try (InputStream in = SalesReports.class.getResourceAsStream("/sales/" + fixture)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("{m}", marker)
          .replace("{n}", number);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POST /import/sales with the fixture and form fields (name, value, ...). */
  Response upload(String fixture, String... fields) {
    return uploadText(text(fixture), fixture, fields);
  }

  public Response uploadText(String text, String fileName, String... fields) {
    RequestSpecification request =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart("file", fileName, text.getBytes(StandardCharsets.UTF_8), "text/csv");
    for (int i = 0; i < fields.length; i += 2)
      request = request.multiPart(fields[i], fields[i + 1]);
    return request.post("/api/v1/import/sales");
  }

  /** Imports the fixture and answers the finished job's status. */
  JsonPath imported(String fixture, String... fields) {
    String jobId = upload(fixture, fields).then().statusCode(202).extract().path("job_id");
    JsonPath status = Imports.awaitFinished(api, jobId);
    return status.using(
        JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  /** An item of one unit (or more) with a SKU of this test, answering its id. */
  public String item(String name, String sku, int quantity) {
    return item(name, sku, quantity, new BigDecimal("10.00"));
  }

  /** The same at this hammer price (the item's cost). */
  public String item(String name, String sku, int quantity, BigDecimal bidAmount) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("item_name", name.replace("{m}", marker));
    if (sku != null) fields.put("sku", sku.replace("{m}", marker));
    fields.put("quantity", quantity);
    fields.put("bid_amount", bidAmount);
    fields.put("category", "collectibles");
    fields.put("auto_categorize", false);
    return api.as("staff")
        .body(fields)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  /** A listing of the item, answering its id. */
  public String listing(String lotId, String platform, String status, String externalId) {
    Map<String, Object> body = new HashMap<>();
    body.put("platform", platform);
    body.put("status", status);
    body.put("list_price", new BigDecimal("25.00"));
    if (externalId != null) body.put("external_id", externalId.replace("{n}", number));
    return api.as("staff")
        .body(body)
        .post("/api/v1/inventory/" + lotId + "/listings")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * A short eBay Orders report as Seller Hub writes it (a blank first line, the trailer): the
   * columns Resell reads, one row per array of cells: order number, buyer, item number, title,
   * custom label, quantity, sold for, shipping and handling, eBay collected tax, sale date,
   * transaction id.
   */
  public static String ebayOrders(String[]... rows) {
    StringBuilder report =
        new StringBuilder(
            "\n\"Sales Record Number\",\"Order Number\",\"Buyer Username\",\"Item Number\","
                + "\"Item Title\",\"Custom Label\",\"Quantity\",\"Sold For\","
                + "\"Shipping And Handling\",\"eBay Collected Tax\",\"Sale Date\","
                + "\"Transaction ID\"\n");
    for (int i = 0; i < rows.length; i++) {
      report.append('"').append(1001 + i).append('"');
      for (String cell : rows[i]) report.append(",\"").append(cell).append('"');
      report.append('\n');
    }
    return report
        .append("\n")
        .append(rows.length)
        .append(" record(s) downloaded,from Jan-01-26 to Dec-31-26\nSeller ID: resellseller\n")
        .toString();
  }

  /** The sale recorded for an order line: its money as the table keeps it. */
  static Map<String, Object> sale(
      ResellServer server, String platform, String orderId, String lineId) throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT lot_id::text, sold_price, shipping_paid, actual_shipping, platform_fees,"
                    + " fees_computed, sales_tax_collected, refund_amount, currency, quantity"
                    + " FROM sales WHERE platform = ?::platform_type AND order_id = ? AND order_line_id = ?")) {
      st.setString(1, platform);
      st.setString(2, orderId);
      st.setString(3, lineId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) return null;
        Map<String, Object> sale = new HashMap<>();
        sale.put("lot_id", rs.getString(1));
        sale.put("sold_price", rs.getBigDecimal(2));
        sale.put("shipping_paid", rs.getBigDecimal(3));
        sale.put("actual_shipping", rs.getBigDecimal(4));
        sale.put("platform_fees", rs.getBigDecimal(5));
        sale.put("fees_computed", rs.getBoolean(6));
        sale.put("sales_tax_collected", rs.getBigDecimal(7));
        sale.put("refund_amount", rs.getBigDecimal(8));
        sale.put("currency", rs.getString(9));
        sale.put("quantity", rs.getInt(10));
        if (rs.next()) throw new IllegalStateException("two sales of one order line");
        return sale;
      }
    }
  }

  /** Who the audit trail says recorded the item's sale. */
  static String saleAuthor(ResellServer server, String lotId) throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT u.email FROM activity_logs a JOIN users u ON u.id = a.user_id"
                    + " WHERE a.lot_id = ?::uuid AND a.entity_type = 'sale' AND a.action_type = 'sale'")) {
      st.setString(1, lotId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  static int salesOfOrder(ResellServer server, String platform, String orderId)
      throws SQLException {
    return count(
        server,
        "SELECT count(*) FROM sales WHERE platform = ?::platform_type AND order_id = ?",
        platform,
        orderId);
  }

  /** How many activity rows of this action the item has. */
  static int activity(ResellServer server, String lotId, String action) throws SQLException {
    return count(
        server,
        "SELECT count(*) FROM activity_logs WHERE lot_id = ?::uuid AND action_type = ?",
        lotId,
        action);
  }

  /**
   * The item's sold revenue as the inventory keeps it (the totals trigger) and as its sales add up
   * (item amounts and shipping, less refunds).
   */
  static BigDecimal[] soldRevenue(ResellServer server, String lotId) throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT i.sold_revenue, (SELECT sum(s.sold_price + s.shipping_paid - s.refund_amount)"
                    + " FROM sales s WHERE s.lot_id = i.lot_id) FROM inventory i WHERE i.lot_id = ?::uuid")) {
      st.setString(1, lotId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
      }
    }
  }

  private static int count(ResellServer server, String sql, String... parameters)
      throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) st.setString(i + 1, parameters[i]);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}

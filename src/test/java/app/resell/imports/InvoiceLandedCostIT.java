package app.resell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Landed cost of imported invoices with extra fees (loading fee, card surcharge, convenience and
 * handling fees): the import spreads premium, tax and shipping over the items by bid, exact to the
 * cent, and leaves the invoice-level fees on the invoice; the invoice's switch capitalises them
 * into the items' other_fees, so the items' total_cost adds up to the printed invoice total, and
 * takes exactly those shares back. Each invoice is imported under an invoice number of its own, so
 * the test does not collide with other imports of the same corpus file.
 */
@ResellIT
class InvoiceLandedCostIT {

  private static final Path CORPUS = Path.of("src/test/resources/invoices");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "prairie-totals-fees-chromium",
        "bluegrass-sheet-calc",
        "oldmill-courier-receipt-groff",
        "twinoaks-text-receipt-writer"
      })
  void itemsCarryEveryPrintedChargeAndAddUpToTheInvoiceTotal(
      String invoice, Api api, ResellServer server) throws IOException, SQLException {
    JsonPath expected = new JsonPath(Files.readString(CORPUS.resolve(invoice + ".expected.json")));
    JsonPath status = Imports.importInvoice(api, invoice, "LC-" + UUID.randomUUID());
    String jobId = status.getString("job_id");
    String invoiceId = status.getString("invoice.id");
    BigDecimal printedFees = feesOf(expected);

    // imported: the fees stay on the invoice, outside every item's cost
    assertThat(sums(server, jobId).otherFees()).isEqualByComparingTo("0.00");
    JsonPath view = invoice(api, "viewer", invoiceId, null);
    assertThat(view.getBoolean("fees_capitalized")).isFalse();
    assertThat(money(view, "fees_on_invoice")).isEqualByComparingTo(printedFees);
    assertThat(view.getList("items")).hasSize(expected.getList("items").size());
    assertThat(new BigDecimal(view.getString("items_total_cost")).add(printedFees))
        .as("items + fees on the invoice = printed total")
        .isEqualByComparingTo(expected.getString("header.total"));

    // capitalised: spread into other_fees by hammer, as the corpus' own allocation computed it
    view = invoice(api, "staff", invoiceId, true);
    assertThat(view.getBoolean("fees_capitalized")).isTrue();
    assertThat(money(view, "fees_on_invoice")).isEqualByComparingTo("0.00");
    Map<String, Object> byLot = view.getMap("fee_shares");
    assertThat(byLot.keySet()).containsExactlyInAnyOrderElementsOf(view.getList("items.lot_id"));
    List<BigDecimal> shares =
        byLot.values().stream().map(v -> new BigDecimal(v.toString())).toList();
    assertThat(shares).allMatch(share -> share.signum() >= 0);
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(printedFees);
    assertCapitalised(server, jobId, expected);
    invoice(api, "staff", invoiceId, true); // switching on again changes nothing
    assertCapitalised(server, jobId, expected);

    // returned to the invoice: exactly the shares come off again
    view = invoice(api, "staff", invoiceId, false);
    assertThat(view.getBoolean("fees_capitalized")).isFalse();
    assertThat(sums(server, jobId).otherFees()).isEqualByComparingTo("0.00");
    assertThat(view.getMap("fee_shares")).isEmpty();
  }

  private static BigDecimal money(JsonPath json, String path) {
    return new BigDecimal(json.getString(path));
  }

  private static BigDecimal feesOf(JsonPath expected) {
    Map<String, Object> fees = expected.getMap("header.fees");
    return fees.values().stream()
        .map(v -> new BigDecimal(v.toString()))
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  /** The invoice as GET answers it, or as the switch answers when {@code capitalize} is given. */
  static JsonPath invoice(Api api, String role, String invoiceId, Boolean capitalize) {
    var request = api.as(role);
    var response =
        capitalize == null
            ? request.get("/api/v1/invoices/" + invoiceId)
            : request
                .contentType("application/json")
                .body(Map.of("capitalize", capitalize))
                .put("/api/v1/invoices/" + invoiceId + "/capitalize-fees");
    return response.then().statusCode(200).extract().jsonPath();
  }

  private record Sums(BigDecimal otherFees) {}

  private static Sums sums(ResellServer server, String jobId) throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT sum(other_fees) FROM inventory WHERE import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return new Sums(rs.getBigDecimal(1));
      }
    }
  }

  private static void assertCapitalised(ResellServer server, String jobId, JsonPath expected)
      throws SQLException {
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT sum(i.bid_amount), sum(i.buyers_premium), sum(i.sales_tax),"
                    + " sum(i.other_fees), sum(i.total_cost), min(v.subtotal), min(v.premium_total),"
                    + " min(v.tax_total), min(v.fees_total), min(v.printed_total),"
                    + " min(v.extra_fees::text) FROM inventory i"
                    + " JOIN invoices v ON v.id = i.invoice_record_id WHERE i.import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        BigDecimal fees = rs.getBigDecimal(9);
        assertThat(fees).as("the invoice prints extra fees").isPositive();
        assertThat(rs.getString(11)).as("each fee is kept by name").isNotEqualTo("{}");
        assertColumn(rs.getBigDecimal(1), rs.getBigDecimal(6), "bids = subtotal");
        assertColumn(rs.getBigDecimal(2), rs.getBigDecimal(7), "premiums = premium total");
        assertColumn(rs.getBigDecimal(3), rs.getBigDecimal(8), "taxes = tax total");
        assertThat(rs.getBigDecimal(4)).as("other fees = fees total").isEqualByComparingTo(fees);
        assertThat(rs.getBigDecimal(5))
            .as("landed costs = printed invoice total")
            .isEqualByComparingTo(rs.getBigDecimal(10))
            .isEqualByComparingTo(expected.getString("header.total"));
      }
    }

    // each item's share of the fees, as the corpus' own largest-remainder allocation computed it
    Map<String, BigDecimal> feesByLot = new HashMap<>();
    Map<String, BigDecimal> shippingByLot = new HashMap<>();
    try (Connection c = server.database().connect();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT lot_number, other_fees, shipping_cost FROM inventory"
                    + " WHERE import_job_id = ?::uuid")) {
      st.setString(1, jobId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          feesByLot.put(rs.getString(1), rs.getBigDecimal(2));
          shippingByLot.put(rs.getString(1), rs.getBigDecimal(3));
        }
      }
    }
    List<Map<String, Object>> items = expected.getList("items");
    assertThat(feesByLot).hasSize(items.size());
    for (Map<String, Object> item : items) {
      assertThat(feesByLot.get(item.get("lot").toString()))
          .as("fees of lot " + item.get("lot"))
          .isEqualByComparingTo(item.get("fees").toString());
      assertThat(shippingByLot.get(item.get("lot").toString()))
          .as("shipping of lot " + item.get("lot"))
          .isEqualByComparingTo(String.valueOf(item.getOrDefault("shipping", "0.00")));
    }
  }

  /** A printed column adds up exactly; invoices that do not print it have nothing to compare. */
  private static void assertColumn(BigDecimal sum, BigDecimal printed, String what) {
    if (printed != null) assertThat(sum).as(what).isEqualByComparingTo(printed);
  }
}

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
 * handling fees): every amount the invoice prints is spread over its items by bid, exact to the
 * cent, into bid_amount / buyers_premium / sales_tax / other_fees, so the items' total_cost adds up
 * to the printed invoice total. Each invoice is imported under an invoice number of its own, so the
 * test does not collide with other imports of the same corpus file.
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
    String number = "LC-" + UUID.randomUUID();
    String jobId =
        api.as("staff")
            .contentType("multipart/form-data")
            .multiPart(
                "file",
                invoice + ".pdf",
                Files.readAllBytes(CORPUS.resolve(invoice + ".pdf")),
                "application/pdf")
            .multiPart("invoice_id", number)
            .multiPart("force", "true")
            .post("/api/v1/import/pdf")
            .then()
            .statusCode(202)
            .extract()
            .path("job_id");
    assertThat(Imports.awaitFinished(api, jobId).getString("status")).isEqualTo("completed");

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

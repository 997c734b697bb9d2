package app.resell.imports.control;

import app.resell.inventory.control.ImportedItems;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Imported invoices as the invoice pages show them: the printed header and totals, the fees and
 * credits kept on the invoice, whether its fees are capitalised, and its live items with their
 * costs and shares of the fees.
 */
@ApplicationScoped
public class InvoiceViews {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** One invoice in the list, newest first. */
  @Schema(name = "InvoiceSummary")
  public record Summary(
      @Schema(required = true) UUID id,
      @Schema(required = true) String auctionHouse,
      @Schema(required = true) String invoiceNumber,
      LocalDate invoiceDate,
      BigDecimal printedTotal,
      @Schema(description = "Invoice-level fees (loading, card, convenience...) as printed")
          BigDecimal feesTotal,
      @Schema(required = true) boolean feesCapitalized,
      @Schema(required = true) OffsetDateTime createdAt) {}

  /** A credit, deposit or adjustment line printed on the invoice; never an item. */
  public record Adjustment(int line, String description, BigDecimal amount) {}

  /** An invoice with everything it printed and what became of it. */
  @Schema(name = "Invoice")
  public record View(
      @Schema(required = true) UUID id,
      @Schema(required = true) String auctionHouse,
      @Schema(required = true) String invoiceNumber,
      String auctionId,
      LocalDate invoiceDate,
      String bidderNumber,
      BigDecimal buyersPremiumRate,
      BigDecimal salesTaxRate,
      BigDecimal subtotal,
      BigDecimal premiumTotal,
      BigDecimal taxTotal,
      BigDecimal shippingTotal,
      @Schema(description = "Invoice-level fees as printed; see fees_on_invoice")
          BigDecimal feesTotal,
      BigDecimal creditsTotal,
      BigDecimal printedTotal,
      @Schema(description = "Each invoice-level fee by its printed label")
          Map<String, BigDecimal> extraFees,
      List<Adjustment> adjustments,
      @Schema(required = true) String currency,
      @Schema(
              required = true,
              description =
                  "Whether the invoice-level fees are spread into the items' other_fees (PUT"
                      + " /invoices/{id}/capitalize-fees)")
          boolean feesCapitalized,
      @Schema(
              required = true,
              description = "The fees left on the invoice, outside every item's cost")
          BigDecimal feesOnInvoice,
      @Schema(required = true, description = "The landed cost of the live items")
          BigDecimal itemsTotalCost,
      UUID importJobId,
      @Schema(required = true) OffsetDateTime createdAt,
      @Schema(
              required = true,
              description =
                  "The live items carrying the invoice's costs, in printed order (items split from"
                      + " its lots in place of the lots)")
          List<ImportedItems.Imported> items,
      @Schema(
              required = true,
              description = "Each item's share of the capitalised fees, by lot_id (empty when not)")
          Map<String, BigDecimal> feeShares) {}

  /** A page of invoices, newest first. */
  public List<Summary> list(int limit, int offset) throws SQLException {
    List<Summary> page = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, auction_house, invoice_number, invoice_date, printed_total, fees_total,"
                    + " fees_capitalized, created_at FROM invoices"
                    + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
      st.setInt(1, limit);
      st.setInt(2, offset);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          page.add(
              new Summary(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6),
                  rs.getBoolean(7),
                  rs.getObject(8, OffsetDateTime.class)));
        }
      }
    }
    return page;
  }

  /** The invoice; 404 when there is none with this id. */
  public View find(UUID id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT auction_house, invoice_number, auction_id, invoice_date, bidder_number,"
                    + " buyers_premium_rate, sales_tax_rate, subtotal, premium_total, tax_total,"
                    + " shipping_total, fees_total, credits_total, printed_total, extra_fees::text,"
                    + " adjustments::text, currency, fees_capitalized, import_job_id, created_at"
                    + " FROM invoices WHERE id = ?")) {
      st.setObject(1, id);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) throw ProblemException.notFound("Invoice", id);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        InvoiceFees.shares(c, id).forEach((lot, amount) -> shares.put(lot.toString(), amount));
        List<ImportedItems.Imported> lots = ImportedItems.ofInvoice(c, id);
        boolean capitalized = rs.getBoolean(18);
        BigDecimal fees = rs.getBigDecimal(12);
        return new View(
            id,
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getObject(4, LocalDate.class),
            rs.getString(5),
            rs.getBigDecimal(6),
            rs.getBigDecimal(7),
            rs.getBigDecimal(8),
            rs.getBigDecimal(9),
            rs.getBigDecimal(10),
            rs.getBigDecimal(11),
            fees,
            rs.getBigDecimal(13),
            rs.getBigDecimal(14),
            extraFees(rs.getString(15)),
            adjustments(rs.getString(16)),
            rs.getString(17),
            capitalized,
            capitalized || fees == null ? BigDecimal.ZERO.setScale(2) : fees,
            lots.stream()
                .map(ImportedItems.Imported::totalCost)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
            rs.getObject(19, UUID.class),
            rs.getObject(20, OffsetDateTime.class),
            lots,
            shares);
      }
    }
  }

  private static Map<String, BigDecimal> extraFees(String json) {
    Map<String, BigDecimal> fees = new LinkedHashMap<>();
    JsonObject object = read(json).asJsonObject();
    object.forEach(
        (label, amount) -> {
          if (amount instanceof JsonNumber n) fees.put(label, n.bigDecimalValue());
        });
    return fees;
  }

  private static List<Adjustment> adjustments(String json) {
    List<Adjustment> adjustments = new ArrayList<>();
    for (JsonValue value : read(json).asJsonArray()) {
      JsonObject a = value.asJsonObject();
      adjustments.add(
          new Adjustment(
              a.getInt("line", 0),
              a.getString("description", ""),
              a.getJsonNumber("amount").bigDecimalValue()));
    }
    return adjustments;
  }

  private static JsonValue read(String json) {
    try (var reader = JsonMapping.json().createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}

package app.resell.imports.control;

import app.resell.imports.control.pdf.InvoiceAdjustment;
import app.resell.imports.control.pdf.InvoiceHeader;
import app.resell.imports.control.pdf.ParsedInvoice;
import app.resell.imports.control.pdf.TotalsCheck;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code invoices} row of an imported auction invoice, unique per auction house and invoice
 * number. Written once per import: a restarted import finds its own row again, while the same
 * invoice already imported by another job is a conflict the import reports.
 */
@ApplicationScoped
public class InvoiceRecords {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** Who issued the invoice and under which numbers, after the uploader's overrides. */
  public record Identity(String auctionHouse, String invoiceNumber, String auctionId) {}

  /**
   * The invoice's identity: the uploader's invoice and auction ids win over the printed ones; an
   * invoice that prints no house or number gets "Unknown auction house" and {@code fallbackNumber}.
   */
  public static Identity identify(
      InvoiceHeader h, String invoiceIdOverride, String auctionIdOverride, String fallbackNumber) {
    String house = blank(h.auctionHouse()) ? "Unknown auction house" : h.auctionHouse().strip();
    String number =
        !blank(invoiceIdOverride)
            ? invoiceIdOverride.strip()
            : !blank(h.invoiceNumber()) ? h.invoiceNumber().strip() : fallbackNumber;
    String auction = !blank(auctionIdOverride) ? auctionIdOverride.strip() : h.auctionId();
    return new Identity(house, number, auction);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The invoice row and the job that created it. */
  public record Stored(UUID invoiceId, UUID importJobId) {}

  public Optional<Stored> find(String house, String number) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, import_job_id FROM invoices WHERE lower(auction_house) = lower(?)"
                    + " AND lower(invoice_number) = lower(?)")) {
      st.setString(1, house);
      st.setString(2, number);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
            : Optional.empty();
      }
    }
  }

  public UUID insert(
      UUID jobId, String house, String number, String auctionId, ParsedInvoice invoice)
      throws SQLException {
    InvoiceHeader h = invoice.header();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO invoices (auction_house, invoice_number, auction_id, invoice_date,"
                    + " bidder_number, buyers_premium_rate, sales_tax_rate, subtotal, premium_total,"
                    + " tax_total, fees_total, shipping_total, credits_total, printed_total,"
                    + " extra_fees, adjustments, import_job_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)"
                    + " RETURNING id")) {
      int k = 1;
      st.setString(k++, house);
      st.setString(k++, number);
      st.setString(k++, auctionId);
      st.setObject(k++, h.invoiceDate());
      st.setString(k++, h.bidderNumber());
      st.setBigDecimal(k++, h.premiumRate());
      st.setBigDecimal(k++, h.taxRate());
      st.setBigDecimal(k++, h.subtotal());
      st.setBigDecimal(k++, h.premiumTotal());
      st.setBigDecimal(k++, h.taxTotal());
      st.setBigDecimal(k++, h.feesTotal());
      st.setBigDecimal(k++, h.shippingTotal());
      st.setBigDecimal(k++, h.creditsTotal());
      st.setBigDecimal(k++, h.total());
      st.setString(k++, fees(h.fees()).toString());
      st.setString(k++, adjustments(invoice).toString());
      st.setObject(k, jobId);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }

  /** The summary of an invoice that has its row: the invoice gains its {@code id}. */
  public static JsonObject summary(UUID invoiceRow, JsonObject summary) {
    return JsonMapping.json()
        .createObjectBuilder(summary)
        .add(
            "invoice",
            JsonMapping.json()
                .createObjectBuilder(summary.getJsonObject("invoice"))
                .add("id", invoiceRow.toString()))
        .build();
  }

  /** The header and totals check as the import report shows them. */
  public static JsonObject summary(
      String house, String number, String auctionId, ParsedInvoice invoice) {
    InvoiceHeader h = invoice.header();
    TotalsCheck t = invoice.totals();
    JsonObjectBuilder header = JsonMapping.json().createObjectBuilder();
    put(header, "auction_house", house);
    put(header, "invoice_number", number);
    put(header, "auction_id", auctionId);
    put(header, "invoice_date", h.invoiceDate() == null ? null : h.invoiceDate().toString());
    put(header, "bidder_number", h.bidderNumber());
    put(header, "premium_rate", h.premiumRate());
    put(header, "tax_rate", h.taxRate());
    put(header, "subtotal", h.subtotal());
    put(header, "premium_total", h.premiumTotal());
    put(header, "tax_total", h.taxTotal());
    put(header, "fees_total", h.feesTotal());
    put(header, "shipping_total", h.shippingTotal());
    put(header, "credits_total", h.creditsTotal());
    put(header, "total", h.total());
    header.add("fees", fees(h.fees()));
    header.add("adjustments", adjustments(invoice));
    JsonObjectBuilder totals = JsonMapping.json().createObjectBuilder().add("matches", t.matches());
    put(totals, "expected", t.expected());
    put(totals, "computed", t.computed());
    put(totals, "difference", t.difference());
    put(totals, "detail", t.detail());
    return JsonMapping.json()
        .createObjectBuilder()
        .add("invoice", header)
        .add("totals_check", totals)
        .add("pages", invoice.pageCount())
        .build();
  }

  private static JsonObject fees(Map<String, BigDecimal> fees) {
    JsonObjectBuilder object = JsonMapping.json().createObjectBuilder();
    if (fees != null) fees.forEach(object::add);
    return object.build();
  }

  private static jakarta.json.JsonArray adjustments(ParsedInvoice invoice) {
    var array = JsonMapping.json().createArrayBuilder();
    for (InvoiceAdjustment a : invoice.adjustments()) {
      array.add(
          JsonMapping.json()
              .createObjectBuilder()
              .add("line", a.line())
              .add("description", a.description() == null ? "" : a.description())
              .add("amount", a.amount()));
    }
    return array.build();
  }

  private static void put(JsonObjectBuilder b, String name, Object value) {
    if (value == null) b.addNull(name);
    else if (value instanceof BigDecimal d) b.add(name, d);
    else b.add(name, value.toString());
  }
}

package app.resell.inventory.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The items an import job wrote, as its status report shows them, and the items an imported
 * invoice's costs live in: the reads inventory publishes to the imports feature. Deleted items
 * count among a job's (the job wrote them). On the caller's connection.
 */
public final class ImportedItems {

  /** One item of the job, identified by the file line it came from. */
  public record Imported(
      UUID lotId,
      int sourceLine,
      String lotNumber,
      String itemName,
      String category,
      String condition,
      boolean needsReview,
      int quantity,
      BigDecimal bidAmount,
      BigDecimal buyersPremium,
      BigDecimal salesTax,
      BigDecimal shippingCost,
      BigDecimal otherFees,
      BigDecimal totalCost,
      BigDecimal costPerItem) {}

  private ImportedItems() {}

  /** How many items the job wrote. */
  public static int count(Connection c, UUID job) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT count(*) FROM inventory WHERE import_job_id = ?")) {
      st.setObject(1, job);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** A page of the job's items in file order. */
  public static List<Imported> page(Connection c, UUID job, int limit, int offset)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM inventory WHERE import_job_id = ? ORDER BY source_line LIMIT ? OFFSET ?")) {
      st.setObject(1, job);
      st.setInt(2, limit);
      st.setInt(3, offset);
      return read(st);
    }
  }

  /**
   * The live items that carry an invoice's costs today, in printed order (file line, then
   * creation): its own, with the items split from its lots in place of the lots (a box lot split
   * into pieces carries its costs in the pieces, which keep the lot's file line).
   */
  public static List<Imported> ofInvoice(Connection c, UUID invoice) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "WITH RECURSIVE family AS ("
                + " SELECT lot_id, source_line AS line FROM inventory WHERE invoice_record_id = ?"
                + " UNION ALL SELECT i.lot_id, f.line FROM inventory i"
                + " JOIN family f ON i.parent_lot_id = f.lot_id)"
                + " SELECT f.line AS source_line, "
                + COLUMNS.replace("source_line, ", "")
                + " FROM family f JOIN inventory USING (lot_id) WHERE deleted_at IS NULL"
                + " ORDER BY f.line NULLS LAST, created_at, lot_id")) {
      st.setObject(1, invoice);
      return read(st);
    }
  }

  private static final String COLUMNS =
      "source_line, lot_id, lot_number, item_name, category::text, condition::text, needs_review,"
          + " quantity, bid_amount, buyers_premium, sales_tax, shipping_cost, other_fees,"
          + " total_cost, cost_per_item";

  private static List<Imported> read(PreparedStatement st) throws SQLException {
    List<Imported> items = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        items.add(
            new Imported(
                rs.getObject("lot_id", UUID.class),
                rs.getInt("source_line"),
                rs.getString("lot_number"),
                rs.getString("item_name"),
                rs.getString("category"),
                rs.getString("condition"),
                rs.getBoolean("needs_review"),
                rs.getInt("quantity"),
                rs.getBigDecimal("bid_amount"),
                rs.getBigDecimal("buyers_premium"),
                rs.getBigDecimal("sales_tax"),
                rs.getBigDecimal("shipping_cost"),
                rs.getBigDecimal("other_fees"),
                rs.getBigDecimal("total_cost"),
                rs.getBigDecimal("cost_per_item")));
      }
    }
    return items;
  }
}

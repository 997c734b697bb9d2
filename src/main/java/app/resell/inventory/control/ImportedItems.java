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
 * The items an import job wrote, as its status report shows them: the read inventory publishes to
 * the imports feature. Deleted items count too (the job wrote them). On the caller's connection.
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
    List<Imported> items = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lot_id, source_line, lot_number, item_name, category::text, condition::text,"
                + " needs_review, quantity, bid_amount, buyers_premium, sales_tax, shipping_cost,"
                + " other_fees, total_cost, cost_per_item FROM inventory"
                + " WHERE import_job_id = ? ORDER BY source_line LIMIT ? OFFSET ?")) {
      st.setObject(1, job);
      st.setInt(2, limit);
      st.setInt(3, offset);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          items.add(
              new Imported(
                  rs.getObject(1, UUID.class),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getBoolean(7),
                  rs.getInt(8),
                  rs.getBigDecimal(9),
                  rs.getBigDecimal(10),
                  rs.getBigDecimal(11),
                  rs.getBigDecimal(12),
                  rs.getBigDecimal(13),
                  rs.getBigDecimal(14),
                  rs.getBigDecimal(15)));
        }
      }
    }
    return items;
  }
}

package app.resell.money.control;

import app.resell.listings.entity.Platform;
import app.resell.money.entity.ItemCost;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads what the pricing and max-bid tools need of an item and its listings with plain SQL. The
 * listings feature owns {@code platform_listings}; the money tools only read its prices.
 */
@ApplicationScoped
public class ItemFacts {

  /** One listing's platform, status and price ({@code null} when none is set). */
  public record ListingPrice(Platform platform, String status, BigDecimal listPrice) {}

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The item, or 404 when it does not exist or is deleted. */
  public ItemCost item(UUID lotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT item_name, category::text, total_cost, quantity, quantity_sold"
                    + " FROM inventory WHERE lot_id = ? AND deleted_at IS NULL")) {
      st.setObject(1, lotId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) throw ProblemException.notFound("Item", lotId);
        return new ItemCost(
            lotId,
            rs.getString(1),
            rs.getString(2),
            rs.getBigDecimal(3),
            rs.getInt(4),
            rs.getInt(5));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("item: " + e.getMessage(), e);
    }
  }

  /** The item's listings in platform order. */
  public List<ListingPrice> listings(UUID lotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT platform::text, status::text, list_price FROM platform_listings"
                    + " WHERE lot_id = ? ORDER BY platform")) {
      st.setObject(1, lotId);
      List<ListingPrice> listings = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          listings.add(
              new ListingPrice(
                  Platform.parse(rs.getString(1)).orElseThrow(),
                  rs.getString(2),
                  rs.getBigDecimal(3)));
        }
      }
      return listings;
    } catch (SQLException e) {
      throw new IllegalStateException("listings: " + e.getMessage(), e);
    }
  }
}

package app.resell.inventory.control;

import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An item's units for selling, owned by the inventory: a sale locks the item, reads what is left
 * and takes its units, in the sale's transaction. Native SQL because the lock ({@code FOR UPDATE})
 * and the guarded update must not go through a stale entity in the persistence context. An import
 * recording a chunk of sales locks and takes in bulk ({@link #lockAll}, {@link #takeAll}) on the
 * chunk's connection, under the same rules.
 */
@ApplicationScoped
public class ItemStock {

  @PersistenceContext EntityManager em;

  /** What a sale needs to know of the item it sells. */
  public record Stock(int quantity, int sold, BigDecimal totalCost, Category category) {
    public int remaining() {
      return quantity - sold;
    }
  }

  /**
   * Locks the item's row until the transaction ends ({@code SELECT ... FOR UPDATE}), so concurrent
   * sales of one item take turns; 404 for an item that does not exist or is deleted.
   */
  public Stock lock(UUID lotId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT quantity, quantity_sold, total_cost, CAST(category AS text) FROM inventory"
                    + " WHERE lot_id = CAST(?1 AS uuid) AND deleted_at IS NULL FOR UPDATE")
            .setParameter(1, lotId.toString())
            .getResultList();
    if (rows.isEmpty()) throw ProblemException.notFound("Item", lotId);
    Object[] row = (Object[]) rows.get(0);
    return new Stock(
        ((Number) row[0]).intValue(),
        ((Number) row[1]).intValue(),
        (BigDecimal) row[2],
        Category.parse((String) row[3]).orElse(null));
  }

  /**
   * Counts the units as sold. The condition repeats the stock check in the database, so even a
   * caller that skipped the lock could never sell more than the item has (409).
   */
  public void take(UUID lotId, int units) {
    int updated =
        em.createNativeQuery(
                "UPDATE inventory SET quantity_sold = quantity_sold + ?1, version = version + 1,"
                    + " updated_at = now() WHERE lot_id = CAST(?2 AS uuid)"
                    + " AND quantity_sold + ?3 <= quantity")
            .setParameter(1, units)
            .setParameter(2, lotId.toString())
            .setParameter(3, units)
            .executeUpdate();
    if (updated != 1) {
      throw ProblemException.conflict("Item " + lotId + " has too few units left for this sale");
    }
  }

  /**
   * {@link #lock} for many items at once, in lot id order (so two chunks locking overlapping items
   * never wait on each other in opposite order). Deleted or missing items are left out.
   */
  public static Map<UUID, Stock> lockAll(Connection c, Collection<UUID> lotIds)
      throws SQLException {
    Map<UUID, Stock> stock = new HashMap<>();
    if (lotIds.isEmpty()) return stock;
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lot_id, quantity, quantity_sold, total_cost, CAST(category AS text)"
                + " FROM inventory WHERE lot_id = ANY (?) AND deleted_at IS NULL"
                + " ORDER BY lot_id FOR UPDATE")) {
      st.setArray(1, c.createArrayOf("uuid", lotIds.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          stock.put(
              rs.getObject(1, UUID.class),
              new Stock(
                  rs.getInt(2),
                  rs.getInt(3),
                  rs.getBigDecimal(4),
                  Category.parse(rs.getString(5)).orElse(null)));
        }
      }
    }
    return stock;
  }

  /**
   * {@link #take} for many items in one statement: units per item. The same guard in the database;
   * 409 when any item has too few units left (the caller's transaction then rolls back whole).
   */
  public static void takeAll(Connection c, Map<UUID, Integer> units) throws SQLException {
    if (units.isEmpty()) return;
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE inventory i SET quantity_sold = i.quantity_sold + d.units,"
                + " version = i.version + 1, updated_at = now()"
                + " FROM unnest(?, ?) AS d(lot_id, units)"
                + " WHERE i.lot_id = d.lot_id AND i.quantity_sold + d.units <= i.quantity")) {
      st.setArray(1, c.createArrayOf("uuid", units.keySet().toArray()));
      st.setArray(2, c.createArrayOf("integer", units.values().toArray()));
      if (st.executeUpdate() != units.size()) {
        throw ProblemException.conflict("Some items have too few units left for these sales");
      }
    }
  }
}

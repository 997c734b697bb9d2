package app.resell.inventory.control;

import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An item's units for selling, owned by the inventory: a sale locks the item, reads what is left
 * and takes its units, in the sale's transaction. Native SQL because the lock ({@code FOR UPDATE})
 * and the guarded update must not go through a stale entity in the persistence context.
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
}

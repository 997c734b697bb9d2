package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The one change the imports feature makes to an invoice's items ({@link ImportedItems#ofInvoice}
 * reads them): adding, or taking back, a share of the invoice's fees in {@code other_fees}. Each
 * change is an ordinary edit of the item: locked, versioned, in its activity log.
 */
@ApplicationScoped
public class InvoiceItemCosts {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject ItemStore store;

  /** Those of {@code lotIds} that are no longer live: deleted, or split into other items. */
  public Set<UUID> gone(Collection<UUID> lotIds) throws SQLException {
    Set<UUID> gone = new LinkedHashSet<>();
    if (lotIds.isEmpty()) return gone;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT lot_id FROM inventory WHERE lot_id = ANY (?) AND deleted_at IS NOT NULL")) {
      st.setArray(1, c.createArrayOf("uuid", lotIds.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) gone.add(rs.getObject(1, UUID.class));
      }
    }
    return gone;
  }

  /**
   * Adds each amount (negative to take one back) to its item's {@code other_fees}, as an edit
   * recorded with {@code reason}; in the caller's transaction.
   */
  public void addOtherFees(Map<UUID, BigDecimal> amounts, String reason) {
    for (var share : amounts.entrySet()) {
      if (share.getValue().signum() == 0) continue;
      Item item = store.findForUpdate(share.getKey());
      ItemFields fields = ItemFields.of(item);
      fields.otherFees = fields.otherFees.add(share.getValue());
      store.write(item, fields, "update", reason);
    }
  }
}

package app.resell.imports.control;

import app.resell.inventory.control.ImportedItems;
import app.resell.inventory.control.InvoiceItemCosts;
import app.resell.money.control.CostAllocator;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The invoice-level switch for fees that are not item cost (loading, removal, card and convenience
 * fees): an import leaves them on the invoice; capitalising spreads the printed fees total over the
 * invoice's live items by hammer with the invoices' one allocation rule ({@link
 * CostAllocator#allocateRemainderLast}, the cent remainder to the last item in printed order), into
 * {@code other_fees}, and keeps each item's share; switching back takes exactly those shares off
 * again. The invoice row is locked for the switch, so two switches take turns.
 */
@ApplicationScoped
public class InvoiceFees {

  static final String CAPITALISED = "invoice fees capitalised";
  static final String RETURNED = "invoice fees returned to the invoice";

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject InvoiceItemCosts costs;

  /** Capitalises the invoice's fees or returns them to the invoice; nothing when already so. */
  @Transactional
  public void capitalize(UUID invoiceId, boolean capitalize) {
    try (Connection c = dataSource.getConnection()) {
      Locked invoice = lock(c, invoiceId);
      if (invoice.capitalized() == capitalize) return;
      if (capitalize) spread(c, invoice);
      else takeBack(c, invoice);
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE invoices SET fees_capitalized = ?, updated_at = now(), version = version + 1"
                  + " WHERE id = ?")) {
        st.setBoolean(1, capitalize);
        st.setObject(2, invoiceId);
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not change the invoice's fees", e);
    }
  }

  private record Locked(UUID id, String number, BigDecimal feesTotal, boolean capitalized) {}

  private static Locked lock(Connection c, UUID id) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT invoice_number, fees_total, fees_capitalized FROM invoices WHERE id = ?"
                + " FOR UPDATE")) {
      st.setObject(1, id);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) throw ProblemException.notFound("Invoice", id);
        return new Locked(id, rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3));
      }
    }
  }

  private void spread(Connection c, Locked invoice) throws SQLException {
    if (invoice.feesTotal() == null || invoice.feesTotal().signum() == 0) {
      throw ProblemException.conflict(
          "Invoice " + invoice.number() + " has no invoice-level fees to capitalise");
    }
    List<ImportedItems.Imported> carriers = ImportedItems.ofInvoice(c, invoice.id());
    if (carriers.isEmpty()) {
      throw ProblemException.conflict(
          "Invoice " + invoice.number() + " has no items left to carry its fees");
    }
    List<BigDecimal> shares =
        CostAllocator.allocateRemainderLast(
            invoice.feesTotal(),
            carriers.stream().map(i -> i.bidAmount().max(BigDecimal.ZERO)).toList());
    Map<UUID, BigDecimal> byItem = new LinkedHashMap<>();
    for (int i = 0; i < carriers.size(); i++) byItem.put(carriers.get(i).lotId(), shares.get(i));
    costs.addOtherFees(byItem, CAPITALISED);
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO invoice_fee_shares (invoice_id, lot_id, amount) VALUES (?, ?, ?)")) {
      for (var share : byItem.entrySet()) {
        st.setObject(1, invoice.id());
        st.setObject(2, share.getKey());
        st.setBigDecimal(3, share.getValue());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void takeBack(Connection c, Locked invoice) throws SQLException {
    Map<UUID, BigDecimal> shares = shares(c, invoice.id());
    Set<UUID> gone = costs.gone(shares.keySet());
    if (!gone.isEmpty()) {
      throw ProblemException.conflict(
          "The fees of invoice "
              + invoice.number()
              + " were capitalised into items that have since been split or deleted ("
              + gone.size()
              + " item(s), e.g. "
              + gone.iterator().next()
              + "); restore them, or correct other fees on the items by hand");
    }
    Map<UUID, BigDecimal> back = new LinkedHashMap<>();
    shares.forEach((lot, amount) -> back.put(lot, amount.negate()));
    costs.addOtherFees(back, RETURNED);
    try (PreparedStatement st =
        c.prepareStatement("DELETE FROM invoice_fee_shares WHERE invoice_id = ?")) {
      st.setObject(1, invoice.id());
      st.executeUpdate();
    }
  }

  /** Each item's share of the invoice's capitalised fees. */
  static Map<UUID, BigDecimal> shares(Connection c, UUID invoiceId) throws SQLException {
    Map<UUID, BigDecimal> shares = new LinkedHashMap<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lot_id, amount FROM invoice_fee_shares WHERE invoice_id = ? ORDER BY lot_id")) {
      st.setObject(1, invoiceId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) shares.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2));
      }
    }
    return shares;
  }
}

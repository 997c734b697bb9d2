package app.resell.listings.control;

import app.resell.auth.control.CurrentUser;
import app.resell.events.entity.DomainEvents;
import app.resell.inventory.control.AuditTrail;
import app.resell.inventory.control.ItemStock;
import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingLifecycle;
import app.resell.listings.entity.ListingStatus;
import app.resell.money.control.FeeScheduleStore;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The listings' side of sales read from marketplace reports, in the caller's transaction (a batch
 * chunk's, or a request's). A sale is recorded by {@link SaleRecorder} exactly as a sale typed in
 * (stock lock, 409 rule, fees, audit, {@code item.sold}, the sold-out rule), on the item's listing
 * on that platform: created when the item had none there, moved to active when it was not live. A
 * later report changes a recorded sale only through {@link #amend}: refunds, fees from the report
 * instead of the estimate, the label cost (the listing's fee and postage sums follow).
 */
@ApplicationScoped
public class ImportedSales {

  @PersistenceContext EntityManager em;
  @Inject ListingStore listings;
  @Inject SaleRecorder recorder;
  @Inject ItemStock stock;
  @Inject AuditTrail audit;
  @Inject FeeScheduleStore fees;
  @Inject CurrentUser user;
  @Inject Event<DomainEvents> events;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** What the report says of the listing the sale went through, for a listing created for it. */
  public record ListingHint(String title, String externalId, BigDecimal price) {}

  /** An order line of a marketplace, which identifies an imported sale. */
  public record OrderLine(Platform platform, String orderId, String lineId) {}

  /** The sales recorded for these order lines, in one query (on a chunk's connection). */
  public Map<OrderLine, SaleRecord> recorded(Connection c, Collection<OrderLine> lines)
      throws SQLException {
    Map<OrderLine, SaleRecord> found = new HashMap<>();
    if (lines.isEmpty()) return found;
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT "
                + SaleRecord.COLUMNS
                + ", order_id, order_line_id FROM sales"
                + " JOIN unnest(?, ?, ?) AS k(p, o, l) ON platform = CAST(k.p AS platform_type)"
                + " AND order_id = k.o AND order_line_id = k.l")) {
      st.setArray(
          1, c.createArrayOf("text", lines.stream().map(l -> l.platform().value()).toArray()));
      st.setArray(2, c.createArrayOf("text", lines.stream().map(OrderLine::orderId).toArray()));
      st.setArray(3, c.createArrayOf("text", lines.stream().map(OrderLine::lineId).toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          SaleRecord sale = SaleRecord.read(rs);
          found.put(
              new OrderLine(
                  Platform.parse(sale.platform()).orElseThrow(),
                  rs.getString(16),
                  rs.getString(17)),
              sale);
        }
      }
    }
    return found;
  }

  /**
   * Records many sales together on the chunk's connection ({@link SaleBatch}): the sales of these
   * items, whose rows it locks.
   */
  public SaleBatch batch(Connection c, Collection<UUID> lotIds) {
    return new SaleBatch(c, em, audit, fees.calculator(), user.id(), events, lotIds);
  }

  /** The sale recorded for this order line before, if any. */
  public Optional<SaleRecord> find(Platform platform, String orderId, String lineId) {
    List<SaleRecord> found = query(" AND order_line_id = ?", platform.value(), orderId, lineId);
    return found.stream().findFirst();
  }

  /** Every sale recorded for the order, in line order. */
  public List<SaleRecord> ofOrder(Platform platform, String orderId) {
    return query("", platform.value(), orderId);
  }

  /** A sale recorded from a report, with its order line and currency. */
  public record Recorded(
      SaleRecord sale, String orderId, String lineId, String currency, String itemName) {}

  /** The sales an import recorded (also those recorded later by confirming its matches). */
  public List<Recorded> ofImport(UUID importJobId, int limit) {
    String sql =
        "SELECT "
            + SaleRecord.COLUMNS
            + ", order_id, order_line_id, currency,"
            + " (SELECT item_name FROM item_facts f WHERE f.lot_id = sales.lot_id)"
            + " FROM sales WHERE import_job_id = ?"
            + " ORDER BY created_at, order_id, order_line_id LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, importJobId);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        List<Recorded> sales = new ArrayList<>();
        while (rs.next()) {
          sales.add(
              new Recorded(
                  SaleRecord.read(rs),
                  rs.getString(16),
                  rs.getString(17),
                  rs.getString(18),
                  rs.getString(19)));
        }
        return sales;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sales of import " + importJobId + " failed", e);
    }
  }

  /** Units of the item still unsold, with the item's row locked as for a sale. */
  public int unitsLeft(UUID lotId) {
    return stock.lock(lotId).remaining();
  }

  /** Records the sale on the item's listing on the platform (see the class comment). */
  public SaleRecord record(
      UUID lotId, Platform platform, ListingHint hint, SaleRequest sale, SaleOrigin origin) {
    stock.lock(lotId);
    Listing listing = sellable(lotId, platform, hint);
    return recorder.record(listing.id(), sale, origin);
  }

  /**
   * Applies what a later report says of a recorded sale; null leaves a value as it is. Answers
   * whether anything changed (nothing does when the same report is imported again).
   */
  public boolean amend(
      SaleRecord sale, BigDecimal refund, BigDecimal fees, BigDecimal shippingCost, String why) {
    if (unchangedBy(sale, refund, fees, shippingCost)) return false;
    BigDecimal newRefund = newRefund(sale, refund);
    BigDecimal newFees = fees == null ? sale.platformFees() : fees;
    BigDecimal newShipping = shippingCost == null ? sale.actualShipping() : shippingCost;
    boolean feesFromReport = fees != null || !sale.feesComputed();
    em.createNativeQuery(
            "UPDATE sales SET refund_amount = ?1, refunded_at = CASE WHEN ?2 > 0 THEN"
                + " coalesce(refunded_at, now()) END, platform_fees = ?3, fees_computed = ?4,"
                + " actual_shipping = ?5 WHERE id = CAST(?6 AS uuid)")
        .setParameter(1, newRefund)
        .setParameter(2, newRefund.signum())
        .setParameter(3, newFees)
        .setParameter(4, !feesFromReport)
        .setParameter(5, newShipping)
        .setParameter(6, sale.id().toString())
        .executeUpdate();
    Listing listing = em.find(Listing.class, sale.listingId());
    if (listing != null) {
      listing.saleAmended(
          newFees.subtract(sale.platformFees()), newShipping.subtract(sale.actualShipping()));
      em.flush();
    }
    audit.record(
        "sale",
        sale.lotId(),
        sale.id(),
        "sale_update",
        money(sale.refundAmount(), sale.platformFees(), sale.actualShipping()).build(),
        money(newRefund, newFees, newShipping).add("reason", why).build());
    return true;
  }

  /** Whether {@link #amend} with these values would leave the sale as it is. */
  public static boolean unchangedBy(
      SaleRecord sale, BigDecimal refund, BigDecimal fees, BigDecimal shippingCost) {
    return newRefund(sale, refund).compareTo(sale.refundAmount()) == 0
        && (fees == null || fees.compareTo(sale.platformFees()) == 0)
        && (shippingCost == null || shippingCost.compareTo(sale.actualShipping()) == 0)
        && (fees == null || !sale.feesComputed());
  }

  private static BigDecimal newRefund(SaleRecord sale, BigDecimal refund) {
    return refund == null
        ? sale.refundAmount()
        : refund.min(sale.revenue().add(sale.refundAmount()));
  }

  /**
   * Writes what recording a line changed and lets go of the entities it loaded. A chunk records
   * hundreds of sales in one transaction; without this every flush of the next sale compares every
   * item and listing loaded so far, and the chunk slows down with the square of its size.
   */
  public void settle() {
    em.flush();
    em.clear();
  }

  /** The item's listing on the platform, live, so a sale can be recorded on it. */
  private Listing sellable(UUID lotId, Platform platform, ListingHint hint) {
    List<Listing> existing =
        em.createNamedQuery(Listing.BY_PLATFORM, Listing.class)
            .setParameter("lot", lotId)
            .setParameter("platform", platform)
            .getResultList();
    if (existing.isEmpty()) return listings.create(listings.item(lotId), fields(platform, hint));
    Listing listing = existing.get(0);
    if (ListingLifecycle.bySale(listing.status())) return listing;
    if (listing.status() == ListingStatus.SOLD) throw alreadySold(platform, lotId);
    listing.moveTo(ListingStatus.ACTIVE, OffsetDateTime.now());
    em.flush();
    audit.record(
        "listing",
        lotId,
        listing.id(),
        "listing_sold_by_report",
        null,
        JsonMapping.json().createObjectBuilder().add("status", "active").build());
    return listing;
  }

  /** The listing a sale from a report creates when the item had none on that platform. */
  static ListingFields fields(Platform platform, ListingHint hint) {
    ListingFields fields = new ListingFields();
    fields.platform = platform;
    fields.status = ListingStatus.ACTIVE;
    fields.listPrice = hint.price() == null || hint.price().signum() <= 0 ? null : hint.price();
    fields.listingTitle = clip(hint.title(), 255);
    fields.externalId = clip(hint.externalId(), 100);
    fields.reason = "sold on " + platform.value() + " (sales report)";
    return fields;
  }

  static ProblemException alreadySold(Platform platform, UUID lotId) {
    return ProblemException.conflict(
        "The " + platform.value() + " listing of item " + lotId + " is already sold");
  }

  private static JsonObjectBuilder money(BigDecimal refund, BigDecimal fees, BigDecimal shipping) {
    return JsonMapping.json()
        .createObjectBuilder()
        .add("refund_amount", refund)
        .add("platform_fees", fees)
        .add("actual_shipping", shipping);
  }

  private static String clip(String text, int max) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }

  private List<SaleRecord> query(String condition, String... parameters) {
    String sql =
        "SELECT "
            + SaleRecord.COLUMNS
            + " FROM sales WHERE platform = ?::platform_type AND order_id = ?"
            + condition
            + " ORDER BY order_line_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) st.setString(i + 1, parameters[i]);
      try (ResultSet rs = st.executeQuery()) {
        List<SaleRecord> sales = new ArrayList<>();
        while (rs.next()) sales.add(SaleRecord.read(rs));
        return sales;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("imported sales of order " + parameters[1] + " failed", e);
    }
  }
}

package app.resell.listings.control;

import app.resell.events.entity.DomainEvent;
import app.resell.inventory.control.AuditTrail;
import app.resell.inventory.control.ItemStock;
import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingLifecycle;
import app.resell.money.control.FeeCalculator;
import app.resell.money.control.FeeScheduleStore;
import app.resell.money.control.ProfitCalculator;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records sales. The item's row is locked ({@code SELECT ... FOR UPDATE}) before anything is read,
 * so concurrent sales of one item run one after the other: the second sees the first's units and is
 * refused with 409 when too few are left. The lock is taken before the listing is loaded, and every
 * sale takes the item first, so two sales never wait on each other in opposite order.
 *
 * <p>A sale announces {@code item.sold}, and {@code item.needs_delist} when selling the last unit
 * left other listings to take down, in the sale's transaction (webhooks, live pages).
 */
@ApplicationScoped
public class SaleRecorder {

  @PersistenceContext EntityManager em;
  @Inject ListingStore listings;
  @Inject ItemStock items;
  @Inject FeeScheduleStore fees;
  @Inject AuditTrail audit;
  @Inject app.resell.auth.control.CurrentUser user;
  @Inject Event<DomainEvent> events;

  public SaleRecord record(UUID listingId, SaleRequest sale) {
    return record(listingId, sale, null);
  }

  /**
   * Records a sale read from a marketplace report: the same as a sale typed in, plus its order
   * identity and currency ({@code origin}; null for a sale typed in).
   */
  public SaleRecord record(UUID listingId, SaleRequest sale, SaleOrigin origin) {
    UUID lotId = lotOf(listingId);
    ItemStock.Stock stock = items.lock(lotId);
    Listing listing = listings.find(listingId);
    if (!ListingLifecycle.bySale(listing.status())) {
      throw ProblemException.conflict(
          "A sale can be recorded on an active or pending listing; this one is "
              + listing.status().value()
              + ". Move it to active first.");
    }
    int remaining = stock.remaining();
    if (sale.quantity() > remaining) {
      throw ProblemException.conflict(
          "Item "
              + lotId
              + " has "
              + remaining
              + " of "
              + stock.quantity()
              + " units left; cannot sell "
              + sale.quantity());
    }
    SaleRecord record = priced(listing, lotId, stock, sale, fees.calculator());
    insert(record, origin);
    items.take(lotId, sale.quantity());
    boolean lastUnit = sale.quantity() == remaining;
    BigDecimal listingPriceBefore = listing.soldPrice();
    addTo(listing, record, lastUnit);
    em.flush();
    audit.record("sale", lotId, record.id(), "sale", null, saleDocument(record, listing));
    audit.listingPrice(
        "sold_price",
        lotId,
        listingId,
        record.platform(),
        listingPriceBefore,
        listing.soldPrice(),
        soldPriceReason(record));
    events.fire(soldEvent(record, lastUnit));
    if (lastUnit) {
      List<Listing> flagged = listings.flagOthersForDelisting(lotId, listingId);
      if (!flagged.isEmpty()) events.fire(delistEvent(lotId, listingId, flagged));
    }
    return record;
  }

  /**
   * The sale as it will be written, before anything is: the platform's fees (the report's or typed
   * in, else estimated from the fee schedule), the landed cost of the units by those sold before,
   * the date (now when not given). {@code stock} is the item's, locked.
   */
  static SaleRecord priced(
      Listing listing, UUID lotId, ItemStock.Stock stock, SaleRequest sale, FeeCalculator fees) {
    boolean computed = sale.platformFees() == null;
    BigDecimal platformFees =
        computed
            ? fees.compute(
                    listing.platform(),
                    stock.category(),
                    sale.soldPrice(),
                    sale.shippingPaid(),
                    sale.salesTaxCollected(),
                    sale.quantity())
                .total()
            : sale.platformFees();
    BigDecimal costOfGoods =
        ProfitCalculator.landedCostOfUnits(
            stock.totalCost(), stock.quantity(), stock.sold(), sale.quantity());
    OffsetDateTime soldDate = sale.soldDate() == null ? OffsetDateTime.now() : sale.soldDate();
    BigDecimal tax = sale.salesTaxCollected() == null ? BigDecimal.ZERO : sale.salesTaxCollected();
    return new SaleRecord(
        UUID.randomUUID(),
        listing.id(),
        lotId,
        listing.platform().value(),
        sale.quantity(),
        sale.itemTotal().setScale(2),
        sale.shippingPaid(),
        sale.actualShipping(),
        platformFees,
        computed,
        tax.setScale(2),
        costOfGoods,
        BigDecimal.ZERO.setScale(2),
        sale.buyerUsername(),
        soldDate);
  }

  /** The sale's money on its listing; the last unit makes the listing sold. */
  static void addTo(Listing listing, SaleRecord record, boolean lastUnit) {
    listing.recordSale(
        record.quantity(),
        record.itemTotal(),
        record.platformFees(),
        record.shippingPaid(),
        record.actualShipping(),
        record.buyerUsername(),
        record.soldDate(),
        lastUnit);
  }

  /** The sale's audit row, with the status its listing is in after it. */
  static JsonObject saleDocument(SaleRecord record, Listing listing) {
    return JsonMapping.json()
        .createObjectBuilder()
        .add("listing_id", record.listingId().toString())
        .add("platform", record.platform())
        .add("quantity", record.quantity())
        .add("sold_price", record.unitPrice())
        .add("platform_fees", record.platformFees())
        .add("fees_computed", record.feesComputed())
        .add("cost_of_goods", record.costOfGoods())
        .add("listing_status", listing.status().value())
        .build();
  }

  static String soldPriceReason(SaleRecord record) {
    return "sale of " + record.quantity() + " unit(s)";
  }

  /** {@code item.sold}. */
  static DomainEvent soldEvent(SaleRecord record, boolean lastUnit) {
    Map<String, Object> sold = new LinkedHashMap<>();
    sold.put("lot_id", record.lotId());
    sold.put("sale_id", record.id());
    sold.put("listing_id", record.listingId());
    sold.put("platform", record.platform());
    sold.put("quantity", record.quantity());
    sold.put("item_total", record.itemTotal());
    sold.put("platform_fees", record.platformFees());
    sold.put("sold_out", lastUnit);
    return DomainEvent.of(DomainEvent.ITEM_SOLD, sold);
  }

  /** {@code item.needs_delist}: the item sold out through one listing; these must come down. */
  static DomainEvent delistEvent(UUID lotId, UUID soldThrough, List<Listing> flagged) {
    return DomainEvent.of(
        DomainEvent.ITEM_NEEDS_DELIST,
        Map.of(
            "lot_id",
            lotId,
            "sold_through",
            soldThrough,
            "listings",
            flagged.stream()
                .map(l -> Map.of("listing_id", l.id(), "platform", l.platform().value()))
                .toList()));
  }

  private UUID lotOf(UUID listingId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST(lot_id AS text) FROM platform_listings WHERE id = CAST(?1 AS uuid)")
            .setParameter(1, listingId.toString())
            .getResultList();
    if (rows.isEmpty()) throw ProblemException.notFound("Listing", listingId);
    return UUID.fromString((String) rows.get(0));
  }

  /** The columns of a sale as written, for the statements here and in {@link SaleBatch}. */
  static final String INSERT =
      "INSERT INTO sales (id, listing_id, lot_id, platform, quantity, sold_price,"
          + " shipping_paid, actual_shipping, platform_fees, fees_computed,"
          + " sales_tax_collected, cost_of_goods, buyer_username, sold_date, created_by,"
          + " order_id, order_line_id, currency, import_job_id)";

  private void insert(SaleRecord s, SaleOrigin origin) {
    em.createNativeQuery(
            INSERT
                + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid),"
                + " CAST(?4 AS platform_type), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                + " CAST(?15 AS uuid), ?16, ?17, ?18, CAST(?19 AS uuid))")
        .setParameter(1, s.id().toString())
        .setParameter(2, s.listingId().toString())
        .setParameter(3, s.lotId().toString())
        .setParameter(4, s.platform())
        .setParameter(5, s.quantity())
        .setParameter(6, s.itemTotal())
        .setParameter(7, s.shippingPaid())
        .setParameter(8, s.actualShipping())
        .setParameter(9, s.platformFees())
        .setParameter(10, s.feesComputed())
        .setParameter(11, s.salesTaxCollected())
        .setParameter(12, s.costOfGoods())
        .setParameter(13, s.buyerUsername())
        .setParameter(14, s.soldDate())
        .setParameter(15, user.id() == null ? null : user.id().toString())
        .setParameter(16, origin == null ? null : origin.orderId())
        .setParameter(17, origin == null ? null : origin.lineId())
        .setParameter(18, origin == null || origin.currency() == null ? "USD" : origin.currency())
        .setParameter(
            19,
            origin == null || origin.importJobId() == null ? null : origin.importJobId().toString())
        .executeUpdate();
  }
}

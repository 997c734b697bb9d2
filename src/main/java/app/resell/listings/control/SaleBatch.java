package app.resell.listings.control;

import app.resell.events.entity.DomainEvent;
import app.resell.events.entity.DomainEvents;
import app.resell.inventory.control.AuditTrail;
import app.resell.inventory.control.ItemStock;
import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingLifecycle;
import app.resell.listings.entity.ListingStatus;
import app.resell.money.control.FeeCalculator;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Platform;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sales of a report chunk recorded together, with the rules of {@link SaleRecorder} and {@link
 * ImportedSales#record} but the writing in bulk: the chunk's items are locked in one statement, the
 * listings of those items loaded in one query, and every sale is decided in memory, in line order,
 * on the units and listings as the earlier lines left them (so two lines for the last unit of an
 * item sell it once). {@link #flush} then writes the sales, the stock taken, the listings created
 * or changed (sold, flagged for delisting), the activity rows, the price history and the events:
 * one batched statement each, in the caller's transaction.
 *
 * <p>What the batch does not take ({@link #takes} false: a listing a sale must first move to
 * active, an item no longer there) the caller records one by one, after a {@link #flush}; the batch
 * then reads the items and listings again before its next sale. A listing changed here carries its
 * version, so an edit made meanwhile through JPA fails this chunk rather than being overwritten.
 */
public final class SaleBatch {

  private static final String INSERT_LISTING =
      "INSERT INTO platform_listings (id, lot_id, platform, status, list_price, listing_title,"
          + " external_id, quantity_sold, sold_price, platform_fees, shipping_paid,"
          + " actual_shipping, buyer_username, listed_date, sold_date, ended_date, needs_delist)"
          + " VALUES (?, ?, CAST(? AS platform_type), CAST(? AS listing_status), ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The changed listings in one statement: each column's values come as one array (text, cast in
   * the database), and a listing changed meanwhile (another version) is not updated.
   */
  private static final String UPDATE_LISTINGS =
      "UPDATE platform_listings l SET status = CAST(d.status AS listing_status),"
          + " quantity_sold = d.quantity_sold, sold_price = d.sold_price,"
          + " platform_fees = d.platform_fees, shipping_paid = d.shipping_paid,"
          + " actual_shipping = d.actual_shipping, buyer_username = d.buyer_username,"
          + " listed_date = d.listed_date, sold_date = d.sold_date, expired_date = d.expired_date,"
          + " ended_date = d.ended_date, needs_delist = d.needs_delist, updated_at = now(),"
          + " version = l.version + 1"
          + " FROM unnest(CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS numeric[]),"
          + " CAST(? AS numeric[]), CAST(? AS numeric[]), CAST(? AS numeric[]), CAST(? AS text[]),"
          + " CAST(? AS timestamptz[]), CAST(? AS timestamptz[]), CAST(? AS timestamptz[]),"
          + " CAST(? AS timestamptz[]), CAST(? AS boolean[]), CAST(? AS uuid[]),"
          + " CAST(? AS bigint[])) AS d(status, quantity_sold, sold_price, platform_fees,"
          + " shipping_paid, actual_shipping, buyer_username, listed_date, sold_date, expired_date,"
          + " ended_date, needs_delist, id, version)"
          + " WHERE l.id = d.id AND l.version = d.version";

  private static final String INSERT_SALE =
      SaleRecorder.INSERT
          + " VALUES (?, ?, ?, CAST(? AS platform_type), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)";

  private final Connection c;
  private final EntityManager em;
  private final AuditTrail audit;
  private final FeeCalculator fees;
  private final UUID author;
  private final Event<DomainEvents> events;
  private final Set<UUID> lots;

  /** The items as locked and their listings as loaded; null until (re)read. */
  private Map<UUID, ItemStock.Stock> stock;

  private Map<UUID, List<Listing>> listings;

  private final Map<UUID, Integer> taken = new LinkedHashMap<>();
  private boolean listedAny;
  private final Set<Listing> created = new LinkedHashSet<>();
  private final Set<Listing> changed = new LinkedHashSet<>();
  private final List<SaleRecord> sales = new ArrayList<>();
  private final List<SaleOrigin> origins = new ArrayList<>();
  private final List<AuditTrail.Entry> activity = new ArrayList<>();
  private final List<AuditTrail.ListingPrice> prices = new ArrayList<>();
  private final List<DomainEvent> announced = new ArrayList<>();

  SaleBatch(
      Connection c,
      EntityManager em,
      AuditTrail audit,
      FeeCalculator fees,
      UUID author,
      Event<DomainEvents> events,
      Collection<UUID> lots) {
    this.c = c;
    this.em = em;
    this.audit = audit;
    this.fees = fees;
    this.author = author;
    this.events = events;
    this.lots = new LinkedHashSet<>(lots);
  }

  /** Units of the item still unsold, counting this batch's sales; null for an item not here. */
  public Integer unitsLeft(UUID lotId) {
    ItemStock.Stock s = load().get(lotId);
    return s == null ? null : s.remaining() - taken.getOrDefault(lotId, 0);
  }

  /**
   * Whether {@link #record} can record a sale of the item on the platform: the item is one of the
   * batch's and live, and its listing there is live (or sold: refused as {@link ImportedSales}
   * does), or missing and the item has units to list.
   */
  public boolean takes(UUID lotId, Platform platform) {
    Integer left = unitsLeft(lotId);
    if (left == null) return false;
    Listing listing = listing(lotId, platform);
    if (listing == null) return left > 0;
    return ListingLifecycle.bySale(listing.status()) || listing.status() == ListingStatus.SOLD;
  }

  /**
   * Records the sale on the item's listing on the platform, created when missing, as {@link
   * ImportedSales#record} does; written by the next {@link #flush}. Only for a sale {@link #takes}
   * accepted and of no more units than {@link #unitsLeft}.
   *
   * @throws ProblemException 409 when the item's listing there is already sold
   */
  public SaleRecord record(
      UUID lotId,
      Platform platform,
      ImportedSales.ListingHint hint,
      SaleRequest sale,
      SaleOrigin origin) {
    int left = unitsLeft(lotId);
    if (sale.quantity() > left || sale.quantity() < 1) {
      throw new IllegalArgumentException("a sale of " + sale.quantity() + " of " + left + " units");
    }
    Listing listing = listing(lotId, platform);
    if (listing == null) {
      listing = create(lotId, ImportedSales.fields(platform, hint));
    } else if (listing.status() == ListingStatus.SOLD) {
      throw ImportedSales.alreadySold(platform, lotId);
    } else {
      changed.add(listing);
    }
    ItemStock.Stock s = stock.get(lotId);
    int before = taken.getOrDefault(lotId, 0);
    SaleRecord record =
        SaleRecorder.priced(
            listing,
            lotId,
            new ItemStock.Stock(s.quantity(), s.sold() + before, s.totalCost(), s.category()),
            sale,
            fees);
    sales.add(record);
    origins.add(origin);
    taken.put(lotId, before + sale.quantity());
    boolean lastUnit = sale.quantity() == left;
    var listingPriceBefore = listing.soldPrice();
    SaleRecorder.addTo(listing, record, lastUnit);
    activity.add(
        new AuditTrail.Entry(
            "sale", lotId, record.id(), "sale", null, SaleRecorder.saleDocument(record, listing)));
    prices.add(
        new AuditTrail.ListingPrice(
            "sold_price",
            lotId,
            listing.id(),
            record.platform(),
            listingPriceBefore,
            listing.soldPrice(),
            SaleRecorder.soldPriceReason(record)));
    announced.add(SaleRecorder.soldEvent(record, lastUnit));
    if (lastUnit) {
      List<Listing> flagged = ListingStore.flagOthers(listings.get(lotId), listing.id());
      for (Listing other : flagged) {
        if (!created.contains(other)) changed.add(other);
        activity.add(ListingStore.flaggedEntry(other, listing.id()));
      }
      if (!flagged.isEmpty()) {
        announced.add(SaleRecorder.delistEvent(lotId, listing.id(), flagged));
      }
    }
    return record;
  }

  /** Whether the batch created a listing so far (other lines may match it now). */
  public boolean listedAny() {
    return listedAny;
  }

  /**
   * Writes what the batch recorded since the last flush, then forgets the items and listings as
   * read: the next sale reads them again (the caller may change them one by one in between).
   */
  public void flush() throws SQLException {
    if (!sales.isEmpty()) {
      insertListings();
      // the units first: that update moves each item's row to a page with room, so the sales
      // totals trigger's update of the same row right after can stay on that page (HOT)
      ItemStock.takeAll(c, taken);
      insertSales();
      updateListings();
      audit.recordAll(c, activity);
      audit.listingPrices(c, prices);
      events.fire(new DomainEvents(announced));
    }
    stock = null;
    listings = null;
    taken.clear();
    created.clear();
    changed.clear();
    sales.clear();
    origins.clear();
    activity.clear();
    prices.clear();
    announced.clear();
  }

  private Map<UUID, ItemStock.Stock> load() {
    if (stock != null) return stock;
    try {
      stock = ItemStock.lockAll(c, lots);
    } catch (SQLException e) {
      throw new IllegalStateException("locking the items of imported sales failed", e);
    }
    listings = new HashMap<>();
    if (!stock.isEmpty()) {
      // loaded through JPA for the entity's rules, then let go: this batch writes them itself
      for (Listing l :
          em.createNamedQuery(Listing.OF_ITEMS, Listing.class)
              .setParameter("lots", stock.keySet())
              .getResultList()) {
        listings.computeIfAbsent(l.lotId(), k -> new ArrayList<>()).add(l);
      }
      em.clear();
    }
    return stock;
  }

  private Listing listing(UUID lotId, Platform platform) {
    load();
    for (Listing l : listings.getOrDefault(lotId, List.of())) {
      if (l.platform() == platform) return l;
    }
    return null;
  }

  /** A listing as {@link ListingStore#create} makes it, with its audit rows. */
  private Listing create(UUID lotId, ListingFields fields) {
    Listing listing = new Listing(lotId, fields.platform);
    ListingStore.apply(listing, fields);
    listing.moveTo(fields.status, OffsetDateTime.now());
    listings.computeIfAbsent(lotId, k -> new ArrayList<>()).add(listing);
    created.add(listing);
    listedAny = true;
    activity.add(
        new AuditTrail.Entry(
            "listing",
            lotId,
            listing.id(),
            "listing_create",
            null,
            ListingStore.document(listing)));
    prices.add(
        new AuditTrail.ListingPrice(
            "list_price",
            lotId,
            listing.id(),
            listing.platform().value(),
            null,
            listing.listPrice(),
            fields.reason));
    return listing;
  }

  private void insertListings() throws SQLException {
    if (created.isEmpty()) return;
    try (PreparedStatement st = c.prepareStatement(INSERT_LISTING)) {
      for (Listing l : created) {
        int k = 1;
        st.setObject(k++, l.id());
        st.setObject(k++, l.lotId());
        st.setString(k++, l.platform().value());
        st.setString(k++, l.status().value());
        st.setBigDecimal(k++, l.listPrice());
        st.setString(k++, l.listingTitle());
        st.setString(k++, l.externalId());
        k = money(st, k, l);
        st.setObject(k++, l.listedDate());
        st.setObject(k++, l.soldDate());
        st.setObject(k++, l.endedDate());
        st.setBoolean(k, l.needsDelist());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void updateListings() throws SQLException {
    if (changed.isEmpty()) return;
    List<java.util.function.Function<Listing, Object>> columns =
        List.of(
            l -> l.status().value(),
            Listing::quantitySold,
            Listing::soldPrice,
            Listing::platformFees,
            Listing::shippingPaid,
            Listing::actualShipping,
            Listing::buyerUsername,
            Listing::listedDate,
            Listing::soldDate,
            Listing::expiredDate,
            Listing::endedDate,
            Listing::needsDelist,
            Listing::id,
            Listing::version);
    try (PreparedStatement st = c.prepareStatement(UPDATE_LISTINGS)) {
      int k = 1;
      for (var column : columns) {
        st.setArray(
            k++,
            c.createArrayOf(
                "text",
                changed.stream().map(column).map(v -> v == null ? null : text(v)).toArray()));
      }
      if (st.executeUpdate() != changed.size()) {
        throw ProblemException.conflict(
            "A listing changed while its sales were being recorded; import the report again");
      }
    }
  }

  private static String text(Object value) {
    return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
  }

  /** The listing's sale sums and buyer, from {@code quantity_sold} to {@code buyer_username}. */
  private static int money(PreparedStatement st, int k, Listing l) throws SQLException {
    st.setInt(k++, l.quantitySold());
    st.setBigDecimal(k++, l.soldPrice());
    st.setBigDecimal(k++, l.platformFees());
    st.setBigDecimal(k++, l.shippingPaid());
    st.setBigDecimal(k++, l.actualShipping());
    st.setString(k++, l.buyerUsername());
    return k;
  }

  private void insertSales() throws SQLException {
    try (PreparedStatement st = c.prepareStatement(INSERT_SALE)) {
      for (int i = 0; i < sales.size(); i++) {
        SaleRecord s = sales.get(i);
        SaleOrigin origin = origins.get(i);
        int k = 1;
        st.setObject(k++, s.id());
        st.setObject(k++, s.listingId());
        st.setObject(k++, s.lotId());
        st.setString(k++, s.platform());
        st.setInt(k++, s.quantity());
        st.setBigDecimal(k++, s.itemTotal());
        st.setBigDecimal(k++, s.shippingPaid());
        st.setBigDecimal(k++, s.actualShipping());
        st.setBigDecimal(k++, s.platformFees());
        st.setBoolean(k++, s.feesComputed());
        st.setBigDecimal(k++, s.salesTaxCollected());
        st.setBigDecimal(k++, s.costOfGoods());
        st.setString(k++, s.buyerUsername());
        st.setObject(k++, s.soldDate());
        st.setObject(k++, author);
        st.setString(k++, origin.orderId());
        st.setString(k++, origin.lineId());
        st.setString(k++, origin.currency() == null ? "USD" : origin.currency());
        st.setObject(k, origin.importJobId());
        st.addBatch();
      }
      st.executeBatch();
    }
  }
}

package app.resell.listings.control;

import app.resell.inventory.control.AuditTrail;
import app.resell.inventory.entity.Item;
import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingLifecycle;
import app.resell.listings.entity.ListingStatus;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.taxonomy.entity.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates, edits and removes listings in the caller's transaction. Every change goes through the
 * listing's {@link ListingLifecycle}, writes {@code activity_logs} (entity type {@code listing},
 * under the item) and, when the list price changes, {@code price_history}.
 */
@ApplicationScoped
public class ListingStore {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  /** A listing of a live item; 404 otherwise. */
  public Listing find(UUID id) {
    Listing listing = em.find(Listing.class, id);
    if (listing == null) throw ProblemException.notFound("Listing", id);
    Item item = em.find(Item.class, listing.lotId());
    if (item == null || item.deleted()) throw ProblemException.notFound("Listing", id);
    return listing;
  }

  /** A live item; 404 otherwise. */
  public Item item(UUID lotId) {
    Item item = em.find(Item.class, lotId);
    if (item == null || item.deleted()) throw ProblemException.notFound("Item", lotId);
    return item;
  }

  /** The item's listing on a platform, if it has one (one per item and platform). */
  public java.util.Optional<Listing> onPlatform(UUID lotId, Platform platform) {
    return em.createNamedQuery(Listing.BY_PLATFORM, Listing.class)
        .setParameter("lot", lotId)
        .setParameter("platform", platform)
        .getResultStream()
        .findFirst();
  }

  public List<Listing> ofItem(UUID lotId) {
    return em.createNamedQuery(Listing.OF_ITEM, Listing.class)
        .setParameter("lot", lotId)
        .getResultList();
  }

  public Listing create(Item item, ListingFields fields) {
    List<Listing> existing =
        em.createNamedQuery(Listing.BY_PLATFORM, Listing.class)
            .setParameter("lot", item.lotId())
            .setParameter("platform", fields.platform)
            .getResultList();
    if (!existing.isEmpty()) {
      Listing other = existing.get(0);
      throw ProblemException.conflict(
          "Item "
              + item.lotId()
              + " already has a "
              + fields.platform.value()
              + " listing ("
              + other.id()
              + "); edit that one",
          "existing_listing",
          other.id().toString());
    }
    if (!ListingLifecycle.INITIAL.contains(fields.status)) {
      refuse(ListingStatus.NOT_LISTED, fields.status, List.copyOf(ListingLifecycle.INITIAL));
    }
    checkStock(item, fields.status);
    Listing listing = new Listing(item.lotId(), fields.platform);
    apply(listing, fields);
    listing.moveTo(fields.status, OffsetDateTime.now());
    em.persist(listing);
    em.flush();
    audit.record("listing", item.lotId(), listing.id(), "listing_create", null, document(listing));
    audit.listingPrice(
        "list_price",
        item.lotId(),
        listing.id(),
        listing.platform().value(),
        null,
        listing.listPrice(),
        fields.reason);
    return listing;
  }

  /** Replaces the listing's editable fields and moves its status; records what changed. */
  public Listing write(Listing listing, ListingFields fields, String action) {
    if (fields.platform != listing.platform()) {
      throw ProblemException.invalid(
          "platform",
          "a listing stays on its platform ("
              + listing.platform().value()
              + "); create a listing for "
              + fields.platform.value()
              + " instead");
    }
    ListingStatus from = listing.status();
    if (!ListingLifecycle.byHand(from, fields.status)) {
      refuse(from, fields.status, ListingLifecycle.allowedByHand(from));
    }
    if (from != fields.status) checkStock(item(listing.lotId()), fields.status);
    JsonObject before = document(listing);
    BigDecimal priceBefore = listing.listPrice();
    apply(listing, fields);
    listing.moveTo(fields.status, OffsetDateTime.now());
    JsonObject[] changes = AuditTrail.changes(before, document(listing));
    if (changes[1].isEmpty()) return listing;
    em.flush();
    audit.record("listing", listing.lotId(), listing.id(), action, changes[0], changes[1]);
    audit.listingPrice(
        "list_price",
        listing.lotId(),
        listing.id(),
        listing.platform().value(),
        priceBefore,
        listing.listPrice(),
        fields.reason);
    return listing;
  }

  /** The seller took the listing down: cancelled if it still offered the item, flag cleared. */
  public Listing delisted(Listing listing) {
    JsonObject before = document(listing);
    listing.delisted(OffsetDateTime.now());
    JsonObject[] changes = AuditTrail.changes(before, document(listing));
    if (changes[1].isEmpty()) return listing;
    em.flush();
    audit.record("listing", listing.lotId(), listing.id(), "delisted", changes[0], changes[1]);
    return listing;
  }

  /** Removes a listing that never sold; one with sales keeps their history and is 409. */
  public void delete(Listing listing) {
    Number sales =
        (Number)
            em.createNativeQuery("SELECT count(*) FROM sales WHERE listing_id = CAST(?1 AS uuid)")
                .setParameter(1, listing.id().toString())
                .getSingleResult();
    if (sales.longValue() > 0 || listing.quantitySold() > 0) {
      throw ProblemException.conflict(
          "Listing "
              + listing.id()
              + " has sales; deleting it would delete them. Cancel it instead.");
    }
    JsonObject last = document(listing);
    em.remove(listing);
    em.flush();
    audit.record("listing", listing.lotId(), listing.id(), "listing_delete", last, null);
  }

  /**
   * After the item's last unit sold: every other listing that still offers it must come down on its
   * platform, flagged {@code needs_delist} until the seller confirms.
   */
  public List<Listing> flagOthersForDelisting(UUID lotId, UUID soldListing) {
    List<Listing> flagged = flagOthers(ofItem(lotId), soldListing);
    em.flush();
    for (Listing other : flagged) {
      AuditTrail.Entry e = flaggedEntry(other, soldListing);
      audit.record(
          e.entityType(), e.lotId(), e.entityId(), e.action(), e.oldValues(), e.newValues());
    }
    return flagged;
  }

  /**
   * The sold-out rule on an item's listings (in {@link Listing#OF_ITEM} order): those other than
   * the one sold through that still offer the item are flagged; answers them.
   */
  static List<Listing> flagOthers(List<Listing> ofItem, UUID soldListing) {
    List<Listing> flagged = new ArrayList<>();
    for (Listing other : ofItem) {
      if (other.id().equals(soldListing)
          || !ListingLifecycle.OFFERING.contains(other.status())
          || other.needsDelist()) {
        continue;
      }
      other.flagForDelisting();
      flagged.add(other);
    }
    return flagged;
  }

  /** The audit row of a listing flagged by {@link #flagOthers}. */
  static AuditTrail.Entry flaggedEntry(Listing other, UUID soldListing) {
    return new AuditTrail.Entry(
        "listing",
        other.lotId(),
        other.id(),
        "needs_delist",
        JsonMapping.json().createObjectBuilder().add("needs_delist", false).build(),
        JsonMapping.json()
            .createObjectBuilder()
            .add("needs_delist", true)
            .add("sold_through", soldListing.toString())
            .build());
  }

  private static void refuse(ListingStatus from, ListingStatus to, List<ListingStatus> allowed) {
    if (to == ListingStatus.SOLD) {
      throw new IllegalTransitionException(
          "A listing becomes sold only by recording its sale (\"Record a sale\" on the item page,"
              + " with the price it sold for).",
          allowed);
    }
    throw new IllegalTransitionException(
        "A listing cannot go from "
            + from.value()
            + " to "
            + to.value()
            + "; allowed: "
            + (allowed.isEmpty()
                ? "nothing (it is final)"
                : String.join(", ", allowed.stream().map(ListingStatus::value).toList())),
        allowed);
  }

  /** An item with nothing left to sell cannot be put (back) in front of buyers. */
  private static void checkStock(Item item, ListingStatus to) {
    if (ListingLifecycle.LIVE.contains(to) && item.quantitySold() >= item.quantity()) {
      throw ProblemException.conflict(
          item.itemName() + " is sold out; it cannot be listed as " + to.value().replace('_', ' '));
    }
  }

  static void apply(Listing l, ListingFields f) {
    l.setListPrice(f.listPrice);
    l.setListingUrl(f.listingUrl);
    l.setListingTitle(f.listingTitle);
    l.setListingDescription(f.listingDescription);
    l.setExternalId(f.externalId);
    l.setPlatformName(f.platformName);
    l.setViews(f.views);
    l.setWatchers(f.watchers);
    l.setScheduledDate(f.scheduledDate);
    l.setMetadata(f.metadata.toString());
  }

  /** What an audit row shows of a listing. */
  static JsonObject document(Listing l) {
    JsonObjectBuilder b = JsonMapping.json().createObjectBuilder();
    b.add("platform", l.platform().value());
    b.add("status", l.status().value());
    addOrNull(b, "list_price", l.listPrice());
    addOrNull(b, "listing_url", l.listingUrl());
    addOrNull(b, "listing_title", l.listingTitle());
    addOrNull(b, "listing_description", l.listingDescription());
    addOrNull(b, "external_id", l.externalId());
    addOrNull(b, "platform_name", l.platformName());
    b.add("views", l.views());
    b.add("watchers", l.watchers());
    addOrNull(b, "scheduled_date", l.scheduledDate());
    b.add("metadata", ListingFields.parseObject(l.metadata()));
    b.add("needs_delist", l.needsDelist());
    b.add("quantity_sold", l.quantitySold());
    addOrNull(b, "sold_price", l.soldPrice());
    return b.build();
  }

  private static void addOrNull(JsonObjectBuilder b, String key, Object value) {
    if (value == null) b.addNull(key);
    else if (value instanceof BigDecimal amount) b.add(key, amount);
    else b.add(key, value.toString());
  }
}

package app.resell.listings.entity;

import app.resell.taxonomy.entity.Platform;
import app.resell.taxonomy.entity.PlatformConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An item offered on one platform. The listing owns its life: {@link #moveTo} follows {@link
 * ListingLifecycle} and stamps the dates each status means (first listed, expired, ended), and
 * {@link #recordSale} adds a sale's money and, for the last unit, marks it sold. One listing per
 * item and platform (a unique constraint).
 */
@Entity
@Table(name = "platform_listings")
@NamedQuery(
    name = Listing.OF_ITEM,
    query = "SELECT l FROM Listing l WHERE l.lotId = :lot ORDER BY l.createdAt, l.id")
@NamedQuery(
    name = Listing.OF_ITEMS,
    query = "SELECT l FROM Listing l WHERE l.lotId IN :lots ORDER BY l.createdAt, l.id")
@NamedQuery(
    name = Listing.BY_PLATFORM,
    query = "SELECT l FROM Listing l WHERE l.lotId = :lot AND l.platform = :platform")
@NamedQuery(
    name = Listing.OF_ITEM_BY_PLATFORM,
    query = "SELECT l FROM Listing l WHERE l.lotId = :lot ORDER BY l.platform")
public class Listing {

  public static final String OF_ITEM = "Listing.ofItem";
  public static final String OF_ITEMS = "Listing.ofItems";
  public static final String OF_ITEM_BY_PLATFORM = "Listing.ofItemByPlatform";
  public static final String BY_PLATFORM = "Listing.byPlatform";

  @Id private UUID id;

  @Column(name = "lot_id", nullable = false, updatable = false)
  private UUID lotId;

  @Convert(converter = PlatformConverter.class)
  @Column(updatable = false)
  private Platform platform;

  @Column(name = "platform_name")
  private String platformName;

  @Convert(converter = ListingStatusConverter.class)
  private ListingStatus status = ListingStatus.NOT_LISTED;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "list_price")
  private BigDecimal listPrice;

  @Column(name = "listing_url")
  private String listingUrl;

  @Column(name = "listing_title")
  private String listingTitle;

  @Column(name = "listing_description")
  private String listingDescription;

  @Column(name = "quantity_sold")
  private int quantitySold;

  @Column(name = "sold_price")
  private BigDecimal soldPrice;

  @Column(name = "platform_fees")
  private BigDecimal platformFees = BigDecimal.ZERO;

  @Column(name = "shipping_paid")
  private BigDecimal shippingPaid = BigDecimal.ZERO;

  @Column(name = "actual_shipping")
  private BigDecimal actualShipping = BigDecimal.ZERO;

  @Column(name = "buyer_username")
  private String buyerUsername;

  @Column(name = "listed_date")
  private OffsetDateTime listedDate;

  @Column(name = "scheduled_date")
  private OffsetDateTime scheduledDate;

  @Column(name = "sold_date")
  private OffsetDateTime soldDate;

  @Column(name = "expired_date")
  private OffsetDateTime expiredDate;

  @Column(name = "ended_date")
  private OffsetDateTime endedDate;

  private int views;
  private int watchers;

  @Column(name = "needs_delist")
  private boolean needsDelist;

  // Hibernate (WildFly) binds a converter's Object column side only when told its JDBC type: as
  // OTHER the JSON text goes as a parameter of no declared type, which PostgreSQL casts to jsonb.
  // EclipseLink ignores the annotation.
  @Convert(converter = JsonTextConverter.class)
  @JdbcTypeCode(SqlTypes.OTHER)
  private String metadata = "{}";

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Listing() {}

  public Listing(UUID lotId, Platform platform) {
    this.id = UUID.randomUUID();
    this.lotId = lotId;
    this.platform = platform;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now();
  }

  /**
   * Moves the listing by hand and stamps the dates: the first move to active or pending sets {@code
   * listed_date} (kept on relisting, so days listed count from the first day on sale), expiring
   * sets {@code expired_date} and {@code ended_date}, cancelling sets {@code ended_date} and clears
   * {@code needs_delist}, and coming back from expired or cancelled clears the end dates.
   *
   * @throws IllegalStateException when {@link ListingLifecycle#byHand} forbids the move
   */
  public void moveTo(ListingStatus to, OffsetDateTime now) {
    if (!ListingLifecycle.byHand(status, to)) {
      throw new IllegalStateException(status.value() + " -> " + to.value());
    }
    if (to == status) return;
    stamp(to, now);
  }

  private void stamp(ListingStatus to, OffsetDateTime now) {
    if ((to == ListingStatus.ACTIVE || to == ListingStatus.PENDING) && listedDate == null) {
      listedDate = now;
    }
    switch (to) {
      case EXPIRED -> {
        expiredDate = now;
        endedDate = now;
        needsDelist = false;
      }
      case CANCELLED -> {
        endedDate = now;
        needsDelist = false;
      }
      case SOLD -> endedDate = now;
      default -> {
        expiredDate = null;
        endedDate = null;
      }
    }
    status = to;
  }

  /**
   * Adds one sale: units, the item total, fees and shipping accumulate over partial sales; the
   * buyer and the date are the latest sale's. The sale of the item's last unit ends the listing as
   * sold.
   */
  public void recordSale(
      int units,
      BigDecimal itemTotal,
      BigDecimal fees,
      BigDecimal shippingPaidByBuyer,
      BigDecimal postage,
      String buyer,
      OffsetDateTime soldOn,
      boolean lastUnit) {
    if (!ListingLifecycle.bySale(status)) {
      throw new IllegalStateException("no sale in status " + status.value());
    }
    quantitySold += units;
    soldPrice = soldPrice == null ? itemTotal : soldPrice.add(itemTotal);
    platformFees = platformFees.add(fees);
    shippingPaid = shippingPaid.add(shippingPaidByBuyer);
    actualShipping = actualShipping.add(postage);
    if (buyer != null) buyerUsername = buyer;
    soldDate = soldOn;
    if (listedDate == null) listedDate = soldOn;
    if (lastUnit) stamp(ListingStatus.SOLD, soldOn);
  }

  /**
   * A later marketplace report changed one of this listing's sales: its fees and postage sums
   * follow (by the differences), whatever the listing's status.
   */
  public void saleAmended(BigDecimal feesChange, BigDecimal postageChange) {
    platformFees = platformFees.add(feesChange).max(BigDecimal.ZERO);
    actualShipping = actualShipping.add(postageChange).max(BigDecimal.ZERO);
  }

  /** The item sold out elsewhere: this listing must be taken down on its platform. */
  public void flagForDelisting() {
    needsDelist = true;
  }

  /**
   * The seller took the listing down on its platform: a listing still offering the item ends as
   * cancelled; either way the delisting flag is cleared.
   */
  public void delisted(OffsetDateTime now) {
    if (ListingLifecycle.OFFERING.contains(status)) stamp(ListingStatus.CANCELLED, now);
    needsDelist = false;
  }

  public UUID id() {
    return id;
  }

  public UUID lotId() {
    return lotId;
  }

  public Platform platform() {
    return platform;
  }

  public String platformName() {
    return platformName;
  }

  public void setPlatformName(String platformName) {
    this.platformName = platformName;
  }

  public ListingStatus status() {
    return status;
  }

  public String externalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public BigDecimal listPrice() {
    return listPrice;
  }

  public void setListPrice(BigDecimal listPrice) {
    this.listPrice = listPrice;
  }

  public String listingUrl() {
    return listingUrl;
  }

  public void setListingUrl(String listingUrl) {
    this.listingUrl = listingUrl;
  }

  public String listingTitle() {
    return listingTitle;
  }

  public void setListingTitle(String listingTitle) {
    this.listingTitle = listingTitle;
  }

  public String listingDescription() {
    return listingDescription;
  }

  public void setListingDescription(String listingDescription) {
    this.listingDescription = listingDescription;
  }

  public int quantitySold() {
    return quantitySold;
  }

  public BigDecimal soldPrice() {
    return soldPrice;
  }

  public BigDecimal platformFees() {
    return platformFees;
  }

  public BigDecimal shippingPaid() {
    return shippingPaid;
  }

  public BigDecimal actualShipping() {
    return actualShipping;
  }

  public String buyerUsername() {
    return buyerUsername;
  }

  public OffsetDateTime listedDate() {
    return listedDate;
  }

  public OffsetDateTime scheduledDate() {
    return scheduledDate;
  }

  public void setScheduledDate(OffsetDateTime scheduledDate) {
    this.scheduledDate = scheduledDate;
  }

  public OffsetDateTime soldDate() {
    return soldDate;
  }

  public OffsetDateTime expiredDate() {
    return expiredDate;
  }

  public OffsetDateTime endedDate() {
    return endedDate;
  }

  public int views() {
    return views;
  }

  public void setViews(int views) {
    this.views = views;
  }

  public int watchers() {
    return watchers;
  }

  public void setWatchers(int watchers) {
    this.watchers = watchers;
  }

  public boolean needsDelist() {
    return needsDelist;
  }

  public String metadata() {
    return metadata;
  }

  public void setMetadata(String metadata) {
    this.metadata = metadata == null ? "{}" : metadata;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

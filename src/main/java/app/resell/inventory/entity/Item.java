package app.resell.inventory.entity;

import app.resell.setup.entity.StringListConverter;
import app.resell.setup.entity.UuidConverter;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.CategoryConverter;
import app.resell.taxonomy.entity.Condition;
import app.resell.taxonomy.entity.ConditionConverter;
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
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One lot of inventory: what was bought, what it cost to land, where it is and what it should
 * fetch. Total cost and cost per item are computed by PostgreSQL (generated columns) and read back
 * after each write; {@link #landedCost()} gives the same sum before the write.
 */
@Entity
@Table(name = "inventory")
@NamedQuery(name = Item.BY_SKU, query = "SELECT i FROM Item i WHERE i.sku = :sku")
@NamedQuery(
    name = Item.CHILDREN,
    query = "SELECT i FROM Item i WHERE i.parentLotId = :parent AND i.deletedAt IS NULL")
@NamedQuery(
    name = Item.IN_LOCATIONS,
    query =
        "SELECT i FROM Item i WHERE i.locationId IN :locations AND i.deletedAt IS NULL"
            + " ORDER BY i.itemName, i.lotId")
@NamedQuery(
    name = Item.COUNT_IN_LOCATION,
    query = "SELECT count(i) FROM Item i WHERE i.locationId = :location AND i.deletedAt IS NULL")
public class Item {

  public static final String BY_SKU = "Item.bySku";
  public static final String CHILDREN = "Item.children";
  public static final String IN_LOCATIONS = "Item.inLocations";
  public static final String COUNT_IN_LOCATION = "Item.countInLocation";

  @Id
  @Column(name = "lot_id")
  private UUID lotId;

  @Column(name = "invoice_id")
  private String invoiceId;

  @Column(name = "auction_id")
  private String auctionId;

  @Column(name = "lot_number")
  private String lotNumber;

  private String sku;

  @Column(name = "parent_lot_id")
  @Convert(converter = UuidConverter.class)
  private UUID parentLotId;

  @Column(name = "item_name", nullable = false)
  private String itemName;

  private String description;

  @Convert(converter = CategoryConverter.class)
  private Category category = Category.OTHER;

  private String subcategory;

  @Convert(converter = ConditionConverter.class)
  private Condition condition = Condition.UNKNOWN;

  private int quantity = 1;

  @Column(name = "quantity_sold", insertable = false, updatable = false)
  private int quantitySold;

  @Column(name = "bid_amount")
  private BigDecimal bidAmount = BigDecimal.ZERO;

  @Column(name = "buyers_premium")
  private BigDecimal buyersPremium = BigDecimal.ZERO;

  @Column(name = "sales_tax")
  private BigDecimal salesTax = BigDecimal.ZERO;

  @Column(name = "shipping_cost")
  private BigDecimal shippingCost = BigDecimal.ZERO;

  @Column(name = "other_fees")
  private BigDecimal otherFees = BigDecimal.ZERO;

  @Column(name = "total_cost", insertable = false, updatable = false)
  private BigDecimal totalCost;

  @Column(name = "cost_per_item", insertable = false, updatable = false)
  private BigDecimal costPerItem;

  @Column(name = "acquisition_date")
  private OffsetDateTime acquisitionDate;

  @Column(name = "acquisition_source")
  private String acquisitionSource;

  @Column(name = "location_id")
  @Convert(converter = UuidConverter.class)
  private UUID locationId;

  @Column(name = "storage_location")
  private String storageLocation;

  @Column(name = "storage_bin")
  private String storageBin;

  @Column(name = "qr_code", insertable = false, updatable = false)
  private String qrCode;

  @Column(name = "estimated_value")
  private BigDecimal estimatedValue;

  @Column(name = "market_demand")
  @Convert(converter = MarketDemandConverter.class)
  private MarketDemand marketDemand = MarketDemand.MEDIUM;

  @Column(name = "seasonality_notes")
  private String seasonalityNotes;

  @Column(name = "needs_repair")
  private boolean needsRepair;

  @Column(name = "is_consignment")
  private boolean consignment;

  @Column(name = "is_returned")
  private boolean returned;

  @Column(name = "needs_review")
  private boolean needsReview;

  @Column(name = "auto_categorized")
  private boolean autoCategorized;

  @Column(name = "category_confidence")
  private BigDecimal categoryConfidence;

  @Column(name = "condition_confidence")
  private BigDecimal conditionConfidence;

  // Hibernate (WildFly) binds a converter's Object column side only when told its JDBC type: as
  // OTHER the JSON text goes as a parameter of no declared type, which PostgreSQL casts to jsonb.
  // EclipseLink ignores the annotation.
  @Convert(converter = StringListConverter.class)
  @JdbcTypeCode(SqlTypes.OTHER)
  private List<String> keywords = List.of();

  private String notes;

  @Column(name = "import_job_id", insertable = false, updatable = false)
  @Convert(converter = UuidConverter.class)
  private UUID importJobId;

  @Column(name = "created_by", updatable = false)
  @Convert(converter = UuidConverter.class)
  private UUID createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  @Version private long version;

  protected Item() {}

  public Item(String itemName, UUID createdBy) {
    this.lotId = UUID.randomUUID();
    this.itemName = itemName;
    this.createdBy = createdBy;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
    if (acquisitionDate == null) acquisitionDate = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now();
  }

  /** What the lot cost to land: bid, premium, tax, shipping and other fees. */
  public BigDecimal landedCost() {
    return bidAmount.add(buyersPremium).add(salesTax).add(shippingCost).add(otherFees);
  }

  /**
   * Expected return on the landed cost in percent, from the estimated value; null without an
   * estimate or without a cost.
   */
  public BigDecimal expectedRoi() {
    BigDecimal cost = landedCost();
    if (estimatedValue == null || cost.signum() <= 0) return null;
    return estimatedValue
        .subtract(cost)
        .multiply(BigDecimal.valueOf(100))
        .divide(cost, 2, RoundingMode.HALF_UP);
  }

  public boolean deleted() {
    return deletedAt != null;
  }

  public void softDelete() {
    deletedAt = OffsetDateTime.now();
  }

  public void restore() {
    deletedAt = null;
  }

  /** Marks this item as one of the pieces of a box lot. */
  public void splitFrom(UUID parent) {
    this.parentLotId = parent;
  }

  public void assignCosts(
      BigDecimal bid, BigDecimal premium, BigDecimal tax, BigDecimal shipping, BigDecimal other) {
    this.bidAmount = bid;
    this.buyersPremium = premium;
    this.salesTax = tax;
    this.shippingCost = shipping;
    this.otherFees = other;
  }

  /** Category and condition suggested by the classifier, flagged for review when unsure. */
  public void classify(
      Category category,
      BigDecimal categoryConfidence,
      Condition condition,
      BigDecimal conditionConfidence,
      boolean doubtful) {
    this.autoCategorized = true;
    if (category != null) {
      this.category = category;
      this.categoryConfidence = categoryConfidence;
    }
    if (condition != null) {
      this.condition = condition;
      this.conditionConfidence = conditionConfidence;
    }
    if (doubtful) this.needsReview = true;
  }

  // Editable attributes: plain accessors, validated by the boundary before they are set.

  public UUID lotId() {
    return lotId;
  }

  public String invoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(String invoiceId) {
    this.invoiceId = invoiceId;
  }

  public String auctionId() {
    return auctionId;
  }

  public void setAuctionId(String auctionId) {
    this.auctionId = auctionId;
  }

  public String lotNumber() {
    return lotNumber;
  }

  public void setLotNumber(String lotNumber) {
    this.lotNumber = lotNumber;
  }

  public String sku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public UUID parentLotId() {
    return parentLotId;
  }

  public String itemName() {
    return itemName;
  }

  public void setItemName(String itemName) {
    this.itemName = itemName;
  }

  public String description() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Category category() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String subcategory() {
    return subcategory;
  }

  public void setSubcategory(String subcategory) {
    this.subcategory = subcategory;
  }

  public Condition condition() {
    return condition;
  }

  public void setCondition(Condition condition) {
    this.condition = condition;
  }

  public int quantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public int quantitySold() {
    return quantitySold;
  }

  public BigDecimal bidAmount() {
    return bidAmount;
  }

  public BigDecimal buyersPremium() {
    return buyersPremium;
  }

  public BigDecimal salesTax() {
    return salesTax;
  }

  public BigDecimal shippingCost() {
    return shippingCost;
  }

  public BigDecimal otherFees() {
    return otherFees;
  }

  public BigDecimal totalCost() {
    return totalCost;
  }

  public BigDecimal costPerItem() {
    return costPerItem;
  }

  public OffsetDateTime acquisitionDate() {
    return acquisitionDate;
  }

  public void setAcquisitionDate(OffsetDateTime acquisitionDate) {
    this.acquisitionDate = acquisitionDate;
  }

  public String acquisitionSource() {
    return acquisitionSource;
  }

  public void setAcquisitionSource(String acquisitionSource) {
    this.acquisitionSource = acquisitionSource;
  }

  public UUID locationId() {
    return locationId;
  }

  public void setLocationId(UUID locationId) {
    this.locationId = locationId;
  }

  public String storageLocation() {
    return storageLocation;
  }

  public void setStorageLocation(String storageLocation) {
    this.storageLocation = storageLocation;
  }

  public String storageBin() {
    return storageBin;
  }

  public void setStorageBin(String storageBin) {
    this.storageBin = storageBin;
  }

  public String qrCode() {
    return qrCode;
  }

  public BigDecimal estimatedValue() {
    return estimatedValue;
  }

  public void setEstimatedValue(BigDecimal estimatedValue) {
    this.estimatedValue = estimatedValue;
  }

  public MarketDemand marketDemand() {
    return marketDemand;
  }

  public void setMarketDemand(MarketDemand marketDemand) {
    this.marketDemand = marketDemand;
  }

  public String seasonalityNotes() {
    return seasonalityNotes;
  }

  public void setSeasonalityNotes(String seasonalityNotes) {
    this.seasonalityNotes = seasonalityNotes;
  }

  public boolean needsRepair() {
    return needsRepair;
  }

  public void setNeedsRepair(boolean needsRepair) {
    this.needsRepair = needsRepair;
  }

  public boolean consignment() {
    return consignment;
  }

  public void setConsignment(boolean consignment) {
    this.consignment = consignment;
  }

  public boolean returned() {
    return returned;
  }

  public void setReturned(boolean returned) {
    this.returned = returned;
  }

  public boolean needsReview() {
    return needsReview;
  }

  public void setNeedsReview(boolean needsReview) {
    this.needsReview = needsReview;
  }

  public boolean autoCategorized() {
    return autoCategorized;
  }

  public BigDecimal categoryConfidence() {
    return categoryConfidence;
  }

  public BigDecimal conditionConfidence() {
    return conditionConfidence;
  }

  public List<String> keywords() {
    return keywords;
  }

  public void setKeywords(List<String> keywords) {
    this.keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public String notes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public UUID importJobId() {
    return importJobId;
  }

  public UUID createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public OffsetDateTime deletedAt() {
    return deletedAt;
  }

  public long version() {
    return version;
  }
}

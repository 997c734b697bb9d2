package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemMoney;
import app.resell.inventory.entity.Item;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An item as the API shows it. A class with public fields rather than a record so JSON-B names the
 * flags exactly as the columns ({@code is_consignment}), not as bean properties.
 */
public class ItemView {

  public UUID lotId;
  public String invoiceId;
  public String auctionId;
  public String lotNumber;
  public String sku;
  public UUID parentLotId;
  public String itemName;
  public String description;
  public String category;
  public String subcategory;
  public String condition;
  public int quantity;
  public int quantitySold;
  public BigDecimal bidAmount;
  public BigDecimal buyersPremium;
  public BigDecimal salesTax;
  public BigDecimal shippingCost;
  public BigDecimal otherFees;
  public BigDecimal totalCost;
  public BigDecimal costPerItem;
  public BigDecimal roi;
  public BigDecimal netProceeds;
  public BigDecimal netProfit;
  public BigDecimal roiPercent;
  public BigDecimal marginPercent;
  public Integer daysToSell;
  public Integer daysListed;
  public OffsetDateTime acquisitionDate;
  public String acquisitionSource;
  public UUID locationId;
  public String storageLocation;
  public String storageBin;
  public String qrCode;
  public BigDecimal estimatedValue;
  public String marketDemand;
  public String seasonalityNotes;
  public boolean needsRepair;
  public boolean isConsignment;
  public boolean isReturned;
  public boolean needsReview;
  public boolean autoCategorized;
  public BigDecimal categoryConfidence;
  public BigDecimal conditionConfidence;
  public List<String> keywords;
  public String notes;
  public UUID createdBy;
  public OffsetDateTime createdAt;
  public OffsetDateTime updatedAt;
  public OffsetDateTime deletedAt;
  public long version;

  /** The item without what its sales made (for answers that do not look at sales). */
  public static ItemView of(Item item) {
    return of(item, ItemMoney.NONE);
  }

  /**
   * The item with its money: {@code roi} is the expected return from the estimate, {@code
   * roi_percent} what the units sold really returned (docs/MONEY.md section 12).
   */
  public static ItemView of(Item item, ItemMoney money) {
    return fill(new ItemView(), item, money);
  }

  static <V extends ItemView> V fill(V v, Item item, ItemMoney money) {
    v.lotId = item.lotId();
    v.invoiceId = item.invoiceId();
    v.auctionId = item.auctionId();
    v.lotNumber = item.lotNumber();
    v.sku = item.sku();
    v.parentLotId = item.parentLotId();
    v.itemName = item.itemName();
    v.description = item.description();
    v.category = item.category().value();
    v.subcategory = item.subcategory();
    v.condition = item.condition().value();
    v.quantity = item.quantity();
    v.quantitySold = item.quantitySold();
    v.bidAmount = item.bidAmount();
    v.buyersPremium = item.buyersPremium();
    v.salesTax = item.salesTax();
    v.shippingCost = item.shippingCost();
    v.otherFees = item.otherFees();
    v.totalCost = item.totalCost();
    v.costPerItem = item.costPerItem();
    v.roi = item.expectedRoi();
    v.netProceeds = money.netProceeds();
    v.netProfit = money.netProfit();
    v.roiPercent = money.roiPercent();
    v.marginPercent = money.marginPercent();
    v.daysToSell = money.daysToSell();
    v.daysListed = money.daysListed();
    v.acquisitionDate = item.acquisitionDate();
    v.acquisitionSource = item.acquisitionSource();
    v.locationId = item.locationId();
    v.storageLocation = item.storageLocation();
    v.storageBin = item.storageBin();
    v.qrCode = item.qrCode();
    v.estimatedValue = item.estimatedValue();
    v.marketDemand = item.marketDemand().value();
    v.seasonalityNotes = item.seasonalityNotes();
    v.needsRepair = item.needsRepair();
    v.isConsignment = item.consignment();
    v.isReturned = item.returned();
    v.needsReview = item.needsReview();
    v.autoCategorized = item.autoCategorized();
    v.categoryConfidence = item.categoryConfidence();
    v.conditionConfidence = item.conditionConfidence();
    v.keywords = item.keywords();
    v.notes = item.notes();
    v.createdBy = item.createdBy();
    v.createdAt = item.createdAt();
    v.updatedAt = item.updatedAt();
    v.deletedAt = item.deletedAt();
    v.version = item.version();
    return v;
  }

  /** The strong entity tag of a version, as answered in ETag and expected in If-Match. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }
}

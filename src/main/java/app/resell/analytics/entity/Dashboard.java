package app.resell.analytics.entity;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's answer, in the product's field names. Money is exact (BigDecimal), ROI and
 * conversion are percentages with two decimals, days have one decimal. The date range limits
 * acquisitions, listings and sales to their day; the aging buckets and the needs_* counts describe
 * the inventory as it is now.
 */
public class Dashboard {

  public LocalDate dateFrom;
  public LocalDate dateTo;

  /**
   * When the roll-ups behind the totals were last refreshed (they follow changes within seconds).
   */
  public OffsetDateTime refreshedAt;

  public Summary summary = new Summary();
  public List<CategoryLine> categoryBreakdown = new ArrayList<>();
  public List<PlatformLine> platformMetrics = new ArrayList<>();
  public List<AgingBucket> agingInventory = new ArrayList<>();
  public List<Activity> recentActivity = new ArrayList<>();
  public long needsDelist;
  public long needsReview;

  /** Totals over the range. */
  public static class Summary {
    public long totalItems;
    public BigDecimal totalInvested;
    public long totalListed;
    public long totalSold;
    public BigDecimal totalRevenue;
    public BigDecimal totalProfit;
    public BigDecimal averageRoi;
    public BigDecimal averageDaysToSell;
    public BigDecimal inventoryValueAtCost;

    /** The estimates of the items on hand that have one; see the two counts below. */
    public BigDecimal inventoryValueAtEstimate;

    /** Items with units on hand, and how many of them have an estimate (the value above). */
    public long itemsOnHand;

    public long itemsOnHandWithEstimate;
  }

  /** One category: its items acquired in the range and its sales in the range. */
  public static class CategoryLine {
    public String category;
    public long count;
    public BigDecimal value;
    public long soldCount;
    public BigDecimal revenue;
    public BigDecimal profit;
    public BigDecimal avgRoi;
  }

  /** One platform: listings that went live in the range and sales made in the range. */
  public static class PlatformLine {
    public String platform;
    public long listedCount;
    public long soldCount;
    public BigDecimal revenue;
    public BigDecimal avgSalePrice;
    public BigDecimal conversionRate;
    public BigDecimal avgDaysToSell;
    public BigDecimal fees;
  }

  /** Unsold items of one age range (days since acquisition, today UTC). */
  public static class AgingBucket {
    public String range;
    public long count;
    public BigDecimal totalValue;
    public List<AgedItem> items = new ArrayList<>();
  }

  /** One of the oldest unsold items of a bucket. */
  public static class AgedItem {
    public String lotId;
    public String itemName;
    public String category;
    public OffsetDateTime acquisitionDate;
    public long days;
    public BigDecimal costOnHand;
  }

  /** An entry of the activity log. */
  public static class Activity {
    public String action;
    public String lotId;

    /** The item's name, so a list of changes names what changed (null for other records). */
    public String itemName;

    public OffsetDateTime timestamp;
    public String userEmail;
    public JsonValue details;
  }
}

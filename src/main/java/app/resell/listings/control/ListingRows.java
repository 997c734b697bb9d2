package app.resell.listings.control;

import app.resell.listings.entity.ListingLifecycle;
import app.resell.listings.entity.ListingStatus;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The listings' bulk writer: the one place outside JPA that inserts listings and their sales, for
 * imports writing whole chunks in the caller's transaction (a batch chunk's connection).
 * Idempotent: a listing is unique per item and platform, and a sale is only added to a listing that
 * has none, so a chunk written again after a crash adds nothing twice. Selling out follows the same
 * rule as a sale through the API ({@link ListingLifecycle#OFFERING}).
 */
public final class ListingRows {

  /** A listing, and its sale when it sold, as an import read it. */
  public interface NewListing {
    Platform platform();

    /** The reseller's own word for the platform; null when it was only inferred. */
    String platformName();

    /** A {@link ListingStatus} value; null is taken as active, and a sold listing is sold. */
    String status();

    BigDecimal listPrice();

    String listingUrl();

    BigDecimal soldPrice();

    LocalDate soldDate();

    BigDecimal platformFees();

    BigDecimal shippingPaid();

    BigDecimal actualShipping();

    LocalDate listedDate();

    default boolean sold() {
      return ListingStatus.SOLD.value().equals(status());
    }
  }

  /** An item just written with the listings it came with; its units and landed cost. */
  public record ItemListings(
      UUID lotId, int quantity, BigDecimal totalCost, List<? extends NewListing> listings) {}

  private static final String INSERT_LISTING =
      "INSERT INTO platform_listings (lot_id, platform, platform_name, status, list_price,"
          + " listing_url, quantity_sold, sold_price, sold_date, platform_fees, shipping_paid,"
          + " actual_shipping, listed_date)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lot_id, platform) DO NOTHING";

  /** A sold listing's sale, selling every unit at the item's landed cost. */
  private static final String INSERT_SALE =
      "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
          + " actual_shipping, platform_fees, sold_date, cost_of_goods)"
          + " SELECT l.id, l.lot_id, l.platform, ?, ?, ?, ?, ?, coalesce(?, now()), ?"
          + " FROM platform_listings l"
          + " WHERE l.lot_id = ? AND l.platform = ?::platform_type"
          + " AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.listing_id = l.id)";

  /** The sold-out rule in bulk: the items' listings still offering them must come down. */
  private static final String FLAG_OFFERING =
      "UPDATE platform_listings SET needs_delist = true"
          + " WHERE lot_id = ANY (?) AND CAST(status AS text) = ANY (?) AND NOT needs_delist";

  private ListingRows() {}

  /** A listing that sold is sold; one without a status is taken as active. */
  public static String status(NewListing l) {
    return l.sold()
        ? ListingStatus.SOLD.value()
        : l.status() == null ? ListingStatus.ACTIVE.value() : l.status();
  }

  /**
   * Writes the items' listings (the first per platform) and the sales of those that sold; an item
   * with a sold listing is sold out, so its listings still offering it are flagged to come down.
   * Three statements whatever the number of items. Answers the items that sold.
   */
  public static List<UUID> insert(Connection c, List<ItemListings> items) throws SQLException {
    List<UUID> sold = new ArrayList<>();
    if (items.isEmpty()) return sold;
    try (PreparedStatement listing = c.prepareStatement(INSERT_LISTING)) {
      for (ItemListings item : items) {
        for (NewListing l : firstPerPlatform(item.listings())) {
          int k = 1;
          listing.setObject(k++, item.lotId());
          listing.setString(k++, l.platform().value());
          listing.setString(k++, l.platformName());
          listing.setString(k++, status(l));
          listing.setBigDecimal(k++, positiveOrNull(l.listPrice()));
          listing.setString(k++, l.listingUrl());
          listing.setInt(k++, l.sold() ? item.quantity() : 0);
          listing.setBigDecimal(k++, nonNegativeOrNull(l.soldPrice()));
          listing.setObject(k++, startOfDay(l.soldDate()));
          listing.setBigDecimal(k++, nonNegative(l.platformFees()));
          listing.setBigDecimal(k++, nonNegative(l.shippingPaid()));
          listing.setBigDecimal(k++, nonNegative(l.actualShipping()));
          listing.setObject(k, startOfDay(l.listedDate()));
          listing.addBatch();
        }
      }
      listing.executeBatch();
    }
    // sales after all listings, since each is inserted from its listing's row
    try (PreparedStatement sale = c.prepareStatement(INSERT_SALE)) {
      for (ItemListings item : items) {
        boolean itemSold = false;
        for (NewListing l : firstPerPlatform(item.listings())) {
          if (!l.sold()) continue;
          itemSold = true;
          int k = 1;
          sale.setInt(k++, item.quantity());
          sale.setBigDecimal(k++, nonNegative(l.soldPrice()));
          sale.setBigDecimal(k++, nonNegative(l.shippingPaid()));
          sale.setBigDecimal(k++, nonNegative(l.actualShipping()));
          sale.setBigDecimal(k++, nonNegative(l.platformFees()));
          sale.setObject(k++, startOfDay(l.soldDate()));
          sale.setBigDecimal(k++, item.totalCost());
          sale.setObject(k++, item.lotId());
          sale.setString(k, l.platform().value());
          sale.addBatch();
        }
        if (itemSold) sold.add(item.lotId());
      }
      if (!sold.isEmpty()) sale.executeBatch();
    }
    if (!sold.isEmpty()) {
      try (PreparedStatement st = c.prepareStatement(FLAG_OFFERING)) {
        st.setArray(1, c.createArrayOf("uuid", sold.toArray()));
        st.setArray(
            2,
            c.createArrayOf(
                "text", ListingLifecycle.OFFERING.stream().map(ListingStatus::value).toArray()));
        st.executeUpdate();
      }
    }
    return sold;
  }

  private static List<NewListing> firstPerPlatform(List<? extends NewListing> listings) {
    Set<Platform> seen = new HashSet<>();
    List<NewListing> first = new ArrayList<>();
    for (NewListing l : listings) if (seen.add(l.platform())) first.add(l);
    return first;
  }

  /** Dates without a time are taken as the start of that day in UTC. */
  private static OffsetDateTime startOfDay(LocalDate date) {
    return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static BigDecimal positiveOrNull(BigDecimal amount) {
    return amount == null || amount.signum() <= 0 ? null : amount;
  }

  private static BigDecimal nonNegativeOrNull(BigDecimal amount) {
    return amount == null ? null : amount.max(BigDecimal.ZERO);
  }

  private static BigDecimal nonNegative(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount.max(BigDecimal.ZERO);
  }
}

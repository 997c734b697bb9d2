package app.resell.listings.control;

import app.resell.listings.entity.ListingLifecycle;
import app.resell.listings.entity.ListingStatus;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds the item a marketplace sale belongs to, in the order docs/SALES-IMPORT.md gives: the SKU
 * (custom label) equals the item's; the platform's listing id or URL equals a listing's; the
 * normalised title equals that of an item with an open listing on the platform; last, titles alike
 * among items with open or recent listings there. The first three are strong when they find exactly
 * one item; title likeness never is, it only offers candidates.
 */
@ApplicationScoped
public class SaleCandidates {

  /** Titles less alike than this are no candidates at all (pg_trgm similarity). */
  static final double MIN_SIMILARITY = 0.3;

  /** Listings ended, sold or expired this many days ago still count as recent. */
  static final int RECENT_DAYS = 120;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** A possible item for a sale, with how sure the match is (1.00 for an exact match). */
  public record Candidate(
      UUID lotId,
      String sku,
      String itemName,
      int unitsLeft,
      BigDecimal totalCost,
      BigDecimal score) {}

  /** The rule that found the candidates, and whether a single one may be applied without asking. */
  public record Match(String rule, boolean strong, List<Candidate> candidates) {

    /** The one item to record the sale on, or null when a person must choose. */
    public UUID automatic() {
      return strong && candidates.size() == 1 ? candidates.get(0).lotId() : null;
    }
  }

  private static final String ITEM =
      "SELECT i.lot_id, i.sku, i.item_name, i.quantity - i.quantity_sold, i.total_cost, ";

  public Match find(Platform platform, String sku, String listingRef, String title) {
    try (Connection c = dataSource.getConnection()) {
      if (present(sku)) {
        List<Candidate> bySku =
            read(
                c,
                ITEM
                    + "1.0 FROM current_items i WHERE lower(i.sku) = lower(?)"
                    + " ORDER BY i.created_at LIMIT 3",
                sku.strip());
        if (!bySku.isEmpty()) return new Match("sku", true, bySku);
      }
      if (present(listingRef)) {
        String ref = listingRef.strip();
        List<Candidate> byListing =
            read(
                c,
                ITEM
                    + "1.0 FROM current_items i JOIN platform_listings l ON l.lot_id = i.lot_id"
                    + " WHERE l.platform = ?::platform_type AND"
                    + " (l.external_id = ? OR l.listing_url = ? OR l.listing_url LIKE ?)"
                    + " ORDER BY i.created_at LIMIT 3",
                platform.value(),
                ref,
                ref,
                "%/" + ref.replace("\\", "").replace("%", "").replace("_", "\\_") + "%");
        if (!byListing.isEmpty()) return new Match("listing_id", true, byListing);
      }
      if (!present(title)) return new Match("none", false, List.of());
      String normal = normalised(title);
      List<Candidate> byTitle =
          read(
              c,
              ITEM
                  + "1.0 FROM current_items i WHERE EXISTS (SELECT 1 FROM"
                  + " platform_listings l WHERE l.lot_id = i.lot_id AND l.platform = ?::platform_type"
                  + " AND CAST(l.status AS text) = ANY (?) AND ("
                  + NORMAL.formatted("i.item_name")
                  + " = ? OR "
                  + NORMAL.formatted("l.listing_title")
                  + " = ?))"
                  + " ORDER BY i.created_at LIMIT 3",
              platform.value(),
              offering(c),
              normal,
              normal);
      if (!byTitle.isEmpty()) return new Match("title", true, byTitle);
      List<Candidate> alike =
          read(
              c,
              ITEM
                  + "round(CAST(similarity(i.item_name, ?) AS numeric), 2) AS score FROM current_items i"
                  + " WHERE i.quantity_sold < i.quantity"
                  + " AND similarity(i.item_name, ?) >= "
                  + MIN_SIMILARITY
                  + " AND EXISTS (SELECT 1 FROM platform_listings l WHERE l.lot_id = i.lot_id"
                  + " AND l.platform = ?::platform_type AND (CAST(l.status AS text) = ANY (?)"
                  + " OR l.updated_at > now() - make_interval(days => "
                  + RECENT_DAYS
                  + ")))"
                  + " ORDER BY score DESC, i.created_at LIMIT 3",
              title.strip(),
              title.strip(),
              platform.value(),
              offering(c));
      return new Match("similar_title", false, alike);
    } catch (SQLException e) {
      throw new IllegalStateException("matching a sale failed", e);
    }
  }

  /** One candidate by id, for a match a person confirmed; null when no live item has it. */
  public Candidate item(UUID lotId) {
    try (Connection c = dataSource.getConnection()) {
      List<Candidate> found = read(c, ITEM + "1.0 FROM current_items i WHERE i.lot_id = ?", lotId);
      return found.isEmpty() ? null : found.get(0);
    } catch (SQLException e) {
      throw new IllegalStateException("reading item " + lotId + " failed", e);
    }
  }

  /** Lower case, every run of other characters than letters and digits one space, trimmed. */
  public static String normalised(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** The SQL of {@link #normalised}, for a column; the same rule in the database. */
  private static final String NORMAL =
      "btrim(regexp_replace(lower(%s), '[^[:alnum:]]+', ' ', 'g'))";

  private static java.sql.Array offering(Connection c) throws SQLException {
    return c.createArrayOf(
        "text", ListingLifecycle.OFFERING.stream().map(ListingStatus::value).toArray());
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  private static List<Candidate> read(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) st.setObject(i + 1, parameters[i]);
      try (ResultSet rs = st.executeQuery()) {
        List<Candidate> found = new ArrayList<>();
        while (rs.next()) {
          found.add(
              new Candidate(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6).setScale(2, RoundingMode.HALF_UP)));
        }
        return found;
      }
    }
  }
}

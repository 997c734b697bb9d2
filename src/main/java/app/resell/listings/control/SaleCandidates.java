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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /** What a report line offers to match on. */
  public record Query(Platform platform, String sku, String listingRef, String title) {}

  private static final String ITEM =
      "SELECT i.lot_id, i.sku, i.item_name, i.quantity - i.quantity_sold, i.total_cost, ";

  /**
   * Each rule as one statement over many lines: the lines' values come as arrays (unnested with
   * their index {@code q.n}), and the rule's query runs for each of them ({@code LATERAL}).
   */
  private static final String LINES =
      "SELECT q.n, m.* FROM unnest(%s) WITH ORDINALITY AS q(%s, n) CROSS JOIN LATERAL (%s) m"
          + " ORDER BY q.n, m.score DESC, m.created_at";

  private static final String BY_SKU =
      LINES.formatted(
          "?",
          "sku",
          ITEM
              + "1.0 AS score, i.created_at FROM current_items i"
              + " WHERE lower(i.sku) = lower(q.sku) ORDER BY i.created_at LIMIT 3");

  private static final String BY_LISTING =
      LINES.formatted(
          "?, ?, ?",
          "platform, ref, pattern",
          ITEM
              + "1.0 AS score, i.created_at FROM current_items i JOIN platform_listings l"
              + " ON l.lot_id = i.lot_id WHERE l.platform = CAST(q.platform AS platform_type) AND"
              + " (l.external_id = q.ref OR l.listing_url = q.ref OR l.listing_url LIKE q.pattern)"
              + " ORDER BY i.created_at LIMIT 3");

  private static final String BY_TITLE =
      LINES.formatted(
          "?, ?",
          "platform, normal",
          ITEM
              + "1.0 AS score, i.created_at FROM current_items i WHERE EXISTS (SELECT 1 FROM"
              + " platform_listings l WHERE l.lot_id = i.lot_id"
              + " AND l.platform = CAST(q.platform AS platform_type)"
              + " AND CAST(l.status AS text) = ANY (?) AND ("
              + SaleCandidates.NORMAL.formatted("i.item_name")
              + " = q.normal OR "
              + SaleCandidates.NORMAL.formatted("l.listing_title")
              + " = q.normal)) ORDER BY i.created_at LIMIT 3");

  private static final String ALIKE =
      LINES.formatted(
          "?, ?",
          "platform, title",
          ITEM
              + "round(CAST(similarity(i.item_name, q.title) AS numeric), 2) AS score,"
              + " i.created_at FROM current_items i WHERE i.quantity_sold < i.quantity"
              + " AND similarity(i.item_name, q.title) >= "
              + MIN_SIMILARITY
              + " AND EXISTS (SELECT 1 FROM platform_listings l WHERE l.lot_id = i.lot_id"
              + " AND l.platform = CAST(q.platform AS platform_type)"
              + " AND (CAST(l.status AS text) = ANY (?)"
              + " OR l.updated_at > now() - make_interval(days => "
              + RECENT_DAYS
              + "))) ORDER BY score DESC, i.created_at LIMIT 3");

  public Match find(Platform platform, String sku, String listingRef, String title) {
    try (Connection c = dataSource.getConnection()) {
      return findAll(c, List.of(new Query(platform, sku, listingRef, title))).get(0);
    } catch (SQLException e) {
      throw new IllegalStateException("matching a sale failed", e);
    }
  }

  /**
   * {@link #find} for many lines, on the caller's connection: each rule one statement for all the
   * lines the rules before it left unmatched, so a chunk costs at most four queries.
   */
  public List<Match> findAll(Connection c, List<Query> queries) throws SQLException {
    Match[] found = new Match[queries.size()];
    java.sql.Array offering = offering(c);
    rule(c, queries, found, "sku", true, BY_SKU, q -> present(q.sku()), null, q -> q.sku().strip());
    rule(
        c,
        queries,
        found,
        "listing_id",
        true,
        BY_LISTING,
        q -> present(q.listingRef()),
        null,
        q -> q.platform().value(),
        q -> q.listingRef().strip(),
        q ->
            "%/"
                + q.listingRef().strip().replace("\\", "").replace("%", "").replace("_", "\\_")
                + "%");
    for (int i = 0; i < found.length; i++) {
      if (found[i] == null && !present(queries.get(i).title())) {
        found[i] = new Match("none", false, List.of());
      }
    }
    rule(
        c,
        queries,
        found,
        "title",
        true,
        BY_TITLE,
        q -> true,
        offering,
        q -> q.platform().value(),
        q -> normalised(q.title()));
    rule(
        c,
        queries,
        found,
        "similar_title",
        false,
        ALIKE,
        q -> true,
        offering,
        q -> q.platform().value(),
        q -> q.title().strip());
    for (int i = 0; i < found.length; i++) {
      if (found[i] == null) found[i] = new Match("similar_title", false, List.of());
    }
    return List.of(found);
  }

  /**
   * Runs one rule for the lines still unmatched that it applies to ({@code applies}), with one text
   * array per value of a line (and {@code extra}, when not null, after them); a line it finds
   * candidates for is matched by it. The last rule (not strong) matches every line it runs for,
   * candidates or not.
   */
  @SafeVarargs
  private static void rule(
      Connection c,
      List<Query> queries,
      Match[] found,
      String name,
      boolean strong,
      String sql,
      java.util.function.Predicate<Query> applies,
      java.sql.Array extra,
      java.util.function.Function<Query, String>... values)
      throws SQLException {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      if (found[i] == null && applies.test(queries.get(i))) lines.add(i);
    }
    if (lines.isEmpty()) return;
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int k = 1;
      for (var value : values) {
        st.setArray(
            k++,
            c.createArrayOf(
                "text", lines.stream().map(i -> value.apply(queries.get(i))).toArray()));
      }
      if (extra != null) st.setArray(k, extra);
      Map<Integer, List<Candidate>> candidates = new HashMap<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          candidates
              .computeIfAbsent(lines.get(rs.getInt(1) - 1), n -> new ArrayList<>())
              .add(candidate(rs, 2));
        }
      }
      for (int i : lines) {
        List<Candidate> hits = candidates.getOrDefault(i, List.of());
        if (!hits.isEmpty() || !strong) found[i] = new Match(name, strong, hits);
      }
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

  private static Candidate candidate(ResultSet rs, int from) throws SQLException {
    return new Candidate(
        rs.getObject(from, UUID.class),
        rs.getString(from + 1),
        rs.getString(from + 2),
        rs.getInt(from + 3),
        rs.getBigDecimal(from + 4),
        rs.getBigDecimal(from + 5).setScale(2, RoundingMode.HALF_UP));
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
          found.add(candidate(rs, 1));
        }
        return found;
      }
    }
  }
}

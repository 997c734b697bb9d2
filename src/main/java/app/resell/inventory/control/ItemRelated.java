package app.resell.inventory.control;

import app.resell.inventory.entity.ActivityEntry;
import app.resell.inventory.entity.Item;
import app.resell.inventory.entity.PricePoint;
import app.resell.inventory.entity.SimilarItem;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What inventory itself keeps about an item besides its row: the activity log, the price history
 * and the items like it. Plain JDBC: three small reads on one connection, the similar items ranked
 * by PostgreSQL's full-text and trigram functions.
 */
@ApplicationScoped
public class ItemRelated {

  /** Activity lines on the item page, newest first; older ones stay in the database. */
  static final int ACTIVITY_SHOWN = 200;

  /** Candidates for similar items that have every word of the name (the closest ones). */
  static final int SIMILAR_WITH_ALL_WORDS = 100;

  /** Further candidates that share any word of the name. */
  static final int SIMILAR_WITH_ANY_WORD = 200;

  static final int SIMILAR_SHOWN = 10;

  private static final String ACTIVITY =
      "SELECT id, entity_type, entity_id, action_type, CAST(old_values AS text),"
          + " CAST(new_values AS text), user_id, user_email, host(ip_address), user_agent,"
          + " request_id, created_at"
          + " FROM activity_logs WHERE lot_id = ? ORDER BY created_at DESC LIMIT "
          + ACTIVITY_SHOWN;

  private static final String PRICE_HISTORY =
      "SELECT id, listing_id, CAST(platform AS text), price_type, old_price, new_price, reason,"
          + " changed_by, changed_at"
          + " FROM price_history WHERE lot_id = ? ORDER BY changed_at DESC";

  private static final String SIMILAR =
      "SELECT o.lot_id, o.item_name, CAST(o.category AS text), CAST(o.condition AS text),"
          + " o.estimated_value, o.total_cost,"
          + " round(CAST(COALESCE(ts_rank(o.search_vector, to_tsquery('english', ?)), 0)"
          + "       + similarity(o.item_name, ?) AS numeric), 4) AS score"
          + " FROM inventory o WHERE o.lot_id IN ("
          + "   (SELECT c.lot_id FROM inventory c"
          + "     WHERE c.search_vector @@ to_tsquery('english', ?)"
          + "       AND c.category = CAST(? AS item_category) AND c.deleted_at IS NULL"
          + "     LIMIT "
          + SIMILAR_WITH_ALL_WORDS
          + ") UNION"
          + "   (SELECT c.lot_id FROM inventory c"
          + "     WHERE c.search_vector @@ to_tsquery('english', ?)"
          + "       AND c.category = CAST(? AS item_category) AND c.deleted_at IS NULL"
          + "     LIMIT "
          + SIMILAR_WITH_ANY_WORD
          + "))"
          + "  AND o.lot_id <> ?"
          + " ORDER BY score DESC, o.lot_id LIMIT "
          + SIMILAR_SHOWN;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The item's activity, price history and similar items. */
  public record Related(
      List<ActivityEntry> activity, List<PricePoint> priceHistory, List<SimilarItem> similar) {}

  /**
   * Similar items are items of the same category whose text has words of the name (full-text match
   * through the search index), ranked by text rank plus trigram similarity of the names. The
   * candidates are capped so an item page costs the same at a million items: up to {@value
   * #SIMILAR_WITH_ALL_WORDS} that have every word of the name and {@value #SIMILAR_WITH_ANY_WORD}
   * that share any; a name of common words in a large category is ranked among those.
   */
  public Related of(Item item) {
    try (Connection c = dataSource.getConnection()) {
      return new Related(
          activity(c, item.lotId()), priceHistory(c, item.lotId()), similar(c, item));
    } catch (SQLException e) {
      throw new IllegalStateException("related records of " + item.lotId() + " failed", e);
    }
  }

  private static List<ActivityEntry> activity(Connection c, UUID lotId) throws SQLException {
    List<ActivityEntry> lines = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(ACTIVITY)) {
      st.setObject(1, lotId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          lines.add(
              new ActivityEntry(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getObject(3, UUID.class),
                  rs.getString(4),
                  json(rs.getString(5)),
                  json(rs.getString(6)),
                  rs.getObject(7, UUID.class),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getObject(12, OffsetDateTime.class)));
        }
      }
    }
    return lines;
  }

  private static List<PricePoint> priceHistory(Connection c, UUID lotId) throws SQLException {
    List<PricePoint> points = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(PRICE_HISTORY)) {
      st.setObject(1, lotId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          points.add(
              new PricePoint(
                  rs.getObject(1, UUID.class),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6),
                  rs.getString(7),
                  rs.getObject(8, UUID.class),
                  rs.getObject(9, OffsetDateTime.class)));
        }
      }
    }
    return points;
  }

  private static List<SimilarItem> similar(Connection c, Item item) throws SQLException {
    List<SimilarItem> items = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(SIMILAR)) {
      String anyWord = SearchText.anyWord(item.itemName());
      st.setString(1, anyWord);
      st.setString(2, item.itemName());
      st.setString(3, SearchText.allWords(item.itemName()));
      st.setString(4, item.category().value());
      st.setString(5, anyWord);
      st.setString(6, item.category().value());
      st.setObject(7, item.lotId());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          items.add(
              new SimilarItem(
                  rs.getObject(1, UUID.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getBigDecimal(5),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7)));
        }
      }
    }
    return items;
  }

  /** A jsonb column read as text, or null. */
  private static JsonValue json(String text) {
    if (text == null) return null;
    try (JsonReader reader = JsonMapping.json().createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What inventory itself keeps about an item besides its row: its money (sales totals, ROI, days
 * listed), the activity log, the price history and the items like it, and the records of the {@link
 * ItemSection}s that read with one query. Plain JDBC, one round trip: the reads go to PostgreSQL as
 * one multi-statement request and come back as result sets in turn. The similar items, ranked by
 * PostgreSQL's full-text and trigram functions, come from {@link SimilarItemsCache} while the
 * item's version is the one they were ranked for (and they are fresh); only then is their query
 * part of the request.
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

  /** A candidate's columns and score: text rank for any word plus trigram similarity of names. */
  private static final String SIMILAR_CANDIDATE =
      "SELECT c.lot_id, c.item_name, CAST(c.category AS text) AS category,"
          + " CAST(c.condition AS text) AS condition, c.estimated_value, c.total_cost,"
          + " round(CAST(COALESCE(ts_rank(c.search_vector, to_tsquery('english', ?)), 0)"
          + "       + similarity(c.item_name, ?) AS numeric), 4) AS score"
          + " FROM inventory c WHERE c.search_vector @@ to_tsquery('english', ?)"
          + " AND c.category = CAST(? AS item_category) AND c.deleted_at IS NULL LIMIT ";

  /**
   * The best of the candidates with every word and those with any word. Each candidate is scored as
   * it is found, not read again by its key (the same top 10, a sixth less database time).
   */
  private static final String SIMILAR =
      "SELECT * FROM (("
          + SIMILAR_CANDIDATE
          + SIMILAR_WITH_ALL_WORDS
          + ") UNION ("
          + SIMILAR_CANDIDATE
          + SIMILAR_WITH_ANY_WORD
          + ")) s WHERE s.lot_id <> ? ORDER BY s.score DESC, s.lot_id LIMIT "
          + SIMILAR_SHOWN;

  /** Money, activity and price history, in this order: the first three results of a request. */
  private static final String OWN_RECORDS =
      ItemSearchSql.MONEY_OF_ITEMS + ";\n" + ACTIVITY + ";\n" + PRICE_HISTORY;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private final SimilarItemsCache similarCache = new SimilarItemsCache();

  /** The item's money, activity, price history, similar items and the sections read with them. */
  public record Related(
      ItemMoney money,
      List<ActivityEntry> activity,
      List<PricePoint> priceHistory,
      List<SimilarItem> similar,
      Map<ItemSection.Slot, List<?>> sections) {}

  /**
   * Similar items are items of the same category whose text has words of the name (full-text match
   * through the search index), ranked by text rank plus trigram similarity of the names. The
   * candidates are capped so an item page costs the same at a million items: up to {@value
   * #SIMILAR_WITH_ALL_WORDS} that have every word of the name and {@value #SIMILAR_WITH_ANY_WORD}
   * that share any; a name of common words in a large category is ranked among those.
   */
  public Related of(Item item, List<ItemSection> sections) {
    List<SimilarItem> cached = similarCache.of(item);
    StringBuilder sql = new StringBuilder(OWN_RECORDS);
    if (cached == null) sql.append(";\n").append(SIMILAR);
    for (ItemSection section : sections) sql.append(";\n").append(section.query());
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql.toString())) {
      st.setArray(1, c.createArrayOf("uuid", new Object[] {item.lotId()}));
      st.setObject(2, item.lotId());
      st.setObject(3, item.lotId());
      int next = 4;
      if (cached == null) next = similarParameters(st, next, item);
      for (int i = 0; i < sections.size(); i++) st.setObject(next++, item.lotId());
      st.execute();
      ItemMoney money;
      try (ResultSet rs = st.getResultSet()) {
        money = rs.next() ? ItemMoney.read(rs, 2) : ItemMoney.NONE;
      }
      List<ActivityEntry> activity = activity(next(st));
      List<PricePoint> priceHistory = priceHistory(next(st));
      List<SimilarItem> similar = cached;
      if (similar == null) {
        similar = similar(next(st));
        similarCache.put(item, similar);
      }
      Map<ItemSection.Slot, List<?>> read = new EnumMap<>(ItemSection.Slot.class);
      for (ItemSection section : sections) read.put(section.slot(), section.read(next(st)));
      return new Related(money, activity, priceHistory, similar, read);
    } catch (SQLException e) {
      throw new IllegalStateException("related records of " + item.lotId() + " failed", e);
    }
  }

  private static ResultSet next(PreparedStatement st) throws SQLException {
    if (!st.getMoreResults()) throw new IllegalStateException("a result set is missing");
    return st.getResultSet();
  }

  private static List<ActivityEntry> activity(ResultSet results) throws SQLException {
    List<ActivityEntry> lines = new ArrayList<>();
    try (ResultSet rs = results) {
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
    return lines;
  }

  private static List<PricePoint> priceHistory(ResultSet results) throws SQLException {
    List<PricePoint> points = new ArrayList<>();
    try (ResultSet rs = results) {
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
    return points;
  }

  /**
   * The similar items query's parameters, from the statement's parameter {@code first} on; answers
   * the number of the next parameter.
   */
  private static int similarParameters(PreparedStatement st, int first, Item item)
      throws SQLException {
    String anyWord = SearchText.anyWord(item.itemName());
    String[] matches = {SearchText.allWords(item.itemName()), anyWord};
    int next = first;
    for (String match : matches) {
      st.setString(next++, anyWord);
      st.setString(next++, item.itemName());
      st.setString(next++, match);
      st.setString(next++, item.category().value());
    }
    st.setObject(next++, item.lotId());
    return next;
  }

  private static List<SimilarItem> similar(ResultSet results) throws SQLException {
    List<SimilarItem> items = new ArrayList<>();
    try (ResultSet rs = results) {
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

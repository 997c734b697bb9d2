package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Finds items: the filtered, sorted, paged inventory list with its totals, and the related records
 * of one item. Plain JDBC because the queries are dynamic; the SQL text comes only from {@link
 * ItemSearchSql}, which builds it from whitelisted pieces, and every value is a bound parameter.
 */
@ApplicationScoped
public class ItemSearch {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject ItemStore store;

  /** One row of a page: the item and what its sales made. */
  public record Row(Item item, ItemMoney money) {}

  public record Aggregates(
      BigDecimal totalCost, BigDecimal totalEstimatedValue, BigDecimal avgRoi) {}

  /** A page; {@code total} and {@code aggregates} are null when the totals were not asked for. */
  public record Page(List<Row> rows, Long total, Aggregates aggregates, ItemFilter.Cursor next) {}

  /** A page of the list, with the count and totals of every match when {@code totals}. */
  public Page find(ItemFilter filter, boolean totals) {
    Long total = null;
    Aggregates aggregates = null;
    List<UUID> ids = new ArrayList<>();
    Map<UUID, ItemMoney> money = new HashMap<>();
    Map<UUID, String> keys = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement st = prepare(c, ItemSearchSql.page(filter, totals));
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          ids.add(id);
          keys.put(id, rs.getString(2));
          money.put(id, ItemMoney.read(rs, 3));
          if (totals && aggregates == null) {
            total = rs.getLong(9);
            aggregates =
                new Aggregates(rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12));
          }
        }
      }
      if (totals && aggregates == null) {
        // a page past the end (or an empty result) carries no row to read the totals from
        try (PreparedStatement st = prepare(c, ItemSearchSql.aggregates(filter));
            ResultSet rs = st.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
          aggregates =
              new Aggregates(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("inventory search failed", e);
    }
    boolean more = ids.size() > filter.limit();
    if (more) ids = ids.subList(0, filter.limit());
    Map<UUID, Item> loaded =
        store.byIds(ids).stream().collect(Collectors.toMap(Item::lotId, Function.identity()));
    List<Row> rows =
        ids.stream()
            .filter(loaded::containsKey)
            .map(id -> new Row(loaded.get(id), money.get(id)))
            .toList();
    ItemFilter.Cursor next = null;
    if (more && !rows.isEmpty()) {
      UUID last = ids.get(ids.size() - 1);
      next = new ItemFilter.Cursor(keys.get(last), last);
    }
    return new Page(rows, total, aggregates, next);
  }

  /** Candidates for similar items that have every word of the name (the closest ones). */
  static final int SIMILAR_WITH_ALL_WORDS = 100;

  /** Further candidates that share any word of the name. */
  static final int SIMILAR_WITH_ANY_WORD = 200;

  /**
   * Listings, activity, price history, comparable sales and up to 10 similar items: the members
   * {@code "listings":[...],"activity":[...],"price_history":[...],"comparable_sales":[...],
   * "similar_items":[...]} of a JSON object, as text.
   *
   * <p>Similar items are items of the same category whose text has words of the name (full-text
   * match through the search index), ranked by text rank plus trigram similarity of the names. The
   * candidates are capped so an item page costs the same at a million items: up to {@value
   * #SIMILAR_WITH_ALL_WORDS} that have every word of the name and {@value #SIMILAR_WITH_ANY_WORD}
   * that share any; a name of common words in a large category is ranked among those.
   */
  public String related(Item item) {
    String sql =
        "SELECT"
            + " (SELECT COALESCE(jsonb_agg(to_jsonb(pl) ORDER BY pl.created_at), '[]')"
            + "    FROM platform_listings pl WHERE pl.lot_id = ?),"
            + " (SELECT COALESCE(jsonb_agg(to_jsonb(a) - 'lot_id' ORDER BY a.created_at DESC), '[]')"
            + "    FROM (SELECT * FROM activity_logs WHERE lot_id = ?"
            + "          ORDER BY created_at DESC LIMIT 200) a),"
            + " (SELECT COALESCE(jsonb_agg(to_jsonb(p) - 'lot_id' ORDER BY p.changed_at DESC), '[]')"
            + "    FROM price_history p WHERE p.lot_id = ?),"
            + " (SELECT COALESCE(jsonb_agg(to_jsonb(cs) - 'search_vector' - 'lot_id'"
            + "          ORDER BY cs.sold_date DESC NULLS LAST), '[]')"
            + "    FROM comparable_sales cs WHERE cs.lot_id = ?),"
            + " (SELECT COALESCE(jsonb_agg(s ORDER BY s.score DESC, s.lot_id), '[]') FROM ("
            + "    SELECT o.lot_id, o.item_name, o.category, o.condition, o.estimated_value,"
            + "           o.total_cost,"
            + "           round(CAST(COALESCE(ts_rank(o.search_vector, to_tsquery('english', ?)), 0)"
            + "                 + similarity(o.item_name, ?) AS numeric), 4) AS score"
            + "      FROM inventory o WHERE o.lot_id IN ("
            + "        (SELECT c.lot_id FROM inventory c"
            + "          WHERE c.search_vector @@ to_tsquery('english', ?)"
            + "            AND c.category = CAST(? AS item_category) AND c.deleted_at IS NULL"
            + "          LIMIT "
            + SIMILAR_WITH_ALL_WORDS
            + ") UNION"
            + "        (SELECT c.lot_id FROM inventory c"
            + "          WHERE c.search_vector @@ to_tsquery('english', ?)"
            + "            AND c.category = CAST(? AS item_category) AND c.deleted_at IS NULL"
            + "          LIMIT "
            + SIMILAR_WITH_ANY_WORD
            + "))"
            + "       AND o.lot_id <> ?"
            + "     ORDER BY score DESC, o.lot_id LIMIT 10) s)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      UUID id = item.lotId();
      st.setObject(1, id);
      st.setObject(2, id);
      st.setObject(3, id);
      st.setObject(4, id);
      String anyWord = SearchText.anyWord(item.itemName());
      st.setString(5, anyWord);
      st.setString(6, item.itemName());
      st.setString(7, SearchText.allWords(item.itemName()));
      st.setString(8, item.category().value());
      st.setString(9, anyWord);
      st.setString(10, item.category().value());
      st.setObject(11, id);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        // PostgreSQL wrote each array as JSON text; it goes into the answer as it is
        return "\"listings\":"
            + rs.getString(1)
            + ",\"activity\":"
            + rs.getString(2)
            + ",\"price_history\":"
            + rs.getString(3)
            + ",\"comparable_sales\":"
            + rs.getString(4)
            + ",\"similar_items\":"
            + rs.getString(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("related records of " + item.lotId() + " failed", e);
    }
  }

  /** What the item's sales made and its days, as in the list. */
  public ItemMoney money(UUID lotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(ItemSearchSql.MONEY_OF_ITEMS)) {
      st.setArray(1, c.createArrayOf("uuid", new Object[] {lotId}));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? ItemMoney.read(rs, 2) : ItemMoney.NONE;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("money of " + lotId + " failed", e);
    }
  }

  private static PreparedStatement prepare(Connection c, ItemSearchSql.Statement statement)
      throws SQLException {
    PreparedStatement st = c.prepareStatement(statement.sql());
    for (int i = 0; i < statement.parameters().size(); i++) {
      st.setObject(i + 1, statement.parameters().get(i));
    }
    return st;
  }
}

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
 * Finds items: the filtered, sorted, paged inventory list with its totals, and what one item's
 * sales made. Plain JDBC because the queries are dynamic; the SQL text comes only from {@link
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
      BigDecimal totalCost,
      BigDecimal totalEstimatedValue,
      BigDecimal avgRoi,
      long estimatedItems,
      long roiItems) {}

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
                new Aggregates(
                    rs.getBigDecimal(10),
                    rs.getBigDecimal(11),
                    rs.getBigDecimal(12),
                    rs.getLong(13),
                    rs.getLong(14));
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
              new Aggregates(
                  rs.getBigDecimal(2),
                  rs.getBigDecimal(3),
                  rs.getBigDecimal(4),
                  rs.getLong(5),
                  rs.getLong(6));
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

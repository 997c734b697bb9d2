package app.resell.comps.control;

import app.resell.comps.entity.CompSale;
import app.resell.comps.entity.ComparableSale;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Comparable sales in plain JDBC: single statements that commit on their own, and one transaction
 * per import batch. Research rows are independent of the item aggregate (no version, no audit), so
 * nothing here needs JPA.
 */
@ApplicationScoped
public class CompsStore {

  /** Most rows one trend query reads (the newest); more would only slow the answer. */
  public static final int TREND_ROWS = 50_000;

  private static final String COLUMNS =
      "id, lot_id, source, title, price, shipping, sold_date, url, condition::text,"
          + " category::text, created_at";

  /** An item's comps, newest first; one parameter, the item's id. */
  public static final String OF_ITEM =
      "SELECT "
          + COLUMNS
          + " FROM comparable_sales WHERE lot_id = ?"
          + " ORDER BY sold_date DESC NULLS LAST, created_at DESC, id";

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  public List<ComparableSale> forItem(UUID lotId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(OF_ITEM)) {
      st.setObject(1, lotId);
      return rows(st.executeQuery());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The comps of {@link #OF_ITEM}'s rows, in their order; closes the rows. */
  public static List<ComparableSale> rows(ResultSet rows) throws SQLException {
    List<ComparableSale> comps = new ArrayList<>();
    try (ResultSet rs = rows) {
      while (rs.next()) comps.add(row(rs));
    }
    return comps;
  }

  /** Stores the comps in one transaction and answers them with their ids. */
  public List<ComparableSale> add(List<ComparableSale> comps, UUID createdBy) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      List<ComparableSale> stored = new ArrayList<>();
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO comparable_sales (lot_id, source, title, price, shipping, sold_date,"
                  + " url, condition, category, created_by) VALUES (?, ?, ?, ?, ?, ?, ?,"
                  + " ?::item_condition, ?::item_category, ?) RETURNING "
                  + COLUMNS)) {
        for (ComparableSale comp : comps) {
          bind(st, comp, createdBy);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            stored.add(row(rs));
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      return stored;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Stores many comps in one transaction, in batches; answers how many were stored. */
  public int importAll(List<ComparableSale> comps, UUID createdBy) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO comparable_sales (lot_id, source, title, price, shipping, sold_date,"
                  + " url, condition, category, created_by) VALUES (?, ?, ?, ?, ?, ?, ?,"
                  + " ?::item_condition, ?::item_category, ?)")) {
        int pending = 0;
        for (ComparableSale comp : comps) {
          bind(st, comp, createdBy);
          st.addBatch();
          if (++pending == 500) {
            st.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) st.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      return comps.size();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void bind(PreparedStatement st, ComparableSale comp, UUID createdBy)
      throws SQLException {
    int k = 1;
    st.setObject(k++, comp.lotId());
    st.setString(k++, comp.source());
    st.setString(k++, comp.title());
    st.setBigDecimal(k++, comp.price());
    st.setBigDecimal(k++, comp.shipping());
    st.setObject(k++, comp.soldDate());
    st.setString(k++, comp.url());
    st.setString(k++, comp.condition());
    st.setString(k++, comp.category());
    st.setObject(k, createdBy);
  }

  /** Deletes one comp of the item; 404 when the item has no such comp. */
  public void delete(UUID lotId, UUID compId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("DELETE FROM comparable_sales WHERE id = ? AND lot_id = ?")) {
      st.setObject(1, compId);
      st.setObject(2, lotId);
      if (st.executeUpdate() == 0) throw ProblemException.notFound("Comparable sale", compId);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Comps whose title matches a web-search query, newest first (at most {@link #TREND_ROWS}). */
  public List<CompSale> matchingComps(String query) {
    return sales(
        "SELECT price, sold_date FROM comparable_sales"
            + " WHERE search_vector @@ websearch_to_tsquery('english', ?) AND sold_date IS NOT NULL"
            + " ORDER BY sold_date DESC LIMIT "
            + TREND_ROWS,
        query);
  }

  /**
   * Own sales of items whose name, description or keywords match the query, at the unit price, on
   * the sale's UTC calendar day; fully refunded sales are left out.
   */
  public List<CompSale> matchingOwnSales(String query) {
    return sales(
        "SELECT s.sold_price, CAST(s.sold_date AT TIME ZONE 'UTC' AS date) FROM sale_facts s"
            + " JOIN current_items i ON i.lot_id = s.lot_id"
            + " WHERE i.search_vector @@ websearch_to_tsquery('english', ?)"
            + " AND s.refund_amount < s.sold_price * s.quantity"
            + " ORDER BY s.sold_date DESC LIMIT "
            + TREND_ROWS,
        query);
  }

  private List<CompSale> sales(String sql, String query) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, query);
      List<CompSale> sales = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          sales.add(new CompSale(rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)));
        }
      }
      return sales;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static ComparableSale row(ResultSet rs) throws SQLException {
    Date sold = rs.getDate(7);
    return new ComparableSale(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getString(3),
        rs.getString(4),
        rs.getBigDecimal(5),
        rs.getBigDecimal(6),
        sold == null ? null : sold.toLocalDate(),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getObject(11, OffsetDateTime.class));
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("comparable sales: " + e.getMessage(), e);
  }
}

package app.resell.listings.control;

import app.resell.listings.entity.Listing;
import app.resell.listings.entity.ListingStatus;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads listings across items (the delisting to-do list) and the sales of a listing or item. */
@ApplicationScoped
public class ListingSearch {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 100;

  @PersistenceContext EntityManager em;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The filters of {@code GET /listings}, checked by hand: a wrong value is 400 with its field. */
  public record Filter(
      Boolean needsDelist, Platform platform, ListingStatus status, int page, int limit) {

    public static Filter parse(
        String needsDelist, String platform, String status, String page, String limit) {
      Boolean delist = QueryValues.flag("needs_delist", needsDelist);
      Platform p =
          platform == null
              ? null
              : Platform.parse(platform)
                  .orElseThrow(
                      () ->
                          ProblemException.notOneOf(
                              "platform", platform, Platform.allowedValues()));
      ListingStatus s =
          status == null
              ? null
              : ListingStatus.parse(status)
                  .orElseThrow(
                      () ->
                          ProblemException.notOneOf(
                              "status", status, ListingStatus.allowedValues()));
      return new Filter(
          delist,
          p,
          s,
          QueryValues.whole("page", page, 1, 1, Integer.MAX_VALUE),
          QueryValues.whole("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
  }

  /** A page of listings with the names of their items (a to-do list names what to take down). */
  public record Page(List<Listing> listings, long total, Map<UUID, String> itemNames) {}

  /**
   * A page of listings, most recently changed first, with the count of every match; listings of
   * deleted items are left out. The page reads the recent-first index (V15); the count is the
   * matches' count less those of deleted items (few), which reads the listings' indexes instead of
   * joining every listing to its item.
   */
  public Page find(Filter f) {
    StringBuilder filters = new StringBuilder();
    if (f.needsDelist() != null) filters.append(" AND l.needsDelist = :delist");
    if (f.platform() != null) filters.append(" AND l.platform = :platform");
    if (f.status() != null) filters.append(" AND l.status = :status");
    String ofItem = "EXISTS (SELECT i FROM Item i WHERE i.lotId = l.lotId AND i.deletedAt IS ";
    TypedQuery<Long> all =
        em.createQuery(
            "SELECT count(l) FROM Listing l"
                + (filters.isEmpty() ? "" : " WHERE" + filters.substring(" AND".length())),
            Long.class);
    TypedQuery<Long> ofDeleted =
        em.createQuery(
            "SELECT count(l) FROM Listing l WHERE " + ofItem + "NOT NULL)" + filters, Long.class);
    TypedQuery<Listing> page =
        em.createQuery(
            "SELECT l FROM Listing l WHERE "
                + ofItem
                + "NULL)"
                + filters
                + " ORDER BY l.updatedAt DESC, l.id",
            Listing.class);
    for (TypedQuery<?> q : List.of(all, ofDeleted, page)) {
      if (f.needsDelist() != null) q.setParameter("delist", f.needsDelist());
      if (f.platform() != null) q.setParameter("platform", f.platform());
      if (f.status() != null) q.setParameter("status", f.status());
    }
    long total = all.getSingleResult() - ofDeleted.getSingleResult();
    List<Listing> rows =
        page.setFirstResult((f.page() - 1) * f.limit()).setMaxResults(f.limit()).getResultList();
    Map<UUID, String> names = new HashMap<>();
    if (!rows.isEmpty()) {
      em.createQuery(
              "SELECT i.lotId, i.itemName FROM Item i WHERE i.lotId IN :lots", Object[].class)
          .setParameter("lots", rows.stream().map(Listing::lotId).distinct().toList())
          .getResultList()
          .forEach(r -> names.put((UUID) r[0], (String) r[1]));
    }
    return new Page(rows, total, names);
  }

  /** The sales of one listing or one item ({@code column} listing_id or lot_id), newest first. */
  public List<SaleRecord> sales(String column, UUID id) {
    if (!Set.of("listing_id", "lot_id").contains(column)) {
      throw new IllegalArgumentException(column);
    }
    String sql =
        "SELECT "
            + SaleRecord.COLUMNS
            + " FROM sales WHERE "
            + column
            + " = ? ORDER BY sold_date DESC, created_at DESC";
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, id);
      try (ResultSet rs = st.executeQuery()) {
        List<SaleRecord> sales = new ArrayList<>();
        while (rs.next()) sales.add(SaleRecord.read(rs));
        return sales;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sales of " + id + " failed", e);
    }
  }
}

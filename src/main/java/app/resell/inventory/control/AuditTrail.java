package app.resell.inventory.control;

import app.resell.auth.control.CurrentUser;
import app.resell.observability.control.RequestContext;
import app.resell.setup.control.JsonMapping;
import app.resell.setup.control.JsonPatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes the history of every inventory change in the caller's transaction: an {@code
 * activity_logs} row with the changed fields' old and new values, who (user id and email from the
 * token), from where (IP, user agent) and the request id; and a {@code price_history} row whenever
 * the estimated value changes. Imports writing a chunk at once hand over all its rows together
 * ({@link #recordAll}, {@link #listingPrices}): one batched statement each, on the chunk's
 * connection.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser user;

  /**
   * Records an action. {@code lotId} is null when the item no longer exists (a permanent delete);
   * the item's id is then still kept as the entity id.
   */
  public void record(
      UUID lotId, UUID entityId, String action, JsonObject oldValues, JsonObject newValues) {
    record("inventory", lotId, entityId, action, oldValues, newValues);
  }

  /**
   * Records an action on a record that belongs to an item ({@code entityType} "listing", "sale"),
   * kept under the item's id so the item's activity shows it.
   */
  public void record(
      String entityType,
      UUID lotId,
      UUID entityId,
      String action,
      JsonObject oldValues,
      JsonObject newValues) {
    em.flush();
    em.createNativeQuery(
            "INSERT INTO activity_logs (lot_id, entity_type, entity_id, action_type, old_values,"
                + " new_values, user_id, user_email, ip_address, user_agent, request_id) VALUES"
                + " (CAST(?1 AS uuid), ?11, CAST(?2 AS uuid), ?3, CAST(?4 AS jsonb),"
                + " CAST(?5 AS jsonb), CAST(?6 AS uuid), ?7, CAST(?8 AS inet), ?9, ?10)")
        .setParameter(11, entityType)
        .setParameter(1, text(lotId))
        .setParameter(2, text(entityId))
        .setParameter(3, action)
        .setParameter(4, oldValues == null ? null : oldValues.toString())
        .setParameter(5, newValues == null ? null : newValues.toString())
        .setParameter(6, text(user.id()))
        .setParameter(7, user.email())
        .setParameter(8, user.ip())
        .setParameter(9, user.userAgent())
        .setParameter(10, RequestContext.currentId())
        .executeUpdate();
  }

  /** Records a new estimated value, unless it did not change. */
  public void estimatedValue(UUID lotId, BigDecimal before, BigDecimal after, String reason) {
    if (same(before, after)) return;
    em.flush();
    em.createNativeQuery(
            "INSERT INTO price_history (lot_id, price_type, old_price, new_price, reason,"
                + " changed_by) VALUES (CAST(?1 AS uuid), 'estimated_value', ?2, ?3, ?4,"
                + " CAST(?5 AS uuid))")
        .setParameter(1, lotId.toString())
        .setParameter(2, before)
        .setParameter(3, after)
        .setParameter(4, reason(reason))
        .setParameter(5, text(user.id()))
        .executeUpdate();
  }

  /**
   * Records a price of a listing ({@code list_price}, or {@code sold_price} for a sale), unless it
   * did not change.
   */
  public void listingPrice(
      String priceType,
      UUID lotId,
      UUID listingId,
      String platform,
      BigDecimal before,
      BigDecimal after,
      String reason) {
    if (same(before, after)) return;
    em.flush();
    em.createNativeQuery(
            "INSERT INTO price_history (lot_id, listing_id, platform, price_type, old_price,"
                + " new_price, reason, changed_by) VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid),"
                + " CAST(?3 AS platform_type), ?4, ?5, ?6, ?7, CAST(?8 AS uuid))")
        .setParameter(1, lotId.toString())
        .setParameter(2, listingId.toString())
        .setParameter(3, platform)
        .setParameter(4, priceType)
        .setParameter(5, before)
        .setParameter(6, after)
        .setParameter(7, reason(reason))
        .setParameter(8, text(user.id()))
        .executeUpdate();
  }

  /**
   * An activity row of a bulk write, as {@link #record(String, UUID, UUID, String, JsonObject,
   * JsonObject)} takes it.
   */
  public record Entry(
      String entityType,
      UUID lotId,
      UUID entityId,
      String action,
      JsonObject oldValues,
      JsonObject newValues) {}

  /** A listing's price change in a bulk write, as {@link #listingPrice} takes it. */
  public record ListingPrice(
      String priceType,
      UUID lotId,
      UUID listingId,
      String platform,
      BigDecimal before,
      BigDecimal after,
      String reason) {}

  /** Records the actions of a bulk write, in their order, in one batched statement. */
  public void recordAll(Connection c, List<Entry> entries) throws SQLException {
    if (entries.isEmpty()) return;
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO activity_logs (lot_id, entity_type, entity_id, action_type, old_values,"
                + " new_values, user_id, user_email, ip_address, user_agent, request_id) VALUES"
                + " (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, CAST(? AS inet), ?, ?)")) {
      UUID userId = user.id();
      String email = user.email();
      String ip = user.ip();
      String agent = user.userAgent();
      String requestId = RequestContext.currentId();
      for (Entry e : entries) {
        st.setObject(1, e.lotId());
        st.setString(2, e.entityType());
        st.setObject(3, e.entityId());
        st.setString(4, e.action());
        st.setString(5, e.oldValues() == null ? null : e.oldValues().toString());
        st.setString(6, e.newValues() == null ? null : e.newValues().toString());
        st.setObject(7, userId);
        st.setString(8, email);
        st.setString(9, ip);
        st.setString(10, agent);
        st.setString(11, requestId);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  /** Records listing prices of a bulk write, leaving out those that did not change. */
  public void listingPrices(Connection c, List<ListingPrice> prices) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO price_history (lot_id, listing_id, platform, price_type, old_price,"
                + " new_price, reason, changed_by)"
                + " VALUES (?, ?, CAST(? AS platform_type), ?, ?, ?, ?, ?)")) {
      UUID userId = user.id();
      int rows = 0;
      for (ListingPrice p : prices) {
        if (same(p.before(), p.after())) continue;
        st.setObject(1, p.lotId());
        st.setObject(2, p.listingId());
        st.setString(3, p.platform());
        st.setString(4, p.priceType());
        st.setBigDecimal(5, p.before());
        st.setBigDecimal(6, p.after());
        st.setString(7, reason(p.reason()));
        st.setObject(8, userId);
        st.addBatch();
        rows++;
      }
      if (rows > 0) st.executeBatch();
    }
  }

  private static boolean same(BigDecimal before, BigDecimal after) {
    return before == null ? after == null : after != null && before.compareTo(after) == 0;
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? "manual edit" : reason.trim();
  }

  /** The fields whose values differ between two documents, as {old, new}. */
  public static JsonObject[] changes(JsonObject before, JsonObject after) {
    JsonObjectBuilder old = JsonMapping.json().createObjectBuilder();
    JsonObjectBuilder neu = JsonMapping.json().createObjectBuilder();
    for (String key : after.keySet()) {
      var a = before.get(key);
      var b = after.get(key);
      if (a == null || !JsonPatches.same(a, b)) {
        if (a != null) old.add(key, a);
        neu.add(key, b);
      }
    }
    return new JsonObject[] {old.build(), neu.build()};
  }

  private static String text(UUID id) {
    return id == null ? null : id.toString();
  }
}

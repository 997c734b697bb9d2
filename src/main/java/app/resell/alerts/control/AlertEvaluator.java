package app.resell.alerts.control;

import app.resell.alerts.entity.AlertRule;
import app.resell.events.entity.DomainEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Checks every rule against the inventory: raises an alert for each item newly matching it and
 * resolves the open alerts of items that no longer match (sold, delisted, viewed, rule changed or
 * disabled). One evaluation at a time (advisory lock), in one transaction. New alerts are announced
 * as one {@code alert.raised} event per evaluation (count and the first {@value #ANNOUNCED}
 * alerts), so the first run over a large inventory does not flood webhooks. Backup alerts belong to
 * no item: one is open per rule, and a new message (another failure) resolves the old one. Items,
 * listings and sales are read through the views their owners publish (V20: {@code items_on_hand},
 * {@code listing_facts}, {@code sale_facts}).
 */
@ApplicationScoped
public class AlertEvaluator {

  static final int ANNOUNCED = 50;
  static final long LOCK = 0x5245_5345_4c4cL;

  /** Per rule type: the matching (lot_id, listing_id, message); ? = threshold days [, value]. */
  static final Map<String, String> MATCHES =
      Map.of(
          "unsold_days",
          "SELECT i.lot_id, NULL::uuid AS listing_id, 'Unsold ' || (current_date - i.acquisition_date::date)"
              + " || ' days after acquisition' AS message FROM items_on_hand i"
              + " WHERE i.acquisition_date < now() - make_interval(days => ?)",
          "listed_no_sale_days",
          "SELECT DISTINCT ON (pl.lot_id) pl.lot_id, pl.id AS listing_id, 'Listed on ' || pl.platform"
              + " || ' for ' || (current_date - pl.listed_date::date) || ' days without a sale' AS message"
              + " FROM listing_facts pl JOIN items_on_hand i ON i.lot_id = pl.lot_id"
              + " WHERE pl.status = 'active' AND pl.listed_date < now() - make_interval(days => ?)"
              + " AND NOT EXISTS (SELECT 1 FROM sale_facts s WHERE s.listing_id = pl.id)"
              + " ORDER BY pl.lot_id, pl.listed_date",
          "listed_no_views_days",
          "SELECT DISTINCT ON (pl.lot_id) pl.lot_id, pl.id AS listing_id, 'Listed on ' || pl.platform"
              + " || ' for ' || (current_date - pl.listed_date::date) || ' days without a view' AS message"
              + " FROM listing_facts pl JOIN items_on_hand i ON i.lot_id = pl.lot_id"
              + " WHERE pl.status = 'active' AND pl.views = 0"
              + " AND pl.listed_date < now() - make_interval(days => ?)"
              + " ORDER BY pl.lot_id, pl.listed_date",
          "value_at_risk",
          "SELECT i.lot_id, NULL::uuid AS listing_id, 'Cost on hand ' || i.cost_on_hand"
              + " || ' tied up for ' || (current_date - i.acquisition_date::date) || ' days' AS message"
              + " FROM items_on_hand i WHERE i.acquisition_date < now() - make_interval(days => ?)"
              + " AND i.cost_on_hand >= ?",
          "backup_overdue",
          "SELECT NULL::uuid AS lot_id, NULL::uuid AS listing_id, CASE WHEN b.last_success_at IS NULL"
              + " THEN 'No backup has succeeded since Resell was installed on '"
              + " || to_char(b.installed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
              + " ELSE 'No backup has succeeded since '"
              + " || to_char(b.last_success_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'"
              + " END AS message FROM backup_status b"
              + " WHERE coalesce(b.last_success_at, b.installed_at) < now() - make_interval(days => ?)",
          "backup_failed",
          "SELECT NULL::uuid AS lot_id, NULL::uuid AS listing_id, 'The last backup ('"
              + " || b.last_trigger || ', '"
              + " || to_char(b.last_started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
              + " || ' UTC) failed: ' || coalesce(b.last_error, 'no reason recorded') AS message"
              + " FROM backup_status b WHERE b.last_status = 'failed'"
              + " AND b.last_finished_at > now() - make_interval(days => ?)");

  /** Rules whose alerts belong to no item: one open per rule, resolved when its message changes. */
  static final Set<String> WITHOUT_ITEM = Set.of("backup_overdue", "backup_failed");

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject AlertRules rules;
  @Inject Event<DomainEvent> events;

  /** What one evaluation did. */
  public static class Outcome {
    public int raised;
    public int resolved;
    public int open;
  }

  @Transactional
  public Outcome evaluate() {
    Outcome outcome = new Outcome();
    List<Map<String, Object>> raised = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, LOCK);
        lock.execute();
      }
      // A batch over whole tables: hash joins, never nested loops. After a bulk import the
      // statistics still say "a few rows", and a nested loop over a materialised match list (the
      // listing rules' DISTINCT ON) compared every open alert with every match: over 60 s at
      // tens of thousands of alerts. SET LOCAL ends with this transaction.
      try (Statement st = c.createStatement()) {
        st.execute("SET LOCAL enable_nestloop = off");
      }
      for (AlertRule rule : rules.all()) {
        outcome.resolved += resolve(c, rule);
        if (Boolean.TRUE.equals(rule.enabled)) raised.addAll(raise(c, rule));
      }
      try (PreparedStatement st =
              c.prepareStatement("SELECT count(*) FROM alerts WHERE resolved_at IS NULL");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        outcome.open = rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Evaluating the alert rules failed: " + e.getMessage(), e);
    }
    outcome.raised = raised.size();
    if (!raised.isEmpty()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("raised", raised.size());
      data.put("alerts", raised.subList(0, Math.min(ANNOUNCED, raised.size())));
      events.fire(DomainEvent.of(DomainEvent.ALERT_RAISED, data));
    }
    return outcome;
  }

  private int resolve(Connection c, AlertRule rule) throws SQLException {
    String sql =
        Boolean.TRUE.equals(rule.enabled)
            ? "WITH m AS ("
                + MATCHES.get(rule.ruleType)
                + ") UPDATE alerts a SET resolved_at = now()"
                + " WHERE a.rule_id = ?::uuid AND a.resolved_at IS NULL"
                // an alert of an item is still raised while its item matches; one without an item
                // while its message does. One key per rule keeps the anti-join hashed: an OR of the
                // two compared every open alert with every match (minutes at 100k items).
                + (WITHOUT_ITEM.contains(rule.ruleType)
                    ? " AND NOT EXISTS (SELECT 1 FROM m WHERE m.message = a.message)"
                    : " AND NOT EXISTS (SELECT 1 FROM m WHERE m.lot_id = a.lot_id)")
            : "UPDATE alerts a SET resolved_at = now() WHERE a.rule_id = ?::uuid AND a.resolved_at IS NULL";
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int i = Boolean.TRUE.equals(rule.enabled) ? thresholds(st, rule) : 1;
      st.setString(i, rule.id);
      return st.executeUpdate();
    }
  }

  private List<Map<String, Object>> raise(Connection c, AlertRule rule) throws SQLException {
    String sql =
        "INSERT INTO alerts (rule_id, lot_id, listing_id, message) SELECT ?::uuid, m.lot_id,"
            + " m.listing_id, m.message FROM ("
            + MATCHES.get(rule.ruleType)
            + ") m ON CONFLICT DO NOTHING" // open once per item, or once per rule without one
            + " RETURNING id, lot_id, listing_id, message";
    List<Map<String, Object>> raised = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, rule.id);
      thresholds(st, rule, 2);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> alert = new LinkedHashMap<>();
          alert.put("alert_id", rs.getString("id"));
          alert.put("rule_type", rule.ruleType);
          alert.put("lot_id", rs.getString("lot_id"));
          if (rs.getString("listing_id") != null)
            alert.put("listing_id", rs.getString("listing_id"));
          alert.put("message", rs.getString("message"));
          raised.add(alert);
        }
      }
    }
    return raised;
  }

  /** Binds the rule's thresholds from the first parameter on; answers the next free index. */
  private static int thresholds(PreparedStatement st, AlertRule rule) throws SQLException {
    return thresholds(st, rule, 1);
  }

  private static int thresholds(PreparedStatement st, AlertRule rule, int first)
      throws SQLException {
    st.setInt(first, rule.thresholdDays);
    if (rule.ruleType.equals("value_at_risk")) {
      st.setBigDecimal(first + 1, rule.thresholdValue);
      return first + 2;
    }
    return first + 1;
  }
}

package app.resell.alerts.control;

import app.resell.alerts.entity.AlertRule;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The alert rules: one row per kind (shipped by V6), edited in place by admins. */
@ApplicationScoped
public class AlertRules {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  public List<AlertRule> all() {
    List<AlertRule> rules = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT id, rule_type, threshold_days, threshold_value, enabled, updated_at"
                    + " FROM alert_rules ORDER BY array_position(?::text[], rule_type)")) {
      st.setArray(1, c.createArrayOf("text", AlertRule.TYPES.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          AlertRule r = new AlertRule();
          r.id = rs.getString("id");
          r.ruleType = rs.getString("rule_type");
          r.thresholdDays = (Integer) rs.getObject("threshold_days");
          r.thresholdValue = rs.getBigDecimal("threshold_value");
          r.enabled = rs.getBoolean("enabled");
          r.updatedAt = rs.getTimestamp("updated_at").toInstant().atOffset(ZoneOffset.UTC);
          rules.add(r);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the alert rules", e);
    }
    return rules;
  }

  /** Applies the given rules (by rule_type); kinds not given keep their settings. */
  @Transactional
  public List<AlertRule> update(List<AlertRule> changes) {
    validate(changes);
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO alert_rules (rule_type, threshold_days, threshold_value, enabled)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (rule_type) DO UPDATE SET"
                    + " threshold_days = excluded.threshold_days,"
                    + " threshold_value = excluded.threshold_value, enabled = excluded.enabled,"
                    + " updated_at = now()")) {
      for (AlertRule r : changes) {
        st.setString(1, r.ruleType);
        st.setInt(2, r.thresholdDays);
        st.setBigDecimal(3, r.thresholdValue);
        st.setBoolean(4, r.enabled == null || r.enabled);
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the alert rules", e);
    }
    return all();
  }

  private static void validate(List<AlertRule> changes) {
    if (changes == null || changes.isEmpty()) {
      throw ProblemException.invalid("rules", "give at least one rule");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < changes.size(); i++) {
      AlertRule r = changes.get(i);
      String at = "[" + i + "].";
      if (r == null) throw ProblemException.invalid("[" + i + "]", "a rule is required");
      if (r.ruleType == null || !AlertRule.TYPES.contains(r.ruleType)) {
        throw ProblemException.notOneOf(at + "rule_type", r.ruleType, AlertRule.TYPES);
      }
      if (!seen.add(r.ruleType)) {
        throw ProblemException.invalid(at + "rule_type", r.ruleType + " is given twice");
      }
      if (r.thresholdDays == null || r.thresholdDays < 1 || r.thresholdDays > 3650) {
        throw ProblemException.invalid(at + "threshold_days", "must be 1 to 3650 days");
      }
      if (r.ruleType.equals("value_at_risk")) {
        if (r.thresholdValue == null || r.thresholdValue.signum() < 0) {
          throw ProblemException.invalid(at + "threshold_value", "a cost of 0 or more is required");
        }
        r.thresholdValue = r.thresholdValue.setScale(2, java.math.RoundingMode.HALF_UP);
      } else if (r.thresholdValue != null) {
        throw ProblemException.invalid(at + "threshold_value", "only value_at_risk has a value");
      }
    }
  }
}

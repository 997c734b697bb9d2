package app.resell.analytics.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs a report query and hands back its rows as ordered maps keyed by the column labels. Report
 * SQL names its columns exactly as the API does (snake_case), so a row is both the JSON object and
 * the CSV line without a mapping class per report. Dates come back as LocalDate, timestamps as UTC
 * OffsetDateTime, numbers as BigDecimal or Long.
 */
@ApplicationScoped
public class Rows {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** A result: its column labels (also when it has no rows) and its rows. */
  public record Table(List<String> columns, List<Map<String, Object>> rows) {}

  public List<Map<String, Object>> query(String sql, Object... parameters) {
    return table(sql, parameters).rows();
  }

  public Table table(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) st.setObject(i + 1, parameters[i]);
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int k = 1; k <= meta.getColumnCount(); k++) columns.add(meta.getColumnLabel(k));
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int k = 1; k <= meta.getColumnCount(); k++) {
            row.put(meta.getColumnLabel(k), value(rs.getObject(k)));
          }
          rows.add(row);
        }
        return new Table(columns, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Report query failed: " + e.getMessage(), e);
    }
  }

  public Map<String, Object> one(String sql, Object... parameters) {
    List<Map<String, Object>> rows = query(sql, parameters);
    return rows.isEmpty() ? new LinkedHashMap<>() : rows.get(0);
  }

  private static Object value(Object v) {
    if (v instanceof java.sql.Date d) return d.toLocalDate();
    if (v instanceof Timestamp t) return t.toInstant().atOffset(ZoneOffset.UTC);
    if (v instanceof Integer i) return i.longValue();
    if (v instanceof org.postgresql.util.PGobject o) return o.getValue();
    return v;
  }
}

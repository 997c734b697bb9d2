package app.resell.backup.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures a restore must reproduce: the row count of every table and the sum of every money
 * column (every {@code numeric} column with two decimals: costs, premiums, taxes, shipping, sale
 * prices, fees). Read from the catalogue, so a table or money column added by a later migration is
 * counted without anyone remembering to list it. Taken inside the backup's snapshot, the figures
 * describe exactly what the dump holds.
 */
public record BooksCensus(Map<String, Long> rows, Map<String, BigDecimal> money) {

  public BooksCensus {
    rows = new TreeMap<>(rows);
    money = new TreeMap<>(money);
  }

  public static BooksCensus take(Connection c) throws SQLException {
    Map<String, List<String>> moneyColumns = new LinkedHashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT t.table_schema, t.table_name, c.column_name"
                    + " FROM information_schema.tables t LEFT JOIN information_schema.columns c"
                    + " ON c.table_schema = t.table_schema AND c.table_name = t.table_name"
                    + " AND c.data_type = 'numeric' AND c.numeric_scale = 2"
                    + " WHERE t.table_type = 'BASE TABLE'"
                    + " AND t.table_schema NOT IN ('pg_catalog', 'information_schema')"
                    + " AND t.table_schema NOT LIKE 'pg\\_%'"
                    + " ORDER BY 1, 2, 3")) {
      while (rs.next()) {
        String table = name(rs.getString(1), rs.getString(2));
        List<String> columns = moneyColumns.computeIfAbsent(table, k -> new ArrayList<>());
        if (rs.getString(3) != null) columns.add(rs.getString(3));
      }
    }
    Map<String, Long> rows = new TreeMap<>();
    Map<String, BigDecimal> money = new TreeMap<>();
    try (Statement st = c.createStatement()) {
      for (var table : moneyColumns.entrySet()) {
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        for (String column : table.getValue()) {
          sql.append(", coalesce(sum(").append(quote(column)).append("), 0)");
        }
        sql.append(" FROM ").append(quoted(table.getKey()));
        try (ResultSet rs = st.executeQuery(sql.toString())) {
          rs.next();
          rows.put(table.getKey(), rs.getLong(1));
          for (int i = 0; i < table.getValue().size(); i++) {
            money.put(table.getKey() + "." + table.getValue().get(i), rs.getBigDecimal(i + 2));
          }
        }
      }
    }
    return new BooksCensus(rows, money);
  }

  /** What differs from {@code expected}, one sentence per table or column; empty when equal. */
  public List<String> differencesFrom(BooksCensus expected) {
    List<String> out = new ArrayList<>();
    for (String table : new TreeSet<>(union(rows.keySet(), expected.rows.keySet()))) {
      Long want = expected.rows.get(table);
      Long got = rows.get(table);
      if (!Objects.equals(want, got)) {
        out.add(table + ": " + got + " rows, the backup has " + want);
      }
    }
    for (String column : new TreeSet<>(union(money.keySet(), expected.money.keySet()))) {
      BigDecimal want = expected.money.get(column);
      BigDecimal got = money.get(column);
      if (want == null || got == null || want.compareTo(got) != 0) {
        out.add(column + ": sums to " + got + ", the backup has " + want);
      }
    }
    return out;
  }

  private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static String name(String schema, String table) {
    return "public".equals(schema) ? table : schema + "." + table;
  }

  private static String quoted(String name) {
    int dot = name.indexOf('.');
    return dot < 0
        ? quote(name)
        : quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}

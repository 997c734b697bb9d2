package app.resell.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@ResellIT
class SchemaIT {

  @Test
  void migrationsAreAppliedAtStartup(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (rs.next()) {
        assertThat(rs.getBoolean("success")).isTrue();
        versions.add(rs.getString("version"));
      }
      assertThat(versions).startsWith("1", "2");
    }
    assertThat(tables(server))
        .contains(
            "users",
            "refresh_tokens",
            "inventory",
            "platform_listings",
            "sales",
            "invoices",
            "activity_logs",
            "price_history",
            "comparable_sales",
            "storage_locations",
            "import_jobs",
            "import_rejected_lines",
            "fee_schedules",
            "classifier_models",
            "classifier_corrections",
            "alert_rules",
            "alerts",
            "webhooks",
            "webhook_deliveries");
  }

  /**
   * Deleting a row of a large table checks each foreign key that refers to it; without an index on
   * the referring column, every check reads the whole referring table (V16).
   */
  @Test
  void foreignKeysToLargeTablesAreIndexed(ResellServer server) throws SQLException {
    List<String> unindexed = new ArrayList<>();
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c"
                    + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                    + " WHERE c.contype = 'f' AND c.confrelid::regclass::text IN ('inventory',"
                    + " 'platform_listings', 'sales', 'refresh_tokens', 'import_jobs')"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid"
                    + " AND i.indkey[0] = a.attnum)")) {
      while (rs.next()) unindexed.add(rs.getString(1));
    }
    assertThat(unindexed).isEmpty();
  }

  @Test
  void landedCostColumnsAreComputedByTheDatabase(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "INSERT INTO inventory (item_name, bid_amount, buyers_premium, sales_tax, shipping_cost, quantity)"
                    + " VALUES ('Roseville Pinecone vase', 10, 1.50, 0.93, 0, 3)"
                    + " RETURNING total_cost, cost_per_item")) {
      rs.next();
      assertThat(rs.getBigDecimal("total_cost")).isEqualByComparingTo(new BigDecimal("12.43"));
      // 12.43 / 3 = 4.1433.. rounded half-up to the cent
      assertThat(rs.getBigDecimal("cost_per_item")).isEqualByComparingTo(new BigDecimal("4.14"));
    }
  }

  @Test
  void searchVectorWeighsNameDescriptionAndKeywords(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO inventory (item_name, description, keywords) VALUES"
              + " ('Victorian parlor lamp', 'Brass base, etched shade', '[\"kerosene\", \"oil lamp\"]')");
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM inventory WHERE search_vector @@ to_tsquery('english', 'vict:* & kerosene')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void constraintsRejectImpossibleData(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement()) {
      assertThatThrownBy(
              () -> st.execute("INSERT INTO inventory (item_name, bid_amount) VALUES ('x', -1)"))
          .hasMessageContaining("bid_amount");
      assertThatThrownBy(
              () ->
                  st.execute("INSERT INTO inventory (item_name, category) VALUES ('x', 'chairs')"))
          .hasMessageContaining("item_category");
      assertThatThrownBy(
              () ->
                  st.execute(
                      "INSERT INTO inventory (item_name, sku) VALUES ('a', 'SKU-1'), ('b', 'SKU-1')"))
          .hasMessageContaining("inventory_sku_key");
    }
  }

  @Test
  void flattenedExportViewSpellsChairishRight(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT chairish_price, ebay_listed, net_profit FROM inventory_export LIMIT 0")) {
      assertThat(rs.getMetaData().getColumnCount()).isEqualTo(3);
    }
  }

  private static List<String> tables(ResellServer server) throws SQLException {
    try (Connection c = server.database().connect();
        ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      List<String> names = new ArrayList<>();
      while (rs.next()) names.add(rs.getString("TABLE_NAME"));
      return names;
    }
  }
}

package app.resell.inventory.control;

import app.resell.setup.control.JsonMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sheet rows that are items already in the inventory (an export imported back): found by the row's
 * lot id, else its SKU, among live items; then updated in place or left alone, as the person chose.
 * An update changes what the row fills in of the item's descriptive fields (name, description,
 * category and condition when the sheet gives them, lot number, invoice, source, place, bin,
 * estimate, keywords, notes); costs, quantity, dates and listings stay as they are, the ledger of
 * what was paid and sold resting on them. Each change is audited like an edit (action {@code
 * import_update}), estimates in the price history.
 */
@ApplicationScoped
public class ExistingItems {

  /** What a sheet row says about which item it is. */
  public interface Key {
    int sourceLine();

    /** The lot id the row carries (Resell's export column), or null. */
    String lotId();

    String sku();
  }

  /** The live item a row matched. */
  public record Match(UUID lotId, String itemName) {}

  /** A row to write over the item it matched. */
  public record Change(UUID lotId, ItemRows.NewItem row) {}

  /** A column an update may change, with its SQL type. */
  private record Column(String name, String cast) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("item_name", "text"),
          new Column("description", "text"),
          new Column("category", "item_category"),
          new Column("condition", "item_condition"),
          new Column("sku", "text"),
          new Column("lot_number", "text"),
          new Column("invoice_id", "text"),
          new Column("acquisition_source", "text"),
          new Column("storage_location", "text"),
          new Column("storage_bin", "text"),
          new Column("estimated_value", "numeric"),
          new Column("keywords", "jsonb"),
          new Column("notes", "text"));

  @Inject AuditTrail audit;

  /**
   * The rows (by source line) that are live items already: by lot id first, else by SKU. Each key
   * is asked only for the rows that carry it, so a sheet without lot ids (most of them) asks
   * nothing of the lot ids: with every row's (null) lot in one array PostgreSQL hashed the whole
   * inventory once a chunk to find none of them (0.3 s a chunk at 100,000 items, growing with it).
   */
  public static Map<Integer, Match> match(Connection c, List<? extends Key> rows)
      throws SQLException {
    Map<Integer, Match> found = new HashMap<>();
    List<Object> lotLines = new ArrayList<>();
    List<Object> lots = new ArrayList<>();
    List<Object> skuLines = new ArrayList<>();
    List<Object> skus = new ArrayList<>();
    for (Key row : rows) {
      UUID lot = lot(row);
      if (lot != null) {
        lotLines.add(row.sourceLine());
        lots.add(lot.toString());
      }
      String sku = blank(row.sku());
      if (sku != null) {
        skuLines.add(row.sourceLine());
        skus.add(sku);
      }
    }
    if (lots.isEmpty() && skus.isEmpty()) return found;
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT true, k.line, i.lot_id, i.item_name"
                + " FROM unnest(?::int[], ?::uuid[]) AS k (line, lot)"
                + " JOIN inventory i ON i.lot_id = k.lot AND i.deleted_at IS NULL"
                + " UNION ALL SELECT false, k.line, b.lot_id, b.item_name"
                + " FROM unnest(?::int[], ?::text[]) AS k (line, sku)"
                + " CROSS JOIN LATERAL (SELECT lot_id, item_name FROM inventory"
                + " WHERE lower(sku) = lower(k.sku) AND deleted_at IS NULL LIMIT 1) b")) {
      st.setArray(1, c.createArrayOf("integer", lotLines.toArray()));
      st.setArray(2, c.createArrayOf("uuid", lots.toArray()));
      st.setArray(3, c.createArrayOf("integer", skuLines.toArray()));
      st.setArray(4, c.createArrayOf("text", skus.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Match match = new Match(rs.getObject(3, UUID.class), rs.getString(4));
          if (rs.getBoolean(1)) found.put(rs.getInt(2), match);
          else found.putIfAbsent(rs.getInt(2), match);
        }
      }
    }
    return found;
  }

  /**
   * Writes the rows over their items; answers the items that changed (a row that changes nothing
   * leaves its item, version and history alone).
   */
  public Set<UUID> update(Connection c, List<Change> changes, String reason) throws SQLException {
    Set<UUID> changed = new HashSet<>();
    if (changes.isEmpty()) return changed;
    Map<UUID, Map<String, Object>> current = current(c, changes);
    List<AuditTrail.Entry> entries = new ArrayList<>();
    List<AuditTrail.ListingPrice> estimates = new ArrayList<>();
    StringBuilder set = new StringBuilder();
    for (Column col : COLUMNS) {
      set.append(col.name()).append(" = CAST(? AS ").append(col.cast()).append("), ");
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE inventory SET "
                + set
                + "version = version + 1, updated_at = now() WHERE lot_id = ?")) {
      for (Change change : changes) {
        Map<String, Object> before = current.get(change.lotId());
        if (before == null) continue;
        Map<String, Object> after = new LinkedHashMap<>(before);
        given(change.row()).forEach((k, v) -> after.put(k, v));
        JsonObjectBuilder old = JsonMapping.json().createObjectBuilder();
        JsonObjectBuilder neu = JsonMapping.json().createObjectBuilder();
        boolean differs = false;
        for (Column col : COLUMNS) {
          Object a = before.get(col.name());
          Object b = after.get(col.name());
          boolean words = col.cast().equals("jsonb");
          if (same(words, a, b)) continue;
          differs = true;
          old.add(col.name(), json(words, a));
          neu.add(col.name(), json(words, b));
        }
        if (!differs) continue;
        int i = 1;
        for (Column col : COLUMNS) st.setObject(i++, text(after.get(col.name())));
        st.setObject(i, change.lotId());
        st.addBatch();
        changed.add(change.lotId());
        JsonObject oldValues = old.build();
        entries.add(
            new AuditTrail.Entry(
                "inventory",
                change.lotId(),
                change.lotId(),
                "import_update",
                oldValues,
                neu.build()));
        if (oldValues.containsKey("estimated_value")) {
          estimates.add(
              new AuditTrail.ListingPrice(
                  "estimated_value",
                  change.lotId(),
                  null,
                  null,
                  (BigDecimal) before.get("estimated_value"),
                  (BigDecimal) after.get("estimated_value"),
                  reason));
        }
      }
      if (!changed.isEmpty()) st.executeBatch();
    }
    audit.recordAll(c, entries);
    audit.listingPrices(c, estimates);
    return changed;
  }

  /** The row's values for the columns it fills in; category and condition only when not guessed. */
  private static Map<String, Object> given(ItemRows.NewItem r) {
    Map<String, Object> v = new HashMap<>();
    put(v, "item_name", blank(r.itemName()));
    put(v, "description", blank(r.description()));
    if (!r.autoCategorized()) {
      put(v, "category", r.category() == null ? null : r.category().value());
      put(v, "condition", r.condition() == null ? null : r.condition().value());
    }
    put(v, "lot_number", blank(r.lotNumber()));
    put(v, "invoice_id", blank(r.invoiceId()));
    put(v, "acquisition_source", blank(r.acquisitionSource()));
    put(v, "storage_location", blank(r.storageLocation()));
    put(v, "storage_bin", blank(r.storageBin()));
    put(v, "estimated_value", r.estimatedValue());
    if (r.keywords() != null && !r.keywords().isEmpty()) {
      JsonArrayBuilder words = JsonMapping.json().createArrayBuilder();
      r.keywords().forEach(words::add);
      put(v, "keywords", words.build().toString());
    }
    put(v, "notes", blank(r.notes()));
    return v;
  }

  private static Map<UUID, Map<String, Object>> current(Connection c, List<Change> changes)
      throws SQLException {
    Map<UUID, Map<String, Object>> rows = new HashMap<>();
    StringBuilder cols = new StringBuilder();
    for (Column col : COLUMNS) {
      cols.append(", ").append(col.name()).append(col.cast().equals("numeric") ? "" : "::text");
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lot_id"
                + cols
                + " FROM inventory WHERE lot_id = ANY (?) AND deleted_at IS NULL FOR UPDATE")) {
      Array ids = c.createArrayOf("uuid", changes.stream().map(Change::lotId).toArray());
      st.setArray(1, ids);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Map<String, Object> row = new HashMap<>();
          for (int i = 0; i < COLUMNS.size(); i++) {
            row.put(COLUMNS.get(i).name(), rs.getObject(i + 2));
          }
          rows.put(rs.getObject(1, UUID.class), row);
        }
      }
    }
    return rows;
  }

  private static void put(Map<String, Object> values, String column, Object value) {
    if (value != null) values.put(column, value);
  }

  private static boolean same(boolean words, Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
    if (words && a != null && b != null) return json(true, a).equals(json(true, b));
    return a == null ? b == null : a.equals(b);
  }

  /** A value as the activity log keeps it; keywords as the JSON array they are. */
  private static JsonValue json(boolean words, Object v) {
    if (v == null) return JsonValue.NULL;
    if (v instanceof BigDecimal d) return JsonMapping.json().createValue(d);
    if (words) {
      try (var reader = JsonMapping.json().createReader(new StringReader(v.toString()))) {
        return reader.readValue();
      }
    }
    return JsonMapping.json().createValue(v.toString());
  }

  private static Object text(Object v) {
    return v == null ? null : v instanceof BigDecimal ? v : v.toString();
  }

  private static UUID lot(Key row) {
    String text = blank(row.lotId());
    if (text == null) return null;
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? id : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

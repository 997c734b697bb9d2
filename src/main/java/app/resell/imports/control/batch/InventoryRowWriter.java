package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.sheet.ParsedListing;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Writes a chunk of imported items with their listings and sales, in the chunk's transaction.
 * Idempotent: an item's key is (import job, source line), so a chunk written again after a crash
 * inserts nothing twice (it is then inserted with {@code ON CONFLICT DO NOTHING}); listings are
 * unique per item and platform, and a sale is only added to a listing that has none. A line whose
 * SKU turns out to belong to another item is recorded as rejected.
 */
@Dependent
@Named
public class InventoryRowWriter extends AbstractItemWriter {

  /** The item columns a chunk stages, in COPY order; the job and the author are per chunk. */
  private static final String STAGED_COLUMNS =
      "source_line, lot_number, invoice_id, invoice_record_id, auction_id, sku, item_name,"
          + " description, category, condition, auto_categorized, needs_review,"
          + " category_confidence, condition_confidence, quantity, bid_amount, buyers_premium,"
          + " sales_tax, shipping_cost, other_fees, acquisition_date, acquisition_source,"
          + " storage_location, storage_bin, estimated_value, keywords, notes";

  /**
   * A session's staging table: it lives as long as the pooled connection and is emptied by every
   * commit, so a chunk always finds it empty.
   */
  private static final String CREATE_STAGING =
      "CREATE TEMP TABLE IF NOT EXISTS import_staging (source_line integer, lot_number text,"
          + " invoice_id text, invoice_record_id uuid, auction_id text, sku text, item_name text,"
          + " description text, category text, condition text, auto_categorized boolean,"
          + " needs_review boolean, category_confidence numeric, condition_confidence numeric,"
          + " quantity integer, bid_amount numeric, buyers_premium numeric, sales_tax numeric,"
          + " shipping_cost numeric, other_fees numeric, acquisition_date timestamptz,"
          + " acquisition_source text, storage_location text, storage_bin text,"
          + " estimated_value numeric, keywords jsonb, notes text) ON COMMIT DELETE ROWS";

  private static final String INSERT_STAGED =
      "INSERT INTO inventory (import_job_id, created_by, "
          + STAGED_COLUMNS
          + ") SELECT CAST(? AS uuid), CAST(? AS uuid), source_line, lot_number, invoice_id,"
          + " invoice_record_id, auction_id, sku, item_name, description,"
          + " CAST(category AS item_category), CAST(condition AS item_condition),"
          + " auto_categorized, needs_review, category_confidence, condition_confidence, quantity,"
          + " bid_amount, buyers_premium, sales_tax, shipping_cost, other_fees,"
          + " coalesce(acquisition_date, now()), acquisition_source, storage_location, storage_bin,"
          + " estimated_value, keywords, notes FROM import_staging ORDER BY source_line";

  private static final String RETURNING = " RETURNING source_line, lot_id";

  /** PostgreSQL's unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String INSERT_LISTING =
      "INSERT INTO platform_listings (lot_id, platform, platform_name, status, list_price,"
          + " listing_url, quantity_sold, sold_price, sold_date, platform_fees, shipping_paid,"
          + " actual_shipping, listed_date)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (lot_id, platform) DO NOTHING";

  private static final String INSERT_SALE =
      "INSERT INTO sales (listing_id, lot_id, platform, quantity, sold_price, shipping_paid,"
          + " actual_shipping, platform_fees, sold_date, cost_of_goods)"
          + " SELECT l.id, l.lot_id, l.platform, i.quantity, ?, ?, ?, ?, coalesce(?, now()), i.total_cost"
          + " FROM platform_listings l JOIN inventory i ON i.lot_id = l.lot_id"
          + " WHERE l.lot_id = ? AND l.platform = ?::platform_type"
          + " AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.listing_id = l.id)";

  /**
   * Looked up once: each static {@code JsonMapping.json().create...} call looks the provider up
   * again, through the class loader's resources, which cost more than the rest of a row's writing.
   */
  private static final JsonProvider JSON = JsonMapping.json();

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String createdBy;
  @Inject ImportJobStore store;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> chunk) throws Exception {
    UUID job = UUID.fromString(importJobId);
    List<ImportItem> items = chunk.stream().map(ImportItem.class::cast).toList();
    int inserted;
    try (Connection c = dataSource.getConnection()) {
      relaxCommitDurability(c);
      Map<Integer, UUID> written = insertItems(c, job, items);
      inserted = written.size();
      if (inserted < items.size()) written.putAll(writtenBefore(c, job, items, written));
      List<ImportItem> listed = new ArrayList<>();
      for (ImportItem item : items) {
        if (!written.containsKey(item.sourceLine())) {
          store.rejected(
              job,
              item.sourceLine(),
              item.rawText(),
              "SKU " + item.sku() + " is already used by another item");
        } else if (!item.listings().isEmpty()) {
          listed.add(item);
        }
      }
      writeListings(c, written, listed);
    }
    store.reached(job, items.stream().mapToInt(ImportItem::sourceLine).max().orElse(0), inserted);
  }

  /**
   * The chunk's commit does not wait for its WAL flush ({@code synchronous_commit = off} for this
   * transaction only). Safe here because the chunk's rows and its batch checkpoint commit in one
   * transaction: a crash can only lose the last few chunks whole, with their checkpoint, and the
   * restarted job reads them again; nothing is half written or written twice. A commit per chunk
   * otherwise waits for a disk flush each time, which COPY pays once per file.
   */
  private static void relaxCommitDurability(Connection c) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("SET LOCAL synchronous_commit TO off");
    }
  }

  /**
   * The chunk's items go to the session's staging table by COPY, then into the inventory in one
   * {@code INSERT ... SELECT}: PostgreSQL parses and plans one statement per chunk instead of
   * multi-row inserts of 29 parameters a row. The insert is tried plainly first, behind a
   * savepoint; only a chunk that meets a unique key (a SKU another item has, a line this import
   * wrote before a crash) is inserted again with {@code ON CONFLICT DO NOTHING}, whose speculative
   * insertion costs about a tenth more per row (3.2 vs 3.5 s for 100,000 rows in chunks of 5,000).
   * Answers the lines it inserted with their new lot ids ({@code RETURNING}), so the chunk needs no
   * second look-up of its own rows.
   */
  private Map<Integer, UUID> insertItems(Connection c, UUID job, List<ImportItem> items)
      throws SQLException, IOException {
    try (var st = c.createStatement()) {
      st.execute(CREATE_STAGING);
    }
    CopyText rows = new CopyText();
    for (ImportItem i : items) {
      rows.add(i.sourceLine())
          .add(i.lotNumber())
          .add(i.invoiceId())
          .add(i.invoiceRecordId())
          .add(i.auctionId())
          .add(blankToNull(i.sku()))
          .add(i.itemName())
          .add(i.description())
          .add(i.category().value())
          .add(i.condition().value())
          .add(i.autoCategorized())
          .add(i.needsReview())
          .add(confidence(i.categoryConfidence()))
          .add(confidence(i.conditionConfidence()))
          .add(i.quantity())
          .add(i.bidAmount())
          .add(i.buyersPremium())
          .add(i.salesTax())
          .add(i.shippingCost())
          .add(i.otherFees())
          .add(startOfDay(i.acquisitionDate()))
          .add(i.acquisitionSource())
          .add(i.storageLocation())
          .add(i.storageBin())
          .add(i.estimatedValue())
          .add(keywords(i.keywords()))
          .add(i.notes())
          .endRow();
    }
    c.unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn(
            "COPY import_staging (" + STAGED_COLUMNS + ") FROM STDIN",
            new StringReader(rows.text()));
    Savepoint plain = c.setSavepoint();
    try {
      Map<Integer, UUID> lines = insertStaged(c, job, INSERT_STAGED + RETURNING);
      c.releaseSavepoint(plain);
      return lines;
    } catch (SQLException e) {
      if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
      c.rollback(plain);
      return insertStaged(c, job, INSERT_STAGED + " ON CONFLICT DO NOTHING" + RETURNING);
    }
  }

  private Map<Integer, UUID> insertStaged(Connection c, UUID job, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, job.toString());
      st.setString(2, createdBy == null || createdBy.isBlank() ? null : createdBy);
      Map<Integer, UUID> lines = new HashMap<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) lines.put(rs.getInt(1), rs.getObject(2, UUID.class));
      }
      return lines;
    }
  }

  /**
   * The lines of the chunk that were not inserted but are this import's already (a chunk written
   * again after a crash); the others lost to another item's SKU.
   */
  private static Map<Integer, UUID> writtenBefore(
      Connection c, UUID job, List<ImportItem> items, Map<Integer, UUID> inserted)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT source_line, lot_id FROM inventory WHERE import_job_id = ? AND source_line = ANY (?)")) {
      st.setObject(1, job);
      Object[] missing =
          items.stream()
              .map(ImportItem::sourceLine)
              .filter(line -> !inserted.containsKey(line))
              .toArray();
      st.setArray(2, c.createArrayOf("integer", missing));
      Map<Integer, UUID> lines = new HashMap<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) lines.put(rs.getInt(1), rs.getObject(2, UUID.class));
      }
      return lines;
    }
  }

  /** The listings and sales of a chunk's items, three statements whatever the chunk's size. */
  private static void writeListings(Connection c, Map<Integer, UUID> lots, List<ImportItem> items)
      throws SQLException {
    if (items.isEmpty()) return;
    List<UUID> soldLots = new ArrayList<>();
    try (PreparedStatement listing = c.prepareStatement(INSERT_LISTING)) {
      for (ImportItem item : items) {
        UUID lotId = lots.get(item.sourceLine());
        Set<String> seen = new HashSet<>();
        for (ParsedListing l : item.listings()) {
          if (!seen.add(l.platform().value())) continue;
          int k = 1;
          listing.setObject(k++, lotId);
          listing.setString(k++, l.platform().value());
          listing.setString(k++, l.platformName());
          listing.setString(k++, status(l));
          listing.setBigDecimal(k++, positiveOrNull(l.listPrice()));
          listing.setString(k++, l.listingUrl());
          listing.setInt(k++, l.sold() ? item.quantity() : 0);
          listing.setBigDecimal(k++, nonNegativeOrNull(l.soldPrice()));
          listing.setObject(k++, startOfDay(l.soldDate()));
          listing.setBigDecimal(k++, nonNegative(l.platformFees()));
          listing.setBigDecimal(k++, nonNegative(l.shippingPaid()));
          listing.setBigDecimal(k++, nonNegative(l.actualShipping()));
          listing.setObject(k, startOfDay(l.listedDate()));
          listing.addBatch();
        }
      }
      listing.executeBatch();
    }
    // sales after all listings, since each is inserted from its listing's row
    try (PreparedStatement sale = c.prepareStatement(INSERT_SALE)) {
      for (ImportItem item : items) {
        UUID lotId = lots.get(item.sourceLine());
        Set<String> seen = new HashSet<>();
        boolean sold = false;
        for (ParsedListing l : item.listings()) {
          if (!l.sold() || !seen.add(l.platform().value())) continue;
          sold = true;
          int k = 1;
          sale.setBigDecimal(k++, nonNegative(l.soldPrice()));
          sale.setBigDecimal(k++, nonNegative(l.shippingPaid()));
          sale.setBigDecimal(k++, nonNegative(l.actualShipping()));
          sale.setBigDecimal(k++, nonNegative(l.platformFees()));
          sale.setObject(k++, startOfDay(l.soldDate()));
          sale.setObject(k++, lotId);
          sale.setString(k, l.platform().value());
          sale.addBatch();
        }
        if (sold) soldLots.add(lotId);
      }
      if (!soldLots.isEmpty()) sale.executeBatch();
    }
    if (!soldLots.isEmpty()) {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE inventory SET quantity_sold = quantity WHERE lot_id = ANY (?)")) {
        st.setArray(1, c.createArrayOf("uuid", soldLots.toArray()));
        st.executeUpdate();
      }
      // as after a sale through the API: the item's listings still offering it must come down
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE platform_listings SET needs_delist = true WHERE lot_id = ANY (?)"
                  + " AND status IN ('draft', 'scheduled', 'active', 'pending')")) {
        st.setArray(1, c.createArrayOf("uuid", soldLots.toArray()));
        st.executeUpdate();
      }
    }
  }

  /** A listing that sold is sold; one without a status is taken as active. */
  public static String status(ParsedListing l) {
    return l.sold() ? "sold" : l.status() == null ? "active" : l.status();
  }

  private static String keywords(List<String> words) {
    if (words == null || words.isEmpty()) return "[]";
    JsonArrayBuilder array = JSON.createArrayBuilder();
    if (words != null) words.forEach(array::add);
    return array.build().toString();
  }

  private static BigDecimal confidence(Double value) {
    return value == null
        ? null
        : BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP);
  }

  /** Dates without a time are taken as the start of that day in UTC. */
  private static OffsetDateTime startOfDay(LocalDate date) {
    return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static BigDecimal positiveOrNull(BigDecimal amount) {
    return amount == null || amount.signum() <= 0 ? null : amount;
  }

  private static BigDecimal nonNegativeOrNull(BigDecimal amount) {
    return amount == null ? null : amount.max(BigDecimal.ZERO);
  }

  private static BigDecimal nonNegative(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO : amount.max(BigDecimal.ZERO);
  }
}

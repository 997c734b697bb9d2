package app.resell.inventory.control;

import app.resell.setup.control.JsonMapping;
import app.resell.tabular.CopyText;
import app.resell.tabular.RowSink;
import app.resell.tabular.TextColumns;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * The inventory's bulk writer: the one place outside JPA that inserts items, for imports writing
 * thousands of rows in the caller's transaction (a batch chunk's connection). JDBC and COPY because
 * this is bulk work: one COPY and one {@code INSERT ... SELECT} per chunk instead of an entity per
 * row (see docs/ARCHITECTURE.md, "when JDBC").
 *
 * <p>Idempotent per (import job, source line): a chunk written again after a crash inserts nothing
 * twice, and {@link #insert} answers the lines written before with the lines written now.
 */
public final class ItemRows {

  /** What an import hands over for one new item; the import's own record implements it. */
  public interface NewItem {
    int sourceLine();

    String lotNumber();

    String invoiceId();

    UUID invoiceRecordId();

    String auctionId();

    String sku();

    String itemName();

    String description();

    Category category();

    Condition condition();

    boolean autoCategorized();

    boolean needsReview();

    Double categoryConfidence();

    Double conditionConfidence();

    int quantity();

    BigDecimal bidAmount();

    BigDecimal buyersPremium();

    BigDecimal salesTax();

    BigDecimal shippingCost();

    BigDecimal otherFees();

    LocalDate acquisitionDate();

    String acquisitionSource();

    String storageLocation();

    String storageBin();

    BigDecimal estimatedValue();

    List<String> keywords();

    String notes();
  }

  /** A line's item as written: its id, units and landed cost (what its sales are costed at). */
  public record Written(UUID lotId, int quantity, BigDecimal totalCost) {}

  /** The chunk's lines that are the job's items now, and how many of them this call inserted. */
  public record Lines(Map<Integer, Written> written, int inserted) {}

  /** The item fields a chunk stages (the field table's {@code STAGED} ones), in COPY order. */
  private static final List<ItemField> STAGED = ItemField.with(ItemField.Flag.STAGED);

  /** Their columns; the job and the author are per chunk. */
  private static final String STAGED_COLUMNS =
      STAGED.stream().map(ItemField::column).collect(Collectors.joining(", "));

  /**
   * A session's staging table: it lives as long as the pooled connection and is emptied by every
   * commit, so a chunk always finds it empty.
   */
  private static final String CREATE_STAGING =
      STAGED.stream()
          .map(f -> f.column() + " " + f.stagingType())
          .collect(
              Collectors.joining(
                  ", ",
                  "CREATE TEMP TABLE IF NOT EXISTS import_staging (",
                  ") ON COMMIT DELETE ROWS"));

  /** The staging rows from one text array per column, each value cast to its column's type. */
  private static final String INSERT_STAGING =
      "INSERT INTO import_staging ("
          + STAGED_COLUMNS
          + ") SELECT "
          + STAGED.stream()
              .map(f -> "CAST(" + f.column() + " AS " + f.stagingType() + ")")
              .collect(Collectors.joining(", "))
          + " FROM unnest("
          + STAGED.stream().map(f -> "CAST(? AS text[])").collect(Collectors.joining(", "))
          + ") AS t ("
          + STAGED_COLUMNS
          + ")";

  private static final String INSERT_STAGED =
      "INSERT INTO inventory (import_job_id, created_by, "
          + STAGED_COLUMNS
          + ") SELECT CAST(? AS uuid), CAST(? AS uuid), "
          + STAGED.stream().map(ItemField::insertSql).collect(Collectors.joining(", "))
          + " FROM import_staging ORDER BY source_line";

  private static final String RETURNING = " RETURNING source_line, lot_id, quantity, total_cost";

  /**
   * Whether any of the chunk's keys may be taken (the unique keys of V1's inventory). The SKUs are
   * asked as an array, one index probe each. The job's lines are asked as the range from the
   * chunk's first to its last line: one descent of the {@code (import_job_id, source_line)} index
   * whatever the statistics say. Asked as an array too, PostgreSQL planned the lines as a filter
   * over every row the job had written (the index condition on the job alone, the row count of a
   * job still estimated at 1): quadratic in the import's size, seconds a chunk at 100,000 rows. The
   * range can only say "maybe" wrongly (a line between the first and last that was rejected), never
   * "no", and a "maybe" only sends the chunk the always-correct {@code ON CONFLICT} way.
   */
  private static final String MEETS_UNIQUE_KEY =
      "SELECT EXISTS (SELECT 1 FROM inventory WHERE sku = ANY (CAST(? AS text[])))"
          + " OR EXISTS (SELECT 1 FROM inventory WHERE import_job_id = ?"
          + " AND source_line BETWEEN ? AND ?)";

  /** PostgreSQL's unique_violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Looked up once: each static {@code JsonMapping.json().create...} call looks the provider up
   * again, through the class loader's resources, which cost more than the rest of a row's writing.
   */
  private static final JsonProvider JSON = JsonMapping.json();

  private ItemRows() {}

  /**
   * Writes the items of an import job, in the connection's transaction. Answers every line that is
   * now this job's, written by this call or before it (a chunk written again after a crash); a line
   * missing from the answer lost to another item's SKU.
   *
   * <p>The items go to the session's staging table by COPY, then into the inventory in one {@code
   * INSERT ... SELECT}: PostgreSQL parses and plans one statement per chunk instead of multi-row
   * inserts of 29 parameters a row. A chunk that meets no unique key is inserted plainly; only one
   * that does (a SKU another item has or another line of the chunk repeats, a line this import
   * wrote before a crash) is inserted with {@code ON CONFLICT DO NOTHING}, whose speculative
   * insertion costs about a tenth more per row (3.2 vs 3.5 s for 100,000 rows in chunks of 5,000).
   * Which one is decided by a query before the insert, not by trying behind a savepoint: the chunk
   * runs in a container (JTA) transaction, where JDBC forbids savepoints and Open Liberty refuses
   * them. Only another transaction committing a clashing SKU between that query and the insert can
   * still fail it: that is a {@link ChunkConflict}, which the job retries, and the retry sees it.
   */
  public static Lines insert(
      Connection c, UUID job, String createdBy, List<? extends NewItem> items)
      throws SQLException, IOException {
    try (var st = c.createStatement()) {
      st.execute(CREATE_STAGING);
    }
    stage(c, items);
    Map<Integer, Written> written;
    if (meetsUniqueKey(c, job, items)) {
      written =
          insertStaged(c, job, createdBy, INSERT_STAGED + " ON CONFLICT DO NOTHING" + RETURNING);
    } else {
      try {
        written = insertStaged(c, job, createdBy, INSERT_STAGED + RETURNING);
      } catch (SQLException e) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) throw new ChunkConflict(e);
        throw e;
      }
    }
    int inserted = written.size();
    if (inserted < items.size()) written.putAll(writtenBefore(c, job, items, written));
    return new Lines(written, inserted);
  }

  /**
   * A unique key met by a chunk that looked clear of them: another transaction committed an item
   * with one of its SKUs meanwhile. The chunk's transaction is lost; written again, it goes the
   * {@code ON CONFLICT} way.
   */
  public static final class ChunkConflict extends SQLException {
    private static final long serialVersionUID = 1L;

    ChunkConflict(SQLException cause) {
      super(
          "a chunk met a SKU committed meanwhile: " + cause.getMessage(), UNIQUE_VIOLATION, cause);
    }
  }

  /** Does a row of the chunk clash with a unique key of the inventory, or with another row? */
  private static boolean meetsUniqueKey(Connection c, UUID job, List<? extends NewItem> items)
      throws SQLException {
    Set<String> skus = new HashSet<>();
    for (NewItem i : items) {
      String sku = blankToNull(i.sku());
      if (sku != null && !skus.add(sku)) return true;
    }
    try (PreparedStatement st = c.prepareStatement(MEETS_UNIQUE_KEY)) {
      st.setArray(1, c.createArrayOf("text", skus.toArray()));
      st.setObject(2, job);
      st.setInt(3, items.stream().mapToInt(NewItem::sourceLine).min().orElse(0));
      st.setInt(4, items.stream().mapToInt(NewItem::sourceLine).max().orElse(-1));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /** Every unit of these items is sold (an import's sold rows). */
  public static void soldOut(Connection c, List<UUID> lots) throws SQLException {
    if (lots.isEmpty()) return;
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE inventory SET quantity_sold = quantity WHERE lot_id = ANY (?)")) {
      st.setArray(1, c.createArrayOf("uuid", lots.toArray()));
      st.executeUpdate();
    }
  }

  /**
   * Fills the session's staging table with the chunk: by COPY where the connection is the driver's
   * or unwraps to it (Payara), else by one insert of a text array per column. Open Liberty loads
   * the driver of the pool from a server library, so its connection unwraps to that library's
   * {@code PGConnection}, never to the WAR's.
   */
  private static void stage(Connection c, List<? extends NewItem> items)
      throws SQLException, IOException {
    if (c.isWrapperFor(PGConnection.class)) {
      c.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY import_staging (" + STAGED_COLUMNS + ") FROM STDIN",
              new StringReader(rows(items, new CopyText()).text()));
      return;
    }
    TextColumns columns = rows(items, new TextColumns(STAGED.size()));
    try (PreparedStatement st = c.prepareStatement(INSERT_STAGING)) {
      for (int k = 0; k < STAGED.size(); k++) {
        st.setArray(k + 1, c.createArrayOf("text", columns.column(k)));
      }
      st.executeUpdate();
    }
  }

  private static <T extends RowSink> T rows(List<? extends NewItem> items, T rows) {
    for (NewItem i : items) {
      for (ItemField field : STAGED) stage(rows, i, field);
      rows.endRow();
    }
    return rows;
  }

  /** One staged value of a new item, in its text form. */
  private static void stage(RowSink rows, NewItem i, ItemField field) {
    switch (field) {
      case SOURCE_LINE -> rows.add(i.sourceLine());
      case LOT_NUMBER -> rows.add(i.lotNumber());
      case INVOICE_ID -> rows.add(i.invoiceId());
      case INVOICE_RECORD_ID -> rows.add(i.invoiceRecordId());
      case AUCTION_ID -> rows.add(i.auctionId());
      case SKU -> rows.add(blankToNull(i.sku()));
      case ITEM_NAME -> rows.add(i.itemName());
      case DESCRIPTION -> rows.add(i.description());
      case CATEGORY -> rows.add(i.category().value());
      case CONDITION -> rows.add(i.condition().value());
      case AUTO_CATEGORIZED -> rows.add(i.autoCategorized());
      case NEEDS_REVIEW -> rows.add(i.needsReview());
      case CATEGORY_CONFIDENCE -> rows.add(confidence(i.categoryConfidence()));
      case CONDITION_CONFIDENCE -> rows.add(confidence(i.conditionConfidence()));
      case QUANTITY -> rows.add(i.quantity());
      case BID_AMOUNT -> rows.add(i.bidAmount());
      case BUYERS_PREMIUM -> rows.add(i.buyersPremium());
      case SALES_TAX -> rows.add(i.salesTax());
      case SHIPPING_COST -> rows.add(i.shippingCost());
      case OTHER_FEES -> rows.add(i.otherFees());
      case ACQUISITION_DATE -> rows.add(startOfDay(i.acquisitionDate()));
      case ACQUISITION_SOURCE -> rows.add(i.acquisitionSource());
      case STORAGE_LOCATION -> rows.add(i.storageLocation());
      case STORAGE_BIN -> rows.add(i.storageBin());
      case ESTIMATED_VALUE -> rows.add(i.estimatedValue());
      case KEYWORDS -> rows.add(keywords(i.keywords()));
      case NOTES -> rows.add(i.notes());
      default -> throw new IllegalStateException(field + " is staged but has no value here");
    }
  }

  private static Map<Integer, Written> insertStaged(
      Connection c, UUID job, String createdBy, String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, job.toString());
      st.setString(2, createdBy == null || createdBy.isBlank() ? null : createdBy);
      try (ResultSet rs = st.executeQuery()) {
        return lines(rs);
      }
    }
  }

  /**
   * The lines of the chunk that were not inserted but are this import's already (a chunk written
   * again after a crash); the others lost to another item's SKU.
   */
  private static Map<Integer, Written> writtenBefore(
      Connection c, UUID job, List<? extends NewItem> items, Map<Integer, Written> inserted)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT source_line, lot_id, quantity, total_cost FROM inventory"
                + " WHERE import_job_id = ? AND source_line BETWEEN ? AND ?"
                + " AND source_line = ANY (?)")) {
      int[] missing =
          items.stream()
              .mapToInt(NewItem::sourceLine)
              .filter(line -> !inserted.containsKey(line))
              .toArray();
      st.setObject(1, job);
      st.setInt(2, Arrays.stream(missing).min().orElse(0));
      st.setInt(3, Arrays.stream(missing).max().orElse(-1));
      st.setArray(4, c.createArrayOf("integer", Arrays.stream(missing).boxed().toArray()));
      try (ResultSet rs = st.executeQuery()) {
        return lines(rs);
      }
    }
  }

  private static Map<Integer, Written> lines(ResultSet rs) throws SQLException {
    Map<Integer, Written> lines = new HashMap<>();
    while (rs.next()) {
      lines.put(
          rs.getInt(1),
          new Written(rs.getObject(2, UUID.class), rs.getInt(3), rs.getBigDecimal(4)));
    }
    return lines;
  }

  private static String keywords(List<String> words) {
    if (words == null || words.isEmpty()) return "[]";
    JsonArrayBuilder array = JSON.createArrayBuilder();
    words.forEach(array::add);
    return array.build().toString();
  }

  private static BigDecimal confidence(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  /** Dates without a time are taken as the start of that day in UTC. */
  static OffsetDateTime startOfDay(LocalDate date) {
    return date == null ? null : date.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}

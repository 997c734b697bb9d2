package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import app.resell.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import writer's chunk insert on a real database without a server: a chunk written again
 * (after a crash) answers the lines it wrote before instead of failing or writing them twice, a SKU
 * another item holds loses its line, and a SKU repeated inside a chunk goes to its first line. Each
 * of these needs the chunk's unique-key check to say "maybe"; a check that says "no" sends the
 * chunk down the plain insert, which fails with a unique violation.
 */
class ItemRowsIT {

  private TestDatabase database;
  private Connection c;
  private UUID job;

  @BeforeEach
  void migratedDatabaseWithAJob() throws SQLException {
    database = TestDatabase.migrated();
    c = database.connect();
    c.setAutoCommit(false);
    job = newJob();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    c.close();
    database.close();
  }

  @Test
  void aChunkWrittenAgainAnswersTheLinesItWroteBefore() throws Exception {
    // Invoice lines: no SKUs, so only the job's own lines can tell the chunk was written.
    ItemRows.Lines first = chunk(job, lines(1, 40, null));
    assertThat(first.inserted()).isEqualTo(40);

    ItemRows.Lines again = chunk(job, lines(1, 40, null));

    assertThat(again.inserted()).isZero();
    assertThat(again.written()).isEqualTo(first.written());
    assertThat(count("SELECT count(*) FROM inventory")).isEqualTo(40);
  }

  @Test
  void aChunkAfterTheJobsEarlierLinesIsInsertedWhole() throws Exception {
    chunk(job, lines(1, 40, "A"));
    ItemRows.Lines next = chunk(job, lines(41, 80, "A"));
    ItemRows.Lines otherJob = chunk(newJob(), lines(1, 40, "B"));

    assertThat(next.inserted()).isEqualTo(40);
    assertThat(next.written()).containsOnlyKeys(IntStream.rangeClosed(41, 80).boxed().toList());
    assertThat(otherJob.inserted()).isEqualTo(40);
    assertThat(count("SELECT count(*) FROM inventory")).isEqualTo(120);
  }

  @Test
  void aSkuHeldByAnotherItemOrAnEarlierLineLosesItsLine() throws Exception {
    chunk(job, List.of(item(1, "TAKEN-1")));
    List<Item> rows = lines(2, 6, "C");
    rows.set(1, item(3, "TAKEN-1"));
    rows.set(3, item(5, "C-2"));

    ItemRows.Lines written = chunk(newJob(), rows);

    assertThat(written.inserted()).isEqualTo(3);
    assertThat(written.written()).containsOnlyKeys(2, 4, 6);
    assertThat(count("SELECT count(*) FROM inventory WHERE sku = 'C-2'")).isEqualTo(1);
  }

  private ItemRows.Lines chunk(UUID importJob, List<Item> items) throws Exception {
    ItemRows.Lines lines = ItemRows.insert(c, importJob, null, items);
    c.commit();
    return lines;
  }

  private UUID newJob() throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO import_jobs (kind, file_name, file_sha256, file_path, file_size)"
                + " VALUES ('csv', 'items.csv', repeat('0', 64), '/tmp/items.csv', 1)"
                + " RETURNING id")) {
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        UUID id = rs.getObject(1, UUID.class);
        c.commit();
        return id;
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<Item> lines(int first, int last, String skuPrefix) {
    return IntStream.rangeClosed(first, last)
        .mapToObj(line -> item(line, skuPrefix == null ? null : skuPrefix + "-" + line))
        .collect(Collectors.toList());
  }

  private static Item item(int line, String sku) {
    return new Item(line, sku);
  }

  /** A sheet line's item: a SKU, a name and a bid, the rest empty. */
  private record Item(int sourceLine, String sku) implements ItemRows.NewItem {
    public String lotNumber() {
      return null;
    }

    public String invoiceId() {
      return null;
    }

    public UUID invoiceRecordId() {
      return null;
    }

    public String auctionId() {
      return null;
    }

    public String itemName() {
      return "Line " + sourceLine;
    }

    public String description() {
      return null;
    }

    public Category category() {
      return Category.ANTIQUES;
    }

    public Condition condition() {
      return Condition.EXCELLENT;
    }

    public boolean autoCategorized() {
      return false;
    }

    public boolean needsReview() {
      return false;
    }

    public Double categoryConfidence() {
      return null;
    }

    public Double conditionConfidence() {
      return null;
    }

    public int quantity() {
      return 1;
    }

    public BigDecimal bidAmount() {
      return new BigDecimal("12.50");
    }

    public BigDecimal buyersPremium() {
      return BigDecimal.ZERO;
    }

    public BigDecimal salesTax() {
      return BigDecimal.ZERO;
    }

    public BigDecimal shippingCost() {
      return BigDecimal.ZERO;
    }

    public BigDecimal otherFees() {
      return BigDecimal.ZERO;
    }

    public LocalDate acquisitionDate() {
      return LocalDate.of(2026, 3, 14);
    }

    public String acquisitionSource() {
      return null;
    }

    public String storageLocation() {
      return null;
    }

    public String storageBin() {
      return null;
    }

    public BigDecimal estimatedValue() {
      return null;
    }

    public List<String> keywords() {
      return List.of();
    }

    public String notes() {
      return null;
    }
  }
}

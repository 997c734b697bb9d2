package app.resell.imports.control;

import app.resell.imports.entity.ImportJob;
import app.resell.imports.entity.ImportKind;
import app.resell.inventory.control.ImportedItems;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Registers uploads as import jobs, launches their batch jobs, and reports on them. The job row is
 * committed before the batch job starts, so the job's listener always finds it.
 */
@ApplicationScoped
public class ImportJobs {

  /** Created items a status report lists unless asked for another page size. */
  public static final int DEFAULT_ITEMS_LIMIT = 500;

  @PersistenceContext EntityManager em;
  @Inject SalesImportReports salesReports;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Transactional
  public Optional<ImportJob> earlierImportOf(String sha256, ImportKind kind) {
    return em.createNamedQuery(ImportJob.EARLIER_OF_SAME_FILE, ImportJob.class)
        .setParameter("sha", sha256)
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void register(ImportJob job) {
    em.persist(job);
  }

  /** Starts the job's batch run; the batch job's parameters carry everything it needs. */
  public long launch(ImportJob job, Map<String, String> parameters) {
    Properties props = new Properties();
    parameters.forEach((k, v) -> props.setProperty(k, v == null ? "" : v));
    props.setProperty("importJobId", job.id().toString());
    props.setProperty("filePath", job.filePath());
    return BatchRuntime.getJobOperator().start(job.kind().jobName(), props);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markFailedToStart(UUID id, String message) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job != null) job.failedToStart("not_started", message);
  }

  @Transactional
  public ImportReport report(UUID id, int itemsLimit, int itemsOffset) {
    ImportJob job = em.find(ImportJob.class, id);
    if (job == null) throw ProblemException.notFound("Import job", id);
    em.refresh(job);
    try (Connection c = dataSource.getConnection()) {
      // a running job's chunks keep the count; counting a large import's rows at every poll of its
      // status cost the database more than the import's own chunks did
      int imported = job.status().finished() ? ImportedItems.count(c, id) : job.importedCount();
      List<ImportReport.Rejected> rejected = rejectedLines(c, id);
      int processed = imported + rejected.size() + job.skippedCount();
      int progress = job.status().finished() ? job.progress() : Math.min(99, job.progress());
      JsonObject summary =
          job.result() == null
              ? null
              : JsonMapping.json().createReader(new StringReader(job.result())).readObject();
      ImportReport.Existing existing =
          summary == null ? null : ImportReport.Existing.of(summary.getJsonObject("existing"));
      return new ImportReport(
          job.id(),
          job.kind().value(),
          job.status().value(),
          progress,
          false,
          job.fileName(),
          job.executionId(),
          job.createdAt(),
          job.startedAt(),
          job.completedAt(),
          job.errorCode() == null
              ? null
              : new ImportReport.Failure(job.errorCode(), job.errorMessage()),
          null,
          summary == null ? null : summary.getJsonObject("invoice"),
          summary == null ? null : summary.getJsonObject("totals_check"),
          job.kind() == ImportKind.SALES
              ? salesReports.result(
                  c,
                  id,
                  job.status().finished(),
                  summary,
                  job.totalLines(),
                  job.skippedCount(),
                  rejected)
              : new ImportReport.Result(
                  processed + (existing == null ? 0 : existing.matched()),
                  imported,
                  rejected.size(),
                  job.skippedCount(),
                  job.totalLines(),
                  job.totalsDifference(),
                  items(c, id, itemsLimit, itemsOffset),
                  rejected,
                  existing),
          summary == null ? null : summary.getJsonObject("ocr"));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ImportReport.Item> items(Connection c, UUID job, int limit, int offset)
      throws SQLException {
    Map<UUID, ImportReport.Item> items = new LinkedHashMap<>();
    Map<UUID, List<ImportReport.Listing>> listings = new LinkedHashMap<>();
    for (ImportedItems.Imported i : ImportedItems.page(c, job, limit, offset)) {
      List<ImportReport.Listing> own = new ArrayList<>();
      listings.put(i.lotId(), own);
      items.put(
          i.lotId(),
          new ImportReport.Item(
              i.lotId(),
              i.sourceLine(),
              i.lotNumber(),
              i.itemName(),
              i.category(),
              i.condition(),
              i.needsReview(),
              i.quantity(),
              i.bidAmount(),
              i.buyersPremium(),
              i.salesTax(),
              i.shippingCost(),
              i.otherFees(),
              i.totalCost(),
              i.costPerItem(),
              null,
              own));
    }
    if (items.isEmpty()) return List.of();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lot_id, platform::text, status::text, list_price, sold_price FROM listing_facts"
                + " WHERE lot_id = ANY (?) ORDER BY platform")) {
      st.setArray(1, c.createArrayOf("uuid", items.keySet().toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          listings
              .get(rs.getObject(1, UUID.class))
              .add(
                  new ImportReport.Listing(
                      rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
        }
      }
    }
    return List.copyOf(items.values());
  }

  private static List<ImportReport.Rejected> rejectedLines(Connection c, UUID job)
      throws SQLException {
    List<ImportReport.Rejected> lines = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT line_number, raw_text, reason FROM import_rejected_lines WHERE job_id = ? ORDER BY line_number")) {
      st.setObject(1, job);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          lines.add(
              new ImportReport.Rejected(
                  rs.getInt(1), rs.getInt(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return lines;
  }
}

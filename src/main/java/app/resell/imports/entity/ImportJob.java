package app.resell.imports.entity;

import app.resell.setup.entity.UuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One uploaded file and its import. The file is kept in the data dir whatever happens, so a failed
 * import can be inspected and restarted; the batch execution that does the work is linked by id.
 */
@Entity
@Table(name = "import_jobs")
@NamedQuery(
    name = ImportJob.EARLIER_OF_SAME_FILE,
    query =
        "SELECT j FROM ImportJob j WHERE j.fileSha256 = :sha AND j.kind = :kind AND j.dryRun = FALSE"
            + " ORDER BY j.createdAt DESC")
public class ImportJob {

  public static final String EARLIER_OF_SAME_FILE = "ImportJob.earlierOfSameFile";

  @Id private UUID id;

  @Convert(converter = ImportKind.KindConverter.class)
  private ImportKind kind;

  @Convert(converter = ImportStatus.StatusConverter.class)
  private ImportStatus status;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "file_path")
  private String filePath;

  @Column(name = "file_size")
  private long fileSize;

  private String parameters;

  @Column(name = "dry_run")
  private boolean dryRun;

  @Column(name = "batch_id")
  @Convert(converter = UuidConverter.class)
  private UUID batchId;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "invoice_id")
  @Convert(converter = UuidConverter.class)
  private UUID invoiceId;

  private int progress;

  @Column(name = "total_lines")
  private Integer totalLines;

  @Column(name = "processed_count")
  private int processedCount;

  @Column(name = "imported_count")
  private int importedCount;

  @Column(name = "rejected_count")
  private int rejectedCount;

  @Column(name = "skipped_count")
  private int skippedCount;

  @Column(name = "totals_difference")
  private BigDecimal totalsDifference;

  private String result;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_message")
  private String errorMessage;

  @Column(name = "created_by")
  @Convert(converter = UuidConverter.class)
  private UUID createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ImportJob() {}

  public ImportJob(
      UUID id,
      ImportKind kind,
      String fileName,
      String fileSha256,
      String filePath,
      long fileSize,
      String parameters,
      UUID batchId,
      UUID createdBy) {
    this.id = id;
    this.kind = kind;
    this.status = ImportStatus.PENDING;
    this.fileName = fileName;
    this.fileSha256 = fileSha256;
    this.filePath = filePath;
    this.fileSize = fileSize;
    this.parameters = parameters;
    this.batchId = batchId;
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now();
    this.updatedAt = createdAt;
  }

  public void startedAs(long executionId) {
    this.executionId = executionId;
    this.updatedAt = OffsetDateTime.now();
  }

  public void failedToStart(String code, String message) {
    this.status = ImportStatus.FAILED;
    this.errorCode = code;
    this.errorMessage = message;
    this.completedAt = OffsetDateTime.now();
    this.updatedAt = completedAt;
  }

  public UUID id() {
    return id;
  }

  public ImportKind kind() {
    return kind;
  }

  public ImportStatus status() {
    return status;
  }

  public String fileName() {
    return fileName;
  }

  public String fileSha256() {
    return fileSha256;
  }

  public String filePath() {
    return filePath;
  }

  public long fileSize() {
    return fileSize;
  }

  public String parameters() {
    return parameters;
  }

  public UUID batchId() {
    return batchId;
  }

  public Long executionId() {
    return executionId;
  }

  public UUID invoiceId() {
    return invoiceId;
  }

  public int progress() {
    return progress;
  }

  public Integer totalLines() {
    return totalLines;
  }

  /** Items imported so far: kept by each chunk while the job runs, counted again at its end. */
  public int importedCount() {
    return importedCount;
  }

  public int skippedCount() {
    return skippedCount;
  }

  public BigDecimal totalsDifference() {
    return totalsDifference;
  }

  public String result() {
    return result;
  }

  public String errorCode() {
    return errorCode;
  }

  public String errorMessage() {
    return errorMessage;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime startedAt() {
    return startedAt;
  }

  public OffsetDateTime completedAt() {
    return completedAt;
  }
}

package app.resell.backup.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One backup the server took or is taking: scheduled (with the daily slot it claimed), manual
 * ("back up now") or before a schema upgrade. Status moves once, from {@code running} to {@code
 * succeeded}, {@code incomplete} (written, but files the database refers to were missing) or {@code
 * failed} (with the reason in {@code error}).
 */
public record BackupRun(
    long id,
    OffsetDateTime slot,
    String trigger,
    String instance,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String status,
    String fileName,
    Long sizeBytes,
    Long durationMs,
    String error) {

  public static final String SCHEDULED = "scheduled";
  public static final String MANUAL = "manual";
  public static final String UPGRADE = "upgrade";

  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String INCOMPLETE = "incomplete";
  public static final String FAILED = "failed";

  public static final List<String> TRIGGERS = List.of(SCHEDULED, MANUAL, UPGRADE);
  public static final List<String> STATUSES = List.of(RUNNING, SUCCEEDED, INCOMPLETE, FAILED);
}

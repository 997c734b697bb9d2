package app.resell.imports.control.batch;

import app.resell.events.entity.DomainEvent;
import app.resell.imports.control.ImportJobStore;
import app.resell.imports.entity.ImportStatus;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the import job row in step with its batch executions: processing when one starts; at the
 * end completed, needs_review (set by a step that found the document's totals disagree), failed
 * with the reason, or stopped, with the final counts.
 */
@Dependent
@Named
public class ImportJobListener implements JobListener {

  public static final String NEEDS_REVIEW = "NEEDS_REVIEW";

  @Inject @BatchProperty String importJobId;
  @Inject JobContext job;
  @Inject ImportJobStore store;
  @Inject Event<DomainEvent> events;

  @Override
  public void beforeJob() throws Exception {
    store.started(UUID.fromString(importJobId), job.getExecutionId());
  }

  @Override
  public void afterJob() throws Exception {
    UUID id = UUID.fromString(importJobId);
    BatchStatus batch = job.getBatchStatus();
    String exit = job.getExitStatus();
    String[] failure = ImportFailure.parse(exit);
    int skipped = filteredRows();
    ImportStatus status;
    String code = null;
    String message = null;
    if (failure != null) {
      status = ImportStatus.FAILED;
      code = failure[0];
      message = failure[1];
    } else if (batch == BatchStatus.FAILED) {
      status = ImportStatus.FAILED;
      code = "failed";
      message = "The import stopped on an unexpected error; restart it from the jobs console.";
    } else if (batch == BatchStatus.STOPPING || batch == BatchStatus.STOPPED) {
      status = ImportStatus.STOPPED;
    } else if (NEEDS_REVIEW.equals(exit)) {
      status = ImportStatus.NEEDS_REVIEW;
    } else {
      status = ImportStatus.COMPLETED;
    }
    store.finished(id, status, code, message, skipped);
    announce(id, status, code, message);
  }

  /** import.completed (also when it needs review) or import.failed; a stop announces nothing. */
  private void announce(UUID id, ImportStatus status, String code, String message) {
    if (status == ImportStatus.STOPPED) return;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("import_job_id", id.toString());
    data.put("status", status.value());
    if (code != null) data.put("error_code", code);
    if (message != null) data.put("error_message", message);
    events.fire(
        DomainEvent.of(
            status == ImportStatus.FAILED
                ? DomainEvent.IMPORT_FAILED
                : DomainEvent.IMPORT_COMPLETED,
            data));
  }

  /** Blank and totals rows filtered over every execution of this import (restarts included). */
  private int filteredRows() {
    JobOperator operator = BatchRuntime.getJobOperator();
    long total = 0;
    for (JobExecution execution :
        operator.getJobExecutions(operator.getJobInstance(job.getExecutionId()))) {
      for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
        if (step.getMetrics() == null) continue;
        for (Metric m : step.getMetrics()) {
          if (m.getType() == Metric.MetricType.FILTER_COUNT) total += m.getValue();
        }
      }
    }
    return (int) total;
  }
}

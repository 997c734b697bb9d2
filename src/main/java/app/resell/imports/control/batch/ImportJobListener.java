package app.resell.imports.control.batch;

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
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    if (failure != null) {
      store.finished(id, ImportStatus.FAILED, failure[0], failure[1], skipped);
    } else if (batch == BatchStatus.FAILED) {
      store.finished(
          id,
          ImportStatus.FAILED,
          "failed",
          "The import stopped on an unexpected error; restart it from the jobs console.",
          skipped);
    } else if (batch == BatchStatus.STOPPING || batch == BatchStatus.STOPPED) {
      store.finished(id, ImportStatus.STOPPED, null, null, skipped);
    } else if (NEEDS_REVIEW.equals(exit)) {
      store.finished(id, ImportStatus.NEEDS_REVIEW, null, null, skipped);
    } else {
      store.finished(id, ImportStatus.COMPLETED, null, null, skipped);
    }
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

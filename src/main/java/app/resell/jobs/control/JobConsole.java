package app.resell.jobs.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The Jakarta Batch job operator, shaped for the API: executions of every job of this application,
 * newest first, with their step metrics; start, stop, restart and abandon. The job repository lives
 * in the application's PostgreSQL database, so this history survives restarts.
 */
@ApplicationScoped
public class JobConsole {

  @Inject StopRequests stops;

  /** One execution as the console shows it. */
  public record Execution(
      long executionId,
      long instanceId,
      String jobName,
      String status,
      String exitStatus,
      Map<String, String> parameters,
      OffsetDateTime createdAt,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      List<Step> steps) {}

  /**
   * One step of an execution and its chunk metrics (read, write, filter, skip, commit, rollback).
   */
  public record Step(
      long stepExecutionId,
      String name,
      String status,
      OffsetDateTime startedAt,
      OffsetDateTime endedAt,
      Map<String, Long> metrics) {}

  /**
   * The parameters an execution shows: what a person recognises it by. The others (the upload's
   * path on the server, internal ids, column mappings, row limits) stay with the job; a restart
   * still reads them all from the job repository.
   */
  static final Set<String> SHOWN = Set.of("invoiceId", "auctionId", "platform");

  private JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }

  public List<Execution> executions(int limit) {
    JobOperator jobs = operator();
    List<Execution> all = new ArrayList<>();
    for (String name : jobs.getJobNames()) {
      for (JobInstance instance : jobs.getJobInstances(name, 0, limit)) {
        for (JobExecution execution : jobs.getJobExecutions(instance)) {
          all.add(view(execution, instance, List.of()));
        }
      }
    }
    all.sort(Comparator.comparingLong(Execution::executionId).reversed());
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  public Execution execution(long executionId) {
    JobOperator jobs = operator();
    JobExecution execution = jobs.getJobExecution(executionId);
    List<Step> steps = jobs.getStepExecutions(executionId).stream().map(JobConsole::step).toList();
    return view(execution, jobs.getJobInstance(executionId), steps);
  }

  public long start(String jobName, Properties parameters) {
    return operator().start(jobName, parameters);
  }

  /** Stops the execution on whichever instance runs it ({@link StopRequests}). */
  public void stop(long executionId) {
    stops.stop(executionId);
  }

  public long restart(long executionId) {
    Properties parameters = operator().getParameters(executionId);
    return operator().restart(executionId, parameters == null ? new Properties() : parameters);
  }

  public void abandon(long executionId) {
    operator().abandon(executionId);
  }

  private static Execution view(JobExecution e, JobInstance instance, List<Step> steps) {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (e.getJobParameters() != null) {
      e.getJobParameters().stringPropertyNames().stream()
          .filter(SHOWN::contains)
          .sorted()
          .forEach(k -> parameters.put(k, e.getJobParameters().getProperty(k)));
    }
    return new Execution(
        e.getExecutionId(),
        instance.getInstanceId(),
        e.getJobName(),
        String.valueOf(e.getBatchStatus()),
        e.getExitStatus(),
        parameters,
        time(e.getCreateTime()),
        time(e.getStartTime()),
        time(e.getEndTime()),
        steps);
  }

  private static Step step(StepExecution s) {
    Map<String, Long> metrics = new LinkedHashMap<>();
    if (s.getMetrics() != null) {
      for (Metric m : s.getMetrics()) {
        metrics.put(m.getType().name().toLowerCase(java.util.Locale.ROOT), m.getValue());
      }
    }
    return new Step(
        s.getStepExecutionId(),
        s.getStepName(),
        String.valueOf(s.getBatchStatus()),
        time(s.getStartTime()),
        time(s.getEndTime()),
        metrics);
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}

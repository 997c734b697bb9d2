package app.resell.jobs.boundary;

import app.resell.auth.entity.Role;
import app.resell.jobs.control.JobConsole;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.ClusterLock;
import app.resell.setup.control.ClusterMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Jakarta Batch operator console for admins: executions, step metrics and control. */
@Path("jobs")
@RequestScoped
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

  /** Maintenance jobs an admin may start by name; imports start through /import. */
  static final Set<String> STARTABLE = Set.of("purge-refresh-tokens");

  @Inject JobConsole console;
  @Inject ClusterLock lock;
  @Inject ClusterMember member;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Batch executions of every job, newest first")
  public List<JobConsole.Execution> list(@QueryParam("limit") @DefaultValue("100") int limit) {
    // Checked here, not with @Min/@Max: Payara's OpenAPI scanner fails on constrained parameters.
    if (limit < 1 || limit > 1000)
      throw ProblemException.invalid("limit", "must be between 1 and 1000");
    return console.executions(limit);
  }

  /** This instance, the tasks it runs for the cluster, and every live instance. */
  public record ClusterView(
      String instance, Set<String> tasks, List<ClusterMember.Member> members) {}

  @GET
  @Path("cluster")
  @Operation(
      summary =
          "The instance that answers, the scheduled tasks it runs for the cluster, and the live"
              + " instances")
  public ClusterView cluster() {
    return new ClusterView(ClusterMember.id(), lock.tasks(), member.alive());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One execution with its step metrics")
  public JobConsole.Execution get(@PathParam("id") long id) {
    return guarded(id, () -> console.execution(id));
  }

  @POST
  @Path("start/{job}")
  @Operation(summary = "Start a maintenance job (purge-refresh-tokens)")
  @APIResponse(
      responseCode = "202",
      description = "Started",
      content = @Content(schema = @Schema(implementation = JobConsole.Execution.class)))
  public Response start(@PathParam("job") String job) {
    if (!STARTABLE.contains(job)) {
      throw ProblemException.notOneOf("job", job, List.copyOf(STARTABLE));
    }
    long id = console.start(job, new Properties());
    return Response.accepted(console.execution(id))
        .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(id)).build())
        .build();
  }

  @POST
  @Path("{id}/stop")
  @Operation(summary = "Ask a running execution to stop after its current chunk")
  public JobConsole.Execution stop(@PathParam("id") long id) {
    return guarded(
        id,
        () -> {
          console.stop(id);
          return console.execution(id);
        });
  }

  @POST
  @Path("{id}/restart")
  @Operation(summary = "Restart a failed or stopped execution from its last checkpoint")
  @APIResponse(
      responseCode = "202",
      description = "Restarted",
      content = @Content(schema = @Schema(implementation = JobConsole.Execution.class)))
  public Response restart(@PathParam("id") long id) {
    long next = guarded(id, () -> console.restart(id));
    return Response.accepted(console.execution(next)).build();
  }

  @POST
  @Path("{id}/abandon")
  @Operation(summary = "Abandon an execution so it can never be restarted")
  public JobConsole.Execution abandon(@PathParam("id") long id) {
    return guarded(
        id,
        () -> {
          console.abandon(id);
          return console.execution(id);
        });
  }

  private static <T> T guarded(long id, Supplier<T> action) {
    try {
      return action.get();
    } catch (NoSuchJobExecutionException e) {
      throw ProblemException.notFound("Job execution", id);
    } catch (JobExecutionNotRunningException e) {
      throw ProblemException.conflict("This job is not running.");
    } catch (JobExecutionIsRunningException e) {
      throw ProblemException.conflict("This job is still running; stop it first.");
    } catch (JobExecutionAlreadyCompleteException e) {
      throw ProblemException.conflict("This job completed; there is nothing to restart.");
    } catch (JobExecutionNotMostRecentException e) {
      throw ProblemException.conflict(
          "A later run of this job exists; restart that one (the newest in the list).");
    } catch (JobRestartException e) {
      throw ProblemException.conflict("This job cannot be restarted: " + e.getMessage());
    }
  }
}

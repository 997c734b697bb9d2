package app.resell.backup.boundary;

import app.resell.auth.entity.Role;
import app.resell.backup.control.BackupFiles;
import app.resell.backup.control.BackupRunner;
import app.resell.backup.control.BackupRuns;
import app.resell.backup.control.BackupSettings;
import app.resell.backup.entity.BackupPlan;
import app.resell.backup.entity.BackupRun;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The server's backups for admins: the runs and the schedule, "back up now", and downloading an
 * archive. Restoring stays a command ({@code bin/resell restore}) because it replaces the database.
 */
@Path("backups")
@RequestScoped
@RolesAllowed(Role.ADMIN_ROLE)
@Tag(name = "backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

  static final String ZIP = "application/zip";

  @Inject BackupRunner runner;
  @Inject BackupRuns runs;
  @Context UriInfo uri;

  /** When the server backs up by itself and how many backups it keeps. */
  public record Schedule(String dailyAt, int keepDaily, int keepWeekly, OffsetDateTime nextAt) {}

  /** The runs, newest first, the schedule and the last successful backup. */
  public record Overview(List<BackupRun> runs, Schedule schedule, BackupRun lastSuccess) {}

  @GET
  @Operation(
      summary =
          "Backup runs, newest first (limit, default 50, max 500), the schedule with its next time"
              + " and the last successful backup")
  public Overview list(@QueryParam("limit") String limit) {
    int size = QueryValues.whole("limit", limit, 50, 1, 500);
    BackupPlan plan = runner.plan();
    Schedule schedule =
        new Schedule(
            plan.dailyAtText(),
            plan.keepDaily(),
            plan.keepWeekly(),
            plan.nextSlot(Instant.now()).map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null));
    return new Overview(runs.newest(size), schedule, runs.lastSuccess().orElse(null));
  }

  @POST
  @Operation(summary = "Back up now: starts a backup and answers its run at once")
  @APIResponse(
      responseCode = "202",
      description = "Started; GET /backups shows how it ends",
      content = @Content(schema = @Schema(implementation = BackupRun.class)))
  @APIResponse(responseCode = "409", description = "A backup is running already")
  public Response backUpNow() {
    BackupRun run = runner.now();
    return Response.accepted(run).location(uri.getBaseUriBuilder().path("backups").build()).build();
  }

  @GET
  @Path("{file_name}")
  @Produces(ZIP)
  @Operation(summary = "Download a backup archive by its file name")
  @APIResponse(
      responseCode = "200",
      description = "The archive",
      content = @Content(mediaType = ZIP))
  @APIResponse(responseCode = "404", description = "No backup has this name")
  public Response download(@PathParam("file_name") String fileName) {
    var file =
        BackupFiles.find(BackupSettings.current().backupDir(), fileName)
            .orElseThrow(() -> ProblemException.notFound("Backup", fileName));
    return Response.ok(file.toFile(), ZIP)
        .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}

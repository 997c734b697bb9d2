package app.resell.imports.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.imports.control.ImportLauncher;
import app.resell.imports.control.SaleMatches;
import app.resell.imports.control.SalesPreview;
import app.resell.imports.control.sales.SalesReportParser;
import app.resell.imports.control.vetting.UploadVetting;
import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Marketplace sales reports (docs/SALES-IMPORT.md): an upload becomes a Jakarta Batch job that
 * records the sales it can match to items and keeps the others waiting; {@code /matches} records
 * those once a person chose their items. Progress and results are at {@code GET
 * /import/status/{job_id}}, as for every import.
 */
@Path("import/sales")
@RequestScoped
@RolesAllowed(Role.STAFF_ROLE)
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
public class SalesImportResource {

  @Inject ImportLauncher launcher;
  @Inject UploadVetting vetting;
  @Inject SalesPreview preview;
  @Inject SaleMatches matches;
  @Inject CurrentUser user;

  @Context UriInfo uri;

  /** One confirmed match as sent: the line's row, and the item or {@code create_item}. */
  public record MatchRequest(Integer row, UUID lotId, Boolean createItem) {}

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import a marketplace sales report (multipart: file, platform, mapping, dry_run, force);"
              + " the platform and layout are told from the header when not given")
  public Response importReport(
      @FormParam("file") EntityPart file,
      @FormParam("platform") String platformName,
      @FormParam("mapping") String mapping,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force)
      throws IOException {
    if (file == null) throw ProblemException.invalid("file", "attach the sales report as 'file'");
    Platform platform = platform(platformName);
    Map<String, String> columns = ImportForm.mapping(mapping);
    if (!columns.isEmpty() && platform == null) {
      throw ProblemException.invalid("platform", "a column mapping needs the report's platform");
    }
    boolean dry = ImportForm.flag("dry_run", dryRun);
    boolean again = ImportForm.flag("force", force);
    ImportLauncher.Upload upload = launcher.receive(file, ImportKind.SALES);
    int rowCap = (int) vetting.limits().rowCap();
    if (dry) {
      return Response.ok(
              launcher.preview(
                  upload,
                  stored -> {
                    try {
                      return preview.preview(
                          stored.path(), stored.fileName(), platform, columns, rowCap);
                    } catch (SheetReadException e) {
                      throw unreadable(e);
                    }
                  }))
          .build();
    }
    try {
      SalesReportParser.detect(upload.stored().path(), platform, columns, rowCap);
    } catch (SheetReadException e) {
      launcher.discard(List.of(upload));
      throw unreadable(e);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("platform", platform == null ? "" : platform.value());
    parameters.put("mapping", ImportForm.json(columns));
    parameters.put("maxRows", Integer.toString(rowCap));
    ImportLauncher.Started job =
        launcher.launch(List.of(upload), again, author(), u -> parameters).get(0);
    return Response.accepted(ImportForm.answer(job))
        .location(
            uri.getBaseUriBuilder().path("import/status").path(job.jobId().toString()).build())
        .build();
  }

  @POST
  @Path("{job_id}/matches")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record the waiting lines of a sales import on the items chosen: [{row, lot_id}] or"
              + " [{row, create_item: true}]; all or none")
  public List<SaleMatches.Answer> confirm(
      @PathParam("job_id") UUID jobId, List<MatchRequest> body) {
    if (body == null || body.isEmpty()) {
      throw ProblemException.invalid("matches", "send at least one {row, lot_id}");
    }
    if (body.size() > 1000) throw ProblemException.invalid("matches", "at most 1000 at once");
    List<SaleMatches.Confirmed> confirmed = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      MatchRequest m = body.get(i);
      if (m == null || m.row() == null || m.row() < 1) {
        throw ProblemException.invalid("[" + i + "].row", "the line's row number is required");
      }
      boolean create = Boolean.TRUE.equals(m.createItem());
      if (create == (m.lotId() != null)) {
        throw ProblemException.invalid(
            "[" + i + "].lot_id", "send either lot_id or create_item: true");
      }
      confirmed.add(new SaleMatches.Confirmed(m.row(), m.lotId(), create));
    }
    return matches.confirm(jobId, confirmed);
  }

  private static Platform platform(String name) {
    if (name == null || name.isBlank()) return null;
    return Platform.parse(name)
        .orElseThrow(() -> ProblemException.notOneOf("platform", name, Platform.allowedValues()));
  }

  private static ProblemException unreadable(SheetReadException e) {
    String field = SheetReadException.BAD_MAPPING.equals(e.code()) ? "mapping" : "file";
    return ProblemException.invalid(field, e.getMessage());
  }

  private UUID author() {
    return user.id();
  }
}

package app.resell.imports.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.imports.control.ImportJobs;
import app.resell.imports.control.ImportLauncher;
import app.resell.imports.control.ImportReport;
import app.resell.imports.control.InvoicePreview;
import app.resell.imports.control.OnExisting;
import app.resell.imports.control.SheetPreview;
import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.vetting.UploadVetting;
import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Uploads to import: auction invoice PDFs and spreadsheets (xlsx, xls, csv), as Jakarta Batch jobs
 * that report progress and every rejected line. The same file twice is refused unless {@code
 * force=true}; {@code dry_run=true} answers what would be imported and writes nothing.
 */
@Path("import")
@RequestScoped
@RolesAllowed(Role.STAFF_ROLE)
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  /** The most files one batch upload may hold. */
  static final int MAX_BATCH_FILES = 50;

  @Inject ImportLauncher launcher;
  @Inject UploadVetting vetting;
  @Inject ImportJobs jobs;
  @Inject SheetPreview preview;
  @Inject InvoicePreview invoicePreview;
  @Inject CurrentUser user;
  @Inject ItemClassification classification;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Context UriInfo uri;

  @POST
  @Path("pdf")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import an auction invoice PDF (multipart: file, auction_id, invoice_id, dry_run, force)")
  public Response pdf(
      @FormParam("file") EntityPart file,
      @FormParam("auction_id") String auctionId,
      @FormParam("invoice_id") String invoiceId,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force)
      throws IOException {
    if (file == null) throw ProblemException.invalid("file", "attach the invoice PDF as 'file'");
    // every lot is classified: the classifier's first training overlaps the upload and its checks
    classification.prepareAhead(threads);
    ImportLauncher.Upload upload = launcher.receive(file, ImportKind.PDF);
    if (ImportForm.flag("dry_run", dryRun)) {
      return Response.ok(
              launcher.preview(
                  upload,
                  stored ->
                      invoicePreview.preview(
                          stored.path(), stored.fileName(), auctionId, invoiceId)))
          .build();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("auctionId", auctionId == null ? "" : auctionId);
    parameters.put("invoiceId", invoiceId == null ? "" : invoiceId);
    return accepted(
        launcher.launch(
            List.of(upload), ImportForm.flag("force", force), author(), u -> parameters));
  }

  @POST
  @Path("csv")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import a CSV inventory sheet (multipart: file, mapping, dry_run, force, on_existing)")
  public Response csv(
      @FormParam("file") EntityPart file,
      @FormParam("mapping") String mapping,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force,
      @FormParam("on_existing") String onExisting)
      throws IOException {
    return submit(ImportKind.CSV, file, mapping, dryRun, force, onExisting);
  }

  @POST
  @Path("excel")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import an Excel inventory sheet (multipart: file, mapping, dry_run, force,"
              + " on_existing)")
  public Response excel(
      @FormParam("file") EntityPart file,
      @FormParam("mapping") String mapping,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force,
      @FormParam("on_existing") String onExisting)
      throws IOException {
    return submit(ImportKind.EXCEL, file, mapping, dryRun, force, onExisting);
  }

  @POST
  @Path("batch")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Import several files at once (multipart: files[] (repeated), type pdf|excel|csv or"
              + " left out to tell each file's kind by its content, mapping, force); one job per"
              + " file, all or none: a duplicate file starts none of them")
  public Response batch(List<EntityPart> parts) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    List<EntityPart> files = new ArrayList<>();
    for (EntityPart part : parts) {
      String name = part.getName();
      if (name.equals("files[]") || name.equals("files") || name.equals("file")) {
        files.add(part);
      } else {
        fields.put(name, part.getContent(String.class));
      }
    }
    if (files.isEmpty()) {
      throw ProblemException.invalid("files", "attach the files to import as 'files[]'");
    }
    if (files.size() > MAX_BATCH_FILES) {
      throw ProblemException.invalid(
          "files", "at most " + MAX_BATCH_FILES + " files can be imported at once");
    }
    ImportKind requested = ImportForm.kind(fields.get("type"));
    String mappingJson = ImportForm.json(ImportForm.mapping(fields.get("mapping")));
    boolean force = ImportForm.flag("force", fields.get("force"));
    OnExisting onExisting = OnExisting.parse(fields.get("on_existing"));
    UUID batchId = UUID.randomUUID();
    List<ImportLauncher.Started> started =
        launcher.launch(
            launcher.receiveAll(files, requested),
            force,
            author(),
            upload -> ImportForm.batchParameters(batchId, upload.kind(), mappingJson, onExisting));
    return Response.accepted(ImportForm.batchAnswer(batchId, started)).build();
  }

  @GET
  @Path("status/{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Status, progress, created items and rejected lines of an import")
  public ImportReport status(
      @PathParam("id") UUID id,
      @QueryParam("items_limit") @DefaultValue("" + ImportJobs.DEFAULT_ITEMS_LIMIT) int limit,
      @QueryParam("items_offset") @DefaultValue("0") int offset) {
    if (limit < 1 || limit > 5000)
      throw ProblemException.invalid("items_limit", "must be between 1 and 5000");
    if (offset < 0) throw ProblemException.invalid("items_offset", "must not be negative");
    return jobs.report(id, limit, offset);
  }

  private Response submit(
      ImportKind kind,
      EntityPart file,
      String mapping,
      String dryRun,
      String force,
      String existing)
      throws IOException {
    if (file == null) throw ProblemException.invalid("file", "attach the file to import as 'file'");
    Map<String, String> columns = ImportForm.mapping(mapping);
    OnExisting onExisting = OnExisting.parse(existing);
    ImportLauncher.Upload upload = launcher.receive(file, kind);
    if (ImportForm.flag("dry_run", dryRun)) {
      int rowCap = (int) vetting.limits().rowCap();
      return Response.ok(
              launcher.preview(
                  upload,
                  stored ->
                      preview.preview(
                          stored.path(), stored.fileName(), columns, rowCap, onExisting)))
          .build();
    }
    Map<String, String> parameters =
        Map.of("mapping", ImportForm.json(columns), "onExisting", onExisting.value());
    return accepted(
        launcher.launch(
            List.of(upload), ImportForm.flag("force", force), author(), u -> parameters));
  }

  /** 202 with the job, its execution and where to follow it. */
  private Response accepted(List<ImportLauncher.Started> started) {
    ImportLauncher.Started job = started.get(0);
    return Response.accepted(ImportForm.answer(job))
        .location(
            uri.getBaseUriBuilder().path("import/status").path(job.jobId().toString()).build())
        .build();
  }

  /** The signed-in user starting the import, by id; the cap on running imports is theirs. */
  private UUID author() {
    return user.id();
  }
}

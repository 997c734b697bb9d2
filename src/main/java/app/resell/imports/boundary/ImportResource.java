package app.resell.imports.boundary;

import app.resell.auth.entity.Role;
import app.resell.imports.control.ImportJobs;
import app.resell.imports.control.ImportReport;
import app.resell.imports.control.InvoicePreview;
import app.resell.imports.control.SheetPreview;
import app.resell.imports.control.UploadStore;
import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.vetting.UploadVetting;
import app.resell.imports.entity.ImportJob;
import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import app.resell.security.control.ImportSlots;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
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

  @Inject UploadStore uploads;
  @Inject UploadVetting vetting;
  @Inject ImportJobs jobs;
  @Inject SheetPreview preview;
  @Inject InvoicePreview invoicePreview;
  @Inject ImportSlots slots;
  @Inject JsonWebToken jwt;
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
    UUID id = UUID.randomUUID();
    UploadStore.Stored stored = vetted(ImportKind.PDF, uploads.store(file, id));
    if (flag("dry_run", dryRun)) {
      try {
        return Response.ok(
                invoicePreview.preview(stored.path(), stored.fileName(), auctionId, invoiceId))
            .build();
      } finally {
        Files.deleteIfExists(stored.path());
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("auctionId", auctionId == null ? "" : auctionId);
    parameters.put("invoiceId", invoiceId == null ? "" : invoiceId);
    return launch(ImportKind.PDF, id, stored, force, parameters);
  }

  @POST
  @Path("csv")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import a CSV inventory sheet (multipart: file, mapping, dry_run, force)")
  public Response csv(
      @FormParam("file") EntityPart file,
      @FormParam("mapping") String mapping,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force)
      throws IOException {
    return submit(ImportKind.CSV, file, mapping, dryRun, force);
  }

  @POST
  @Path("excel")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Import an Excel inventory sheet (multipart: file, mapping, dry_run, force)")
  public Response excel(
      @FormParam("file") EntityPart file,
      @FormParam("mapping") String mapping,
      @FormParam("dry_run") String dryRun,
      @FormParam("force") String force)
      throws IOException {
    return submit(ImportKind.EXCEL, file, mapping, dryRun, force);
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
    ImportKind requested = kind(fields.get("type"));
    Map<String, String> columns = mapping(fields.get("mapping"));
    boolean force = flag("force", fields.get("force"));
    UUID batchId = UUID.randomUUID();
    try (ImportSlots.Held held = slots.reserve(author(), 1)) {
      return startBatch(batchId, files, requested, columns, force);
    }
  }

  private Response startBatch(
      UUID batchId,
      List<EntityPart> files,
      ImportKind requested,
      Map<String, String> columns,
      boolean force)
      throws IOException {
    List<Pending> pending = new ArrayList<>();
    try {
      for (EntityPart file : files) {
        UUID id = UUID.randomUUID();
        UploadStore.Stored stored = uploads.store(file, id);
        ImportKind kind = requested != null ? requested : sniff(stored);
        pending.add(new Pending(id, kind, stored));
        vetting.check(kind, stored.path());
      }
      if (!force) refuseDuplicates(pending);
    } catch (RuntimeException | IOException e) {
      for (Pending p : pending) Files.deleteIfExists(p.stored().path());
      throw e;
    }
    String mappingJson =
        JsonMapping.json()
            .createObjectBuilder(new LinkedHashMap<String, Object>(columns))
            .build()
            .toString();
    List<Map<String, Object>> started = new ArrayList<>();
    for (Pending p : pending) {
      Map<String, String> parameters = new LinkedHashMap<>();
      parameters.put("batchId", batchId.toString());
      if (p.kind() == ImportKind.PDF) {
        parameters.put("auctionId", "");
        parameters.put("invoiceId", "");
      } else {
        parameters.put("mapping", mappingJson);
      }
      Map<String, Object> job = start(p.kind(), p.id(), p.stored(), parameters);
      job.put("file_name", p.stored().fileName());
      job.put("type", p.kind().name().toLowerCase(Locale.ROOT));
      started.add(job);
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("batch_id", batchId.toString());
    accepted.put("job_ids", started.stream().map(j -> j.get("job_id")).toList());
    accepted.put("jobs", started);
    return Response.accepted(accepted).build();
  }

  @GET
  @Path("status/{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Status, progress, created items and rejected lines of an import")
  public ImportReport status(
      @PathParam("id") UUID id,
      @QueryParam("items_limit") @DefaultValue("500") int limit,
      @QueryParam("items_offset") @DefaultValue("0") int offset) {
    if (limit < 1 || limit > 5000)
      throw ProblemException.invalid("items_limit", "must be between 1 and 5000");
    if (offset < 0) throw ProblemException.invalid("items_offset", "must not be negative");
    return jobs.report(id, limit, offset);
  }

  private Response submit(
      ImportKind kind, EntityPart file, String mapping, String dryRun, String force)
      throws IOException {
    if (file == null) throw ProblemException.invalid("file", "attach the file to import as 'file'");
    Map<String, String> columns = mapping(mapping);
    UUID id = UUID.randomUUID();
    UploadStore.Stored stored = vetted(kind, uploads.store(file, id));
    if (flag("dry_run", dryRun)) {
      try {
        return Response.ok(
                preview.preview(
                    stored.path(), stored.fileName(), columns, (int) vetting.limits().rowCap()))
            .build();
      } finally {
        Files.deleteIfExists(stored.path());
      }
    }
    String mappingJson =
        JsonMapping.json()
            .createObjectBuilder(new LinkedHashMap<String, Object>(columns))
            .build()
            .toString();
    return launch(kind, id, stored, force, Map.of("mapping", mappingJson));
  }

  private Response launch(
      ImportKind kind,
      UUID id,
      UploadStore.Stored stored,
      String force,
      Map<String, String> parameters)
      throws IOException {
    if (!flag("force", force)) refuseDuplicates(List.of(new Pending(id, kind, stored)));
    ImportSlots.Held held;
    try {
      held = slots.reserve(author(), 1);
    } catch (RuntimeException e) {
      Files.deleteIfExists(stored.path());
      throw e;
    }
    try (held) {
      Map<String, Object> accepted = start(kind, id, stored, parameters);
      return Response.accepted(accepted)
          .location(uri.getBaseUriBuilder().path("import/status").path(id.toString()).build())
          .build();
    }
  }

  /** An upload stored and waiting for its job. */
  private record Pending(UUID id, ImportKind kind, UploadStore.Stored stored) {}

  /**
   * 409 naming the earlier job when a file was imported before, or twice in one request; deletes
   * the uploads of the request then, so nothing of it is kept.
   */
  private void refuseDuplicates(List<Pending> pending) throws IOException {
    Map<String, String> seen = new LinkedHashMap<>();
    for (Pending p : pending) {
      String earlierId =
          jobs.earlierImportOf(p.stored().sha256(), p.kind())
              .map(job -> job.id().toString())
              .orElse(seen.get(p.kind() + p.stored().sha256()));
      if (earlierId != null) {
        for (Pending q : pending) Files.deleteIfExists(q.stored().path());
        boolean sameRequest = seen.containsKey(p.kind() + p.stored().sha256());
        throw ProblemException.conflict(
            (sameRequest
                    ? "The file " + p.stored().fileName() + " is in this upload twice"
                    : "The file "
                        + p.stored().fileName()
                        + " was already imported as job "
                        + earlierId)
                + ". Send force=true to import it again.",
            "job_id",
            earlierId);
      }
      seen.put(p.kind() + p.stored().sha256(), p.id().toString());
    }
  }

  /** The upload, once it passed the checks; deleted when it did not. */
  private UploadStore.Stored vetted(ImportKind kind, UploadStore.Stored stored) throws IOException {
    try {
      vetting.check(kind, stored.path());
      return stored;
    } catch (RuntimeException e) {
      Files.deleteIfExists(stored.path());
      throw e;
    }
  }

  /** Registers the job and starts it: the answer of an accepted upload. */
  private Map<String, Object> start(
      ImportKind kind, UUID id, UploadStore.Stored stored, Map<String, String> parameters) {
    UUID authorId = author();
    String author = authorId == null ? "" : authorId.toString();
    ImportJob job =
        new ImportJob(
            id,
            kind,
            stored.fileName(),
            stored.sha256(),
            stored.path().toString(),
            stored.size(),
            JsonMapping.json()
                .createObjectBuilder(new LinkedHashMap<String, Object>(parameters))
                .build()
                .toString(),
            parameters.containsKey("batchId") ? UUID.fromString(parameters.get("batchId")) : null,
            authorId);
    jobs.register(job);
    long execution;
    try {
      Map<String, String> all = new LinkedHashMap<>(parameters);
      all.put("createdBy", author);
      execution = jobs.launch(job, all);
    } catch (RuntimeException e) {
      jobs.markFailedToStart(id, e.getMessage());
      throw e;
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("job_id", id.toString());
    accepted.put("status", "pending");
    accepted.put("execution_id", execution);
    accepted.put("status_url", "/api/v1/import/status/" + id);
    return accepted;
  }

  /** The signed-in user starting the import, by id; the cap on running imports is theirs. */
  private UUID author() {
    String subject = jwt == null ? null : jwt.getSubject();
    return subject == null || subject.isEmpty() ? null : UUID.fromString(subject);
  }

  /** The kind asked for, or {@code null} to tell each file's kind by its content. */
  private static ImportKind kind(String type) {
    if (type == null || type.isBlank()) return null;
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "pdf" -> ImportKind.PDF;
      case "excel", "xlsx", "xls" -> ImportKind.EXCEL;
      case "csv" -> ImportKind.CSV;
      default -> throw ProblemException.notOneOf("type", type, List.of("pdf", "excel", "csv"));
    };
  }

  /** PDF by its {@code %PDF} signature, Excel by the zip or OLE2 container, anything else CSV. */
  static ImportKind sniff(UploadStore.Stored stored) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (var in = Files.newInputStream(stored.path())) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
      return ImportKind.PDF;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ImportKind.EXCEL;
    }
    if (n >= 8
        && (head[0] & 0xff) == 0xD0
        && (head[1] & 0xff) == 0xCF
        && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0) {
      return ImportKind.EXCEL;
    }
    return ImportKind.CSV;
  }

  private static Map<String, String> mapping(String text) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (text == null || text.isBlank()) return columns;
    try (var reader = JsonMapping.json().createReader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      for (var e : object.entrySet()) {
        if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
          throw ProblemException.invalid(
              "mapping", "map each column name to a field name, as text");
        }
        columns.put(e.getKey(), ((JsonString) e.getValue()).getString());
      }
    } catch (JsonException | ClassCastException e) {
      throw ProblemException.invalid(
          "mapping", "must be a JSON object such as {\"Paid\": \"bid_amount\"}");
    }
    return columns;
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) return false;
    if (value.equalsIgnoreCase("true")) return true;
    if (value.equalsIgnoreCase("false")) return false;
    throw ProblemException.invalid(name, "must be true or false");
  }
}

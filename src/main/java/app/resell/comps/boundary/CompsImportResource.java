package app.resell.comps.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.comps.control.CompsCsv;
import app.resell.comps.control.CompsStore;
import app.resell.inventory.control.ItemFacts;
import app.resell.problems.control.Checks;
import app.resell.problems.control.ProblemException;
import app.resell.tabular.SheetReadException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports sold listings exported from research tools (Terapeak, WorthPoint) or kept in a sheet as
 * comparable sales, at once and in one transaction: such files are small (a few thousand rows), so
 * no batch job is needed. Good rows are stored even when others are rejected; the answer lists
 * every rejected row with its number and reason.
 */
@Path("comps")
@RequestScoped
@Tag(name = "research")
@Produces(MediaType.APPLICATION_JSON)
public class CompsImportResource {

  static final int MAX_ROWS = 20_000;

  @Inject CompsStore comps;
  @Inject ItemFacts items;
  @Inject CurrentUser user;

  @Inject
  @ConfigProperty(name = "resell.comps.import.max-bytes", defaultValue = "5242880")
  long maxBytes;

  /** What an import did. */
  public static class ImportAnswer {
    public UUID lotId;
    public String source;
    public int headerRow;
    public Map<String, String> columns;
    public int imported;
    public int rejected;
    public List<CompsCsv.Rejected> rejectedRows;
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary =
          "Import a csv of sold listings as comparable sales (multipart: file, lot_id, source)",
      description =
          "Headers are recognised by name: Title/Item, Sold Price/Price/Total, Sold Date/Date/End"
              + " Date, URL/Link, Condition, Shipping. lot_id attaches the comps to an item; source"
              + " defaults to 'csv'. At most 5 MB and 20,000 rows (header included). Rejected rows are answered with"
              + " their row number and reason; the others are stored.")
  public ImportAnswer importCsv(
      @FormParam("file") EntityPart file,
      @FormParam("lot_id") String lotIdText,
      @FormParam("source") String sourceText)
      throws IOException {
    Checks checks = new Checks();
    if (file == null) checks.fail("file", "attach the csv as 'file'");
    UUID lotId = checks.id("lot_id", lotIdText);
    String source = sourceText == null || sourceText.isBlank() ? "csv" : sourceText.strip();
    if (source.length() > CompsResource.SOURCE_LENGTH) {
      checks.fail("source", "is longer than " + CompsResource.SOURCE_LENGTH + " characters");
    }
    checks.done();
    if (lotId != null) items.item(lotId);
    java.nio.file.Path tmp = Files.createTempFile("comps-", ".csv");
    try {
      copy(file, tmp);
      CompsCsv.Result result = CompsCsv.read(tmp, source, lotId, MAX_ROWS);
      ImportAnswer a = new ImportAnswer();
      a.lotId = lotId;
      a.source = source;
      a.headerRow = result.headerRow();
      a.columns = result.columns();
      a.imported = comps.importAll(result.comps(), user.id());
      a.rejected = result.rejected().size();
      a.rejectedRows = result.rejected();
      return a;
    } catch (SheetReadException e) {
      throw new ProblemException(
          400, "unreadable-file", "The file cannot be imported", e.getMessage());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void copy(EntityPart file, java.nio.file.Path target) throws IOException {
    long size = 0;
    try (InputStream in = file.getContent();
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > maxBytes) {
          throw ProblemException.tooLarge(
              "The file is larger than the "
                  + (maxBytes / (1024 * 1024))
                  + " MB a comps import may have.");
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) throw ProblemException.invalid("file", "the uploaded file is empty");
  }
}

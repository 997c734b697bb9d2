package app.resell.imports.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.imports.control.ImportConfirmation;
import app.resell.imports.control.ImportJobs;
import app.resell.imports.control.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Confirms the lines OCR read from a scanned invoice, with the user's corrections: only then do
 * they become inventory. Answers the import's status, now completed, with the items created.
 */
@Path("import/{id}/confirm")
@RequestScoped
@RolesAllowed(Role.STAFF_ROLE)
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportConfirmationResource {

  @Inject ImportConfirmation confirmation;
  @Inject ImportJobs jobs;
  @Inject CurrentUser user;

  @POST
  @Operation(
      summary =
          "Confirm a scanned invoice's lines (body {} or {\"lines\": [{\"source_row\": 8,"
              + " \"bid_amount\": 85.00, ...}, {\"source_row\": 9, \"exclude\": true}]}) and create"
              + " its items")
  public ImportReport confirm(@PathParam("id") UUID id, ImportConfirmation.Confirmation body) {
    confirmation.confirm(id, body, user.id());
    return jobs.report(id, ImportJobs.DEFAULT_ITEMS_LIMIT, 0);
  }
}

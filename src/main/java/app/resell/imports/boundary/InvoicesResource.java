package app.resell.imports.boundary;

import app.resell.auth.entity.Role;
import app.resell.imports.control.InvoiceFees;
import app.resell.imports.control.InvoiceViews;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imported auction invoices: what each printed, the fees and credits kept on it, its items, and the
 * switch that capitalises its fees into the items' cost.
 */
@Path("invoices")
@RequestScoped
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

  @Inject InvoiceViews views;
  @Inject InvoiceFees fees;

  /** The switch's body. */
  @Schema(name = "CapitalizeFees")
  public record Capitalize(
      @Schema(
              required = true,
              description = "true spreads the invoice's fees into its items; false takes them back")
          Boolean capitalize) {}

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Imported invoices, newest first")
  public List<InvoiceViews.Summary> list(
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("offset") @DefaultValue("0") int offset)
      throws SQLException {
    if (limit < 1 || limit > 500) throw ProblemException.invalid("limit", "must be 1 to 500");
    if (offset < 0) throw ProblemException.invalid("offset", "must not be negative");
    return views.list(limit, offset);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "An imported invoice: header, printed totals, fees and credits kept on it, and its live"
              + " items with their costs")
  public InvoiceViews.View get(@PathParam("id") UUID id) throws SQLException {
    return views.find(id);
  }

  @PUT
  @Path("{id}/capitalize-fees")
  @RolesAllowed(Role.STAFF_ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Capitalise the invoice's fees into its items' cost ({\"capitalize\": true}: spread by"
              + " hammer into other_fees) or return them to the invoice ({\"capitalize\": false})")
  public InvoiceViews.View capitalize(@PathParam("id") UUID id, Capitalize body)
      throws SQLException {
    if (body == null || body.capitalize() == null) {
      throw ProblemException.invalid("capitalize", "is required: true or false");
    }
    fees.capitalize(id, body.capitalize());
    return views.find(id);
  }
}

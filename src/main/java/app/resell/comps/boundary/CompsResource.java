package app.resell.comps.boundary;

import app.resell.auth.control.CurrentUser;
import app.resell.auth.entity.Role;
import app.resell.comps.control.CompsStatistics;
import app.resell.comps.control.CompsStore;
import app.resell.comps.entity.ComparableSale;
import app.resell.inventory.control.ItemFacts;
import app.resell.problems.control.Checks;
import app.resell.problems.control.ProblemException;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An item's comparable sales: what similar items sold for, kept as research, and what they say the
 * item is worth ({@link CompsStatistics}). Reading needs a viewer, adding and deleting staff. The
 * suggested value is an answer, not an edit: setting the item's estimated value stays the
 * reseller's decision.
 */
@Path("inventory/{id}/comps")
@RequestScoped
@Tag(name = "research")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CompsResource {

  static final int SOURCE_LENGTH = 50;
  static final int URL_LENGTH = 2048;

  @Inject CompsStore comps;
  @Inject ItemFacts items;
  @Inject CurrentUser user;
  @Inject CompsOnItemPage onItemPage;
  @Context UriInfo uri;

  /** A comparable sale to record. */
  public static class NewComp {
    public String source;
    public String title;
    public BigDecimal price;
    public BigDecimal shipping;
    public String soldDate;
    public String url;
    public String condition;
    public String category;
  }

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The item's comparable sales, newest first")
  public List<CompsView.Comp> list(@PathParam("id") UUID lotId) {
    return onItemPage.of(known(lotId));
  }

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Record a comparable sale for the item")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = CompsView.Comp.class)))
  public Response add(@PathParam("id") UUID lotId, NewComp body) {
    if (body == null) throw ProblemException.invalid("body", "send the comparable sale as JSON");
    Checks checks = new Checks();
    String source = body.source == null ? "" : body.source.strip();
    if (source.isEmpty()) checks.fail("source", "is required (e.g. ebay, terapeak, worthpoint)");
    else if (source.length() > SOURCE_LENGTH) {
      checks.fail("source", "is longer than " + SOURCE_LENGTH + " characters");
    }
    String title = body.title == null ? "" : body.title.strip();
    if (title.isEmpty()) checks.fail("title", "is required");
    else if (title.length() > 500) checks.fail("title", "is longer than 500 characters");
    checks.amount("price", body.price, true);
    checks.amount("shipping", body.shipping, false);
    String url = checks.webAddress("url", body.url, URL_LENGTH);
    LocalDate sold = soldDate(checks, body.soldDate);
    String condition = null;
    if (body.condition != null && !body.condition.isBlank()) {
      condition =
          Condition.parse(body.condition)
              .map(Condition::value)
              .orElseGet(
                  () -> {
                    checks.fail(
                        "condition",
                        "'"
                            + body.condition
                            + "' is not allowed; use one of: "
                            + String.join(", ", Condition.allowedValues()));
                    return null;
                  });
    }
    Category category = checks.category("category", body.category);
    checks.done();
    items.item(lotId);
    ComparableSale stored =
        comps
            .add(
                List.of(
                    new ComparableSale(
                        null,
                        lotId,
                        source,
                        title,
                        body.price,
                        body.shipping,
                        sold,
                        url,
                        condition,
                        category == null ? null : category.value(),
                        null)),
                user.id())
            .get(0);
    return Response.created(uri.getAbsolutePathBuilder().path(stored.id().toString()).build())
        .entity(CompsView.Comp.of(stored))
        .build();
  }

  @DELETE
  @Path("{comp_id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Delete one of the item's comparable sales")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") UUID lotId, @PathParam("comp_id") UUID compId) {
    comps.delete(known(lotId), compId);
    return Response.noContent().build();
  }

  @GET
  @Path("summary")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "Median, trimmed mean, range, count and monthly trend of the item's comps",
      description =
          "estimated_value is the suggested value: the median of the last 12 months before as_of"
              + " (default today) when at least 3 comps sold then, else of all comps"
              + " (estimate_basis says which). Prices exclude shipping.")
  public CompsView.Summary summary(@PathParam("id") UUID lotId, @QueryParam("as_of") String asOf) {
    Checks checks = new Checks();
    LocalDate day = asOf == null || asOf.isBlank() ? LocalDate.now() : date(checks, "as_of", asOf);
    checks.done();
    items.item(lotId);
    var sales = comps.forItem(lotId).stream().map(ComparableSale::sale).toList();
    return CompsView.Summary.of(new CompsStatistics().summarize(sales, day), day);
  }

  /** The id of an item that exists; 404 otherwise. */
  private UUID known(UUID lotId) {
    items.item(lotId);
    return lotId;
  }

  private static LocalDate soldDate(Checks checks, String text) {
    if (text == null || text.isBlank()) return null;
    LocalDate day = date(checks, "sold_date", text);
    if (day != null && day.isAfter(LocalDate.now().plusDays(1))) {
      checks.fail("sold_date", "is in the future");
    }
    return day;
  }

  private static LocalDate date(Checks checks, String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      checks.fail(field, "'" + text + "' is not a date (yyyy-mm-dd)");
      return null;
    }
  }
}

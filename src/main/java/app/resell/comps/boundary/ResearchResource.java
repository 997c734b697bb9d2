package app.resell.comps.boundary;

import app.resell.auth.entity.Role;
import app.resell.comps.control.CompsStatistics;
import app.resell.comps.control.CompsStore;
import app.resell.comps.entity.CompSale;
import app.resell.problems.control.Checks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Market research across all items: how the prices and volume of things matching a search moved
 * month by month, from the comparable sales collected and from our own sales. Both series use the
 * comps statistics (median half-up to the cent, least-squares trend of monthly medians).
 */
@Path("research")
@RequestScoped
@Tag(name = "research")
@Produces(MediaType.APPLICATION_JSON)
public class ResearchResource {

  static final int QUERY_LENGTH = 200;

  @Inject CompsStore comps;

  /** The trend of one search. */
  public static class Trends {
    public String query;
    public CompsView.Summary comps;
    public CompsView.Summary ownSales;
  }

  @GET
  @Path("trends")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "Monthly median sold price and volume of comps and own sales matching a search",
      description =
          "q uses web-search syntax (\"phrase\", or, -word) over comp titles and over the name,"
              + " description and keywords of sold items. Comps without a sold date are left out;"
              + " own sales count at their unit price on their UTC day, fully refunded ones not.")
  public Trends trends(@QueryParam("q") String q) {
    Checks checks = new Checks();
    if (q == null || q.isBlank()) checks.fail("q", "is required");
    else if (q.length() > QUERY_LENGTH)
      checks.fail("q", "is longer than " + QUERY_LENGTH + " characters");
    checks.done();
    LocalDate today = LocalDate.now();
    Trends t = new Trends();
    t.query = q.strip();
    t.comps = summary(comps.matchingComps(t.query), today);
    t.ownSales = summary(comps.matchingOwnSales(t.query), today);
    return t;
  }

  private static CompsView.Summary summary(List<CompSale> sales, LocalDate today) {
    return CompsView.Summary.of(new CompsStatistics().summarize(sales, today), today);
  }
}

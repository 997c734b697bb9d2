package app.resell.analytics.boundary;

import app.resell.analytics.control.DashboardQuery;
import app.resell.analytics.entity.Dashboard;
import app.resell.analytics.entity.Period;
import app.resell.auth.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business at a glance; pages open /ws/events to hear when it changed. */
@Path("dashboard")
@RequestScoped
@Tag(name = "analytics")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  @Inject DashboardQuery query;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Totals, categories, platforms, aging, recent activity; date_from/date_to (YYYY-MM-DD,"
              + " UTC days, inclusive) limit acquisitions, listings and sales")
  public Dashboard dashboard(
      @QueryParam("date_from") String dateFrom, @QueryParam("date_to") String dateTo) {
    return query.dashboard(Period.of(dateFrom, dateTo));
  }
}

package app.resell.analytics.boundary;

import app.resell.analytics.control.ReportQueries;
import app.resell.analytics.control.SeasonalForecast;
import app.resell.analytics.control.TaxYearQuery;
import app.resell.analytics.entity.Period;
import app.resell.analytics.entity.Report;
import app.resell.analytics.entity.TaxYear;
import app.resell.auth.entity.Role;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports for the owner and the accountant, each as JSON or, with {@code Accept: text/csv}, as a
 * spreadsheet-safe CSV; the tax year also as PDF. Dates are UTC days, both ends included.
 */
@Path("reports")
@RequestScoped
@Tag(name = "analytics")
@Produces({MediaType.APPLICATION_JSON, "text/csv"})
public class ReportsResource {

  static final List<String> GROUPS = List.of("day", "week", "month");

  @Inject ReportQueries reports;
  @Inject SeasonalForecast seasonal;
  @Inject TaxYearQuery taxYear;

  @GET
  @Path("category-performance")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "Per category: items acquired and invested, sales, fees, profit, ROI, days to sell")
  public Report categoryPerformance(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return reports.categoryPerformance(Period.of(from, to));
  }

  @GET
  @Path("platform-profitability")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Per platform and month: net profit after fees, shipping, refunds and cost")
  public Report platformProfitability(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return reports.platformProfitability(Period.of(from, to));
  }

  @GET
  @Path("aging")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "Unsold items oldest first with age bucket, cost and estimate; min_days filters",
      description =
          "A page of items at a time: limit (500, at most 10,000) and page; total and the"
              + " per-bucket totals cover every match.")
  public Report aging(
      @QueryParam("min_days") String minDays,
      @QueryParam("limit") String limit,
      @QueryParam("page") String page) {
    int size = QueryValues.whole("limit", limit, 500, 1, 10_000);
    int number = QueryValues.whole("page", page, 1, 1, 1_000_000);
    return reports.aging(
        QueryValues.whole("min_days", minDays, 0, 0, Integer.MAX_VALUE),
        size,
        (long) (number - 1) * size);
  }

  @GET
  @Path("sales")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Sales totals per day, ISO week (from Monday) or month")
  public Report sales(
      @QueryParam("date_from") String from,
      @QueryParam("date_to") String to,
      @QueryParam("group_by") String groupBy) {
    String group = groupBy == null || groupBy.isBlank() ? "month" : groupBy.trim();
    if (!GROUPS.contains(group)) throw ProblemException.notOneOf("group_by", groupBy, GROUPS);
    return reports.sales(Period.of(from, to), group);
  }

  @GET
  @Path("seasonal")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Monthly sales and profit by category with year-over-year change and a 3-month forecast"
              + " (formula in forecast_method)")
  public Report seasonal(@QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    return seasonal.report(Period.of(from, to));
  }

  @GET
  @Path("inventory-turnover")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Cost of goods sold / average inventory at cost per category; the last 365 days by"
              + " default")
  public Report inventoryTurnover(
      @QueryParam("date_from") String from, @QueryParam("date_to") String to) {
    Period p = Period.of(from, to);
    LocalDate end = p.to() != null ? p.to() : LocalDate.now(ZoneOffset.UTC);
    LocalDate start = p.from() != null ? p.from() : end.minusDays(364);
    if (start.isAfter(end))
      throw ProblemException.invalid("date_from", "date_from is after date_to");
    return reports.turnover(Period.between(start, end));
  }

  @GET
  @Path("tax-year")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
  @Operation(
      summary = "Schedule C figures of a calendar year (default: last year), JSON, CSV or PDF")
  public TaxYear taxYear(@QueryParam("year") String year) {
    int y = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
    if (year != null && !year.isBlank()) {
      try {
        y = Integer.parseInt(year.trim());
      } catch (NumberFormatException e) {
        throw ProblemException.invalid("year", "not a year: " + year);
      }
      if (y < 1900 || y > 9998) throw ProblemException.invalid("year", "must be 1900 to 9998");
    }
    return taxYear.year(y);
  }
}

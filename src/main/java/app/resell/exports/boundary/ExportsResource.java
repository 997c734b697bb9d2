package app.resell.exports.boundary;

import app.resell.auth.entity.Role;
import app.resell.exports.control.ExportColumn;
import app.resell.exports.control.ExportColumns;
import app.resell.exports.control.Exporter;
import app.resell.locations.control.WebLinks;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inventory exports: a spreadsheet (xlsx or CSV, chosen columns), normalized JSON and a printable
 * PDF report, each over the same filters as the inventory list, and the listing file of the
 * matching items' draft listings on one platform. Everything is checked before the first byte, so a
 * bad parameter is a 400 problem; then the body streams straight from a database cursor, whatever
 * the size. Viewers may export: it reads only.
 */
@Path("export")
@RequestScoped
@Tag(name = "export")
public class ExportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String CSV = "text/csv; charset=UTF-8";

  @Inject Exporter exporter;
  @Inject WebLinks links;

  @GET
  @Path("excel")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces({XLSX, CSV})
  @Operation(
      summary = "The inventory as a spreadsheet (xlsx or csv), streamed",
      description =
          "format: xlsx|csv (default xlsx). columns: comma-separated column names (default: the"
              + " flattened export with per-platform listed/price/url/sold columns and the sale and"
              + " profit figures). Filters as GET /inventory. See docs/EXPORTS.md.")
  public Response excel(
      @BeanParam ExportParameters parameters,
      @QueryParam("format") String format,
      @QueryParam("columns") String columns) {
    String kind =
        format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("xlsx") && !kind.equals("csv")) {
      throw ProblemException.notOneOf("format", format, List.of("xlsx", "csv"));
    }
    List<ExportColumn> chosen = ExportColumns.parse(columns);
    Exporter.Request request = parameters.request(links.base().url());
    StreamingOutput body =
        kind.equals("csv")
            ? out -> exporter.csv(request, chosen, out)
            : out -> exporter.xlsx(request, chosen, out);
    return download(body, kind.equals("csv") ? CSV : XLSX, Exporter.fileName(kind));
  }

  @GET
  @Path("json")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The inventory as normalized JSON: inventory, platform_listings, sales, metadata",
      description =
          "include_deleted: true|false; date_from/date_to: acquisition dates; other filters as"
              + " GET /inventory. metadata comes last, with the count of items written.")
  public Response json(@BeanParam ExportParameters parameters) {
    Exporter.Request request = parameters.request(links.base().url());
    StreamingOutput body = out -> exporter.json(request, out);
    return download(body, MediaType.APPLICATION_JSON, Exporter.fileName("json"));
  }

  @GET
  @Path("pdf")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces("application/pdf")
  @Operation(
      summary = "A printable inventory report with totals",
      description = "Filters as GET /inventory. Lists up to 5,000 items; the totals count all.")
  public Response pdf(@BeanParam ExportParameters parameters) {
    Exporter.Request request = parameters.request();
    StreamingOutput body = out -> exporter.pdf(request, out);
    return download(body, "application/pdf", Exporter.fileName("pdf"));
  }

  @GET
  @Path("listings")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces(CSV)
  @Operation(
      summary = "A bulk-listing file of the items' draft listings on one platform",
      description =
          "platform (required): ebay writes eBay's bulk-upload template (Seller Hub Reports /"
              + " File Exchange: *Action, CustomLabel, *Category left for you, *Title,"
              + " *ConditionID, *StartPrice, *Quantity, *Description, PicURL, *Format, *Duration);"
              + " any other platform a CSV of sku, title, condition, price, quantity, description,"
              + " photo_urls. One line per draft listing on that platform of an item with units on"
              + " hand. Other filters as GET /inventory. See docs/EXPORTS.md.")
  public Response listings(@BeanParam ExportParameters parameters) {
    Exporter.ListingRequest request = parameters.listings(links.base().url());
    StreamingOutput body = out -> exporter.listings(request, out);
    return download(body, CSV, Exporter.listingFileName(request.platform()));
  }

  private static Response download(StreamingOutput body, String type, String fileName) {
    return Response.ok(body, type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}

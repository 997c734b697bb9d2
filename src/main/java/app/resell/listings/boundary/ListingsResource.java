package app.resell.listings.boundary;

import app.resell.auth.entity.Role;
import app.resell.listings.control.BulkListingEdit;
import app.resell.listings.control.ListingFields;
import app.resell.listings.control.ListingSearch;
import app.resell.listings.control.ListingStore;
import app.resell.listings.control.SaleRecorder;
import app.resell.listings.control.SaleRequest;
import app.resell.listings.entity.Listing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Listings across items: the delisting to-do list, edits with optimistic locking (ETag / If-Match
 * or the body's version, as for items), status changes along the lifecycle, and sales. Reads need a
 * viewer, writes staff.
 */
@Path("listings")
@RequestScoped
@Transactional
@Tag(name = "listings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ListingsResource {

  public static final String MERGE_PATCH = "application/merge-patch+json";
  public static final String JSON_PATCH = "application/json-patch+json";

  @Inject ListingStore store;
  @Inject ListingSearch search;
  @Inject SaleRecorder sales;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "Listings of all live items, newest change first",
      description =
          "Filters: needs_delist=true|false (the listings to take down because the item sold out"
              + " elsewhere), platform, status. Paging: page (from 1), limit (50, at most 100).")
  public ListingPage list(
      @QueryParam("needs_delist") String needsDelist,
      @QueryParam("platform") String platform,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    ListingSearch.Filter filter =
        ListingSearch.Filter.parse(needsDelist, platform, status, page, limit);
    ListingSearch.Page found = search.find(filter);
    return new ListingPage(
        found.listings().stream()
            .map(l -> ListingView.of(l).named(found.itemNames().get(l.lotId())))
            .toList(),
        found.total(),
        filter.page(),
        (found.total() + filter.limit() - 1) / filter.limit(),
        filter.limit());
  }

  @PATCH
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Change the listings of many items on one platform at once, all or nothing",
      description =
          "Body: {\"lot_ids\": [...], \"platform\": \"ebay\", \"changes\": {\"list_price\":"
              + " 45.00, \"status\": \"cancelled\", \"reason\": ...}}. Each listing obeys the"
              + " rules of PATCH /listings/{id}; an item without a listing there, or a change one"
              + " listing refuses, refuses the whole edit naming that item.")
  @RequestBody(
      content = {
        @Content(mediaType = MERGE_PATCH, schema = @Schema(ref = "BulkListingEdit")),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkListingEdit"))
      })
  public ListingResults.ListingsChanged bulkPatch(String body) {
    List<ListingView> updated =
        BulkListingEdit.parse(body).applyWith(store).stream().map(ListingView::of).toList();
    return new ListingResults.ListingsChanged(updated.size(), updated);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "A listing; answers an ETag (its version)")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ListingView.class)))
  public Response get(@PathParam("id") UUID id) {
    return answer(store.find(id));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Replace a listing's editable fields",
      description =
          "Fields left out take their defaults; status left out stays. A status change must be"
              + " allowed by the lifecycle (409 with 'allowed' otherwise). Needs If-Match (412"
              + " when stale) or the body's version (409 when stale); 428 without either.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ListingView.class)))
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListingFields.class)))
  public Response update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String body) {
    Listing listing = store.find(id);
    ListingFields fields = ListingFields.replace(listing, body);
    ListingTags.checkVersion(listing, ifMatch, fields.version, true);
    return answer(store.write(listing, fields, "listing_update"));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON, JSON_PATCH})
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Edit a listing with a JSON merge patch (RFC 7396) or a JSON Patch (RFC 6902)",
      description =
          "Merge patch: only the fields sent change; null clears a field; metadata merges key by"
              + " key. JSON Patch: paths name editable fields (or members of /metadata), the same"
              + " rules apply, a failed test is 409. Server-kept fields (sales money, dates,"
              + " needs_delist) are 400. If-Match or the body's version are optional (412 / 409"
              + " when stale).")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ListingView.class)))
  @RequestBody(
      content = {
        @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ListingFields.class)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ListingFields.class)),
        @Content(mediaType = JSON_PATCH, schema = @Schema(ref = "JsonPatch"))
      })
  public Response patch(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Content-Type") String contentType,
      String body) {
    Listing listing = store.find(id);
    boolean jsonPatch =
        contentType != null
            && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(JSON_PATCH);
    ListingFields fields =
        jsonPatch ? ListingFields.jsonPatch(listing, body) : ListingFields.patch(listing, body);
    ListingTags.checkVersion(listing, ifMatch, fields.version, false);
    return answer(store.write(listing, fields, "listing_patch"));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Delete a listing without sales (one with sales is 409: cancel it)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") UUID id) {
    store.delete(store.find(id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/delisted")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "The listing was taken down on its platform",
      description =
          "A listing still offering the item (draft, scheduled, active, pending) becomes"
              + " cancelled; needs_delist is cleared.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ListingView.class)))
  public Response delisted(@PathParam("id") UUID id) {
    return answer(store.delisted(store.find(id)));
  }

  @POST
  @Path("{id}/sale")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Record a sale on an active or pending listing",
      description =
          "Body: sold_price (per unit, required), quantity (1), sold_date (now), shipping_paid"
              + " (by the buyer, 0), actual_shipping (0), platform_fees (computed from the fee"
              + " schedule when left out), sales_tax_collected, buyer_username. Selling the last"
              + " unit marks the listing sold and flags the item's other listings needs_delist."
              + " More units than remain: 409.")
  @APIResponse(
      responseCode = "201",
      description = "Sold",
      content = @Content(schema = @Schema(implementation = SaleView.class)))
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SaleRequest.class)))
  public Response sale(@PathParam("id") UUID listingId, String body) {
    SaleRequest request = SaleRequest.parse(body);
    SaleView sale = SaleView.of(sales.record(listingId, request));
    return Response.status(Response.Status.CREATED).entity(sale).build();
  }

  @GET
  @Path("{id}/sales")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The sales of a listing, newest first")
  public List<SaleView> salesOf(@PathParam("id") UUID id) {
    Listing listing = store.find(id);
    return search.sales("listing_id", listing.id()).stream().map(SaleView::of).toList();
  }

  static Response answer(Listing listing) {
    return Response.ok(ListingView.of(listing))
        .tag(new EntityTag(Long.toString(listing.version())))
        .build();
  }
}

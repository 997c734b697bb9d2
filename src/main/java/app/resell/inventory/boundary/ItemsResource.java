package app.resell.inventory.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.control.ItemFields;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemPatcher;
import app.resell.inventory.control.ItemSearch;
import app.resell.inventory.control.ItemStore;
import app.resell.inventory.control.ItemThumbnails;
import app.resell.inventory.entity.Item;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The inventory: items, their search, edits with optimistic locking (ETag / If-Match or the body's
 * version), JSON Patch, bulk edits, soft and permanent deletion and box-lot splitting. Reads need a
 * viewer, writes staff, permanent deletion an admin. Every change is audited by {@link ItemStore}.
 */
@Path("inventory")
@RequestScoped
@Transactional
@Tag(name = "inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

  public static final String JSON_PATCH = "application/json-patch+json";
  public static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject ItemStore store;
  @Inject ItemSearch search;
  @Inject ItemPages pages;
  @Inject ItemThumbnails thumbnails;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Add an item; a missing category or condition is suggested")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response create(@Valid @NotNull ItemRequests.NewItem request) {
    Item item =
        store.create(request, !Boolean.FALSE.equals(request.autoCategorize), request.reason);
    return Response.created(uri.getAbsolutePathBuilder().path(item.lotId().toString()).build())
        .tag(ItemTags.of(item))
        .entity(ItemView.of(item))
        .build();
  }

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "List, filter, search and sort items",
      description =
          "search uses web-search syntax (\"phrase\", or, -word) with prefix matching. sort:"
              + " acquisition_date|value|name|roi|days_listed|cost|relevance; order: asc|desc;"
              + " status: all|listed|unlisted|sold; needs_review: true|false. Page with"
              + " page+limit or with after=next_cursor; a cursor page carries total, pages and"
              + " aggregates only with totals=true. Each item carries thumbnail_url, its first"
              + " photo's thumbnail (null without photos).")
  public ItemPage list(@BeanParam ItemListQuery query) {
    ItemFilter filter = query.filter();
    return ItemPage.of(filter, search.find(filter, query.totals(filter)), thumbnails);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "An item with its photos, listings, activity, price history, comparable sales and"
              + " similar items",
      description =
          "The design's shape: {inventory, photos, listings, activity_log, price_history,"
              + " comparable_sales, similar_items}. The ETag covers the whole page (the item's"
              + " version, a dot, a digest), so a new photo, listing, sale or comp changes it;"
              + " If-None-Match with it answers 304, and If-Match on PUT or PATCH accepts it.")
  @APIResponse(
      responseCode = "200",
      description = "The item page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ItemDetails.class)))
  public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    Item item = store.find(id);
    String body = JsonMapping.jsonb().toJson(pages.of(item));
    EntityTag tag = ItemTags.page(item, body);
    if (ifNoneMatch != null && ItemTags.names(ifNoneMatch, tag)) {
      return Response.notModified(tag).build();
    }
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Replace an item's editable fields",
      description =
          "Needs If-Match (412 when stale) or the body's version (409 when stale); 428 without"
              + " either.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ItemRequests.ItemUpdate request) {
    Item item = store.find(id);
    ItemTags.checkVersion(item, ifMatch, request.version);
    return answer(store.write(item, request, "update", request.reason));
  }

  @PATCH
  @Path("{id}")
  @Consumes({JSON_PATCH, MERGE_PATCH})
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Edit an item with a JSON Patch (RFC 6902) or a JSON merge patch (RFC 7396)",
      description =
          "JSON Patch: paths name editable fields (or /keywords/<index>), a failed test operation"
              + " is 409. Merge patch: only the fields sent change, null clears, keywords is"
              + " replaced whole. Read-only and unknown fields are 400. If-Match is optional (412"
              + " when stale); without it, concurrent patches of one item are applied one after"
              + " the other. ?reason= is recorded with a changed estimated value.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response patch(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("reason") String reason,
      String body) {
    boolean merge =
        contentType != null
            && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MERGE_PATCH);
    JsonArray ops = merge ? null : ItemPatcher.parse(body);
    Item item = forEdit(id, ifMatch);
    ItemFields fields =
        merge
            ? ItemPatcher.merge(ItemFields.of(item), body)
            : ItemPatcher.apply(ItemFields.of(item), ops);
    return answer(store.write(item, fields, "patch", reason));
  }

  /** Without If-Match a patch applies to the item as it is when its turn comes (row lock). */
  private Item forEdit(UUID id, String ifMatch) {
    if (ifMatch == null) return store.findForUpdate(id);
    Item item = store.find(id);
    ItemTags.checkIfMatch(item, ifMatch);
    return item;
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Delete an item (restorable); ?permanent=true removes it and its listings (admin)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") UUID lotId, @QueryParam("permanent") Boolean permanent) {
    if (Boolean.TRUE.equals(permanent)) {
      if (!security.isUserInRole(Role.ADMIN_ROLE)) {
        throw new ProblemException(
            403, "forbidden", "Not allowed", "Only an admin may delete items permanently.");
      }
      store.purge(store.findAny(lotId));
    } else {
      store.softDelete(store.find(lotId));
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/restore")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Bring back a deleted item")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response restore(@PathParam("id") UUID id) {
    return answer(store.restore(store.findAny(id)));
  }

  private Response answer(Item item) {
    return Response.ok(ItemView.of(item, search.money(item.lotId())))
        .tag(ItemTags.of(item))
        .build();
  }
}

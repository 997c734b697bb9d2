package app.resell.inventory.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.control.ItemFields;
import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemPatcher;
import app.resell.inventory.control.ItemSearch;
import app.resell.inventory.control.ItemStore;
import app.resell.inventory.entity.Item;
import app.resell.locations.control.LabelSheet;
import app.resell.locations.control.WebLinks;
import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

  @Inject ItemStore store;
  @Inject ItemSearch search;
  @Inject WebLinks links;
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
        .tag(etagValue(item))
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
              + " aggregates only with totals=true.")
  public ItemPage list(
      @QueryParam("page") String page,
      @QueryParam("limit") String limit,
      @QueryParam("after") String after,
      @QueryParam("search") String text,
      @QueryParam("category") String category,
      @QueryParam("condition") String condition,
      @QueryParam("storage_location") String storageLocation,
      @QueryParam("storage_bin") String storageBin,
      @QueryParam("status") String status,
      @QueryParam("platform") String platform,
      @QueryParam("min_roi") String minRoi,
      @QueryParam("max_days_listed") String maxDaysListed,
      @QueryParam("acquired_from") String acquiredFrom,
      @QueryParam("acquired_to") String acquiredTo,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order,
      @QueryParam("needs_review") String needsReview,
      @QueryParam("totals") Boolean totals) {
    ItemFilter filter =
        ItemFilter.parse(
                page,
                limit,
                after,
                text,
                category,
                condition,
                storageLocation,
                storageBin,
                status,
                platform,
                minRoi,
                maxDaysListed,
                acquiredFrom,
                acquiredTo,
                sort,
                order)
            .withNeedsReview(needsReview);
    return ItemPage.of(filter, search.find(filter, withTotals(totals, filter)));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "An item with its listings, activity, price history, comparable sales and similar items",
      description = "Answers an ETag (the version); If-None-Match with it answers 304.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    Item item = store.find(id);
    if (ifNoneMatch != null && matches(item, ifNoneMatch)) {
      return Response.notModified(etagValue(item)).build();
    }
    String view = JsonMapping.jsonb().toJson(ItemView.of(item, search.money(item.lotId())));
    String body = view.substring(0, view.lastIndexOf('}')) + "," + search.related(item) + "}";
    return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(etagValue(item)).build();
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
    if (ifMatch != null) {
      checkIfMatch(item, ifMatch);
    } else if (request.version != null) {
      if (request.version != item.version()) {
        throw ProblemException.conflict(
            "Item "
                + item.lotId()
                + " is at version "
                + item.version()
                + ", not "
                + request.version
                + ": someone changed it. Reload and try again.");
      }
    } else {
      throw new ProblemException(
          428,
          "precondition-required",
          "Version required",
          "Send the version you read, as If-Match: \"<version>\" or as version in the body");
    }
    return answer(store.write(item, request, "update", request.reason));
  }

  @PATCH
  @Path("{id}")
  @Consumes(JSON_PATCH)
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Edit an item with a JSON Patch (RFC 6902)",
      description =
          "Paths name editable fields (or /keywords/<index>); read-only fields are 400. A failed"
              + " test operation is 409. If-Match is optional (412 when stale); without it,"
              + " concurrent patches of one item are applied one after the other. ?reason= is"
              + " recorded with a changed estimated value.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ItemView.class)))
  public Response patch(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("reason") String reason,
      String body) {
    JsonArray ops = ItemPatcher.parse(body);
    // without If-Match the patch applies to the item as it is when its turn comes
    Item item = ifMatch != null ? store.find(id) : store.findForUpdate(id);
    if (ifMatch != null) checkIfMatch(item, ifMatch);
    ItemFields patched = ItemPatcher.apply(ItemFields.of(item), ops);
    return answer(store.write(item, patched, "patch", reason));
  }

  @PATCH
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Apply one JSON Patch to many items, all or nothing",
      description = "Body: {\"ids\": [...], \"patch\": [operations], \"reason\": optional}")
  @RequestBody(
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkPatch")))
  public BulkResult bulkPatch(String body) {
    JsonObject request;
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.invalid("body", "must be an object with ids and patch");
    }
    if (!(request.get("ids") instanceof JsonArray idArray) || idArray.isEmpty()) {
      throw ProblemException.invalid("ids", "must be a non-empty array of item ids");
    }
    if (idArray.size() > 500) throw ProblemException.invalid("ids", "at most 500 items at once");
    LinkedHashSet<UUID> ids = new LinkedHashSet<>();
    for (JsonValue value : idArray) {
      if (!(value instanceof JsonString text)) {
        throw ProblemException.invalid("ids", "must hold item ids as strings");
      }
      ids.add(QueryValues.requiredId("ids", text.getString()));
    }
    if (!(request.get("patch") instanceof JsonArray ops)) {
      throw ProblemException.invalid("patch", "must be a JSON Patch array (RFC 6902)");
    }
    ItemPatcher.validate(ops);
    String reason = request.getString("reason", null);
    List<ItemView> updated = new ArrayList<>();
    for (UUID lotId : ids) {
      Item item = store.find(lotId);
      try {
        ItemFields patched = ItemPatcher.apply(ItemFields.of(item), ops);
        updated.add(ItemView.of(store.write(item, patched, "bulk_patch", reason)));
      } catch (ProblemException e) {
        throw new ProblemException(
            e.status(), e.slug(), e.title(), "Item " + lotId + ": " + e.getMessage(), e.errors());
      } catch (ConstraintViolationException e) {
        List<Problem.FieldError> errors =
            e.getConstraintViolations().stream()
                .map(
                    v ->
                        new Problem.FieldError(
                            v.getPropertyPath()
                                .toString()
                                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                                .toLowerCase(java.util.Locale.ROOT),
                            v.getMessage()))
                .toList();
        throw new ProblemException(
            400,
            "validation",
            "Some values are not valid",
            "Item " + lotId + ": " + errors.get(0).field() + ": " + errors.get(0).message(),
            errors);
      }
    }
    return new BulkResult(updated.size(), updated);
  }

  /** What a bulk edit changed. */
  public record BulkResult(int updated, List<ItemView> items) {}

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

  @POST
  @Path("{id}/split")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Split a box lot into items",
      description =
          "Each cost component of the lot is allocated to the pieces by estimated value (equally"
              + " when none is given), exact to the cent. The lot is then soft-deleted (action"
              + " 'split'), so its cost is counted once, in its pieces.")
  @APIResponse(
      responseCode = "201",
      description = "Split",
      content = @Content(schema = @Schema(implementation = SplitResult.class)))
  public Response split(@PathParam("id") UUID id, @Valid @NotNull ItemRequests.Split request) {
    Item lot = store.find(id);
    List<ItemView> pieces =
        store.split(lot, request.items, request.reason).stream().map(ItemView::of).toList();
    return Response.status(Response.Status.CREATED)
        .entity(new SplitResult(lot.lotId(), pieces))
        .build();
  }

  @GET
  @Path("{file: labels(\\.pdf)?}")
  @Produces("application/pdf")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Avery 5160 labels (PDF, at labels.pdf or labels) for items: ?ids=<id>,<id>...; the QR"
              + " opens the item in the web UI")
  public Response labels(@QueryParam("ids") String ids) {
    if (ids == null || ids.isBlank()) throw ProblemException.invalid("ids", "is required");
    List<UUID> wanted = new ArrayList<>();
    for (String id : ids.split(",")) wanted.add(QueryValues.requiredId("ids", id));
    if (wanted.size() > 300) throw ProblemException.invalid("ids", "at most 300 labels at once");
    List<LabelSheet.Label> labels = new ArrayList<>();
    for (UUID id : wanted) {
      Item item = store.find(id);
      String where =
          item.storageLocation() == null
              ? ""
              : item.storageLocation()
                  + (item.storageBin() == null ? "" : " / " + item.storageBin());
      labels.add(
          new LabelSheet.Label(
              links.item(item.lotId()),
              item.sku() != null ? item.sku() : item.itemName(),
              item.sku() != null ? item.itemName() : where));
    }
    return Response.ok(LabelSheet.pdf(labels), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"item-labels.pdf\"")
        .build();
  }

  /** The items a lot was split into. */
  public record SplitResult(UUID parentLotId, List<ItemView> items) {}

  private Response answer(Item item) {
    return Response.ok(ItemView.of(item, search.money(item.lotId()))).tag(etagValue(item)).build();
  }

  private static boolean matches(Item item, String header) {
    String current = ItemView.etag(item.version());
    for (String tag : header.split(",")) {
      String t = tag.trim();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.equals("*") || t.equals(current)) return true;
    }
    return false;
  }

  private static void checkIfMatch(Item item, String ifMatch) {
    String current = ItemView.etag(item.version());
    if (matches(item, ifMatch)) return;
    throw ProblemException.preconditionFailed(
        "Item "
            + item.lotId()
            + " is at "
            + current
            + ", not "
            + ifMatch.trim()
            + ": someone changed it. Reload and try again.");
  }

  private static jakarta.ws.rs.core.EntityTag etagValue(Item item) {
    return new jakarta.ws.rs.core.EntityTag(Long.toString(item.version()));
  }

  /** Totals by default on numbered pages, on cursor pages only when asked. */
  private static boolean withTotals(Boolean asked, ItemFilter filter) {
    return asked != null ? asked : filter.after() == null;
  }
}

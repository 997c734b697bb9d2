package app.resell.inventory.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.control.BulkPatch;
import app.resell.inventory.control.ItemFields;
import app.resell.inventory.control.ItemLabels;
import app.resell.inventory.control.ItemPatcher;
import app.resell.inventory.control.ItemStore;
import app.resell.inventory.entity.Item;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Work on many items at once, under the same path as the inventory ({@link ItemsResource}): one
 * JSON Patch applied to a set of items, all or nothing, their label sheet, and a box lot split into
 * its pieces.
 */
@Path("inventory")
@RequestScoped
@Transactional
@Tag(name = "inventory")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ManyItemsResource {

  @Inject ItemStore store;
  @Inject ItemLabels labels;

  @PATCH
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Apply one JSON Patch to many items, all or nothing",
      description = "Body: {\"ids\": [...], \"patch\": [operations], \"reason\": optional}")
  @RequestBody(
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkPatch")))
  public ItemResults.Bulk bulkPatch(String body) {
    BulkPatch bulk = BulkPatch.parse(body);
    List<ItemView> updated = new ArrayList<>();
    for (UUID lotId : bulk.ids()) {
      Item item = store.find(lotId);
      try {
        ItemFields patched = ItemPatcher.apply(ItemFields.of(item), bulk.ops());
        updated.add(ItemView.of(store.write(item, patched, "bulk_patch", bulk.reason())));
      } catch (ProblemException | ConstraintViolationException e) {
        throw BulkPatch.refusedFor(item.itemName(), e);
      }
    }
    return new ItemResults.Bulk(updated.size(), updated);
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
    return Response.ok(labels.pdf(ids), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"item-labels.pdf\"")
        .build();
  }

  @POST
  @Path("{id}/split/preview")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "What splitting a box lot would create, without splitting it",
      description =
          "The same body and checks as POST /inventory/{id}/split; answers each piece's share of"
              + " every cost component, exactly as the split would allocate it. Nothing is"
              + " written.")
  public ItemResults.SplitPreview previewSplit(
      @PathParam("id") UUID id, @Valid @NotNull ItemRequests.Split request) {
    Item lot = store.find(id);
    return ItemResults.SplitPreview.of(lot, store.planSplit(lot, request.items));
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
      content = @Content(schema = @Schema(implementation = ItemResults.Split.class)))
  public Response split(@PathParam("id") UUID id, @Valid @NotNull ItemRequests.Split request) {
    Item lot = store.find(id);
    List<ItemView> pieces =
        store.split(lot, request.items, request.reason).stream().map(ItemView::of).toList();
    return Response.status(Response.Status.CREATED)
        .entity(new ItemResults.Split(lot.lotId(), pieces))
        .build();
  }
}

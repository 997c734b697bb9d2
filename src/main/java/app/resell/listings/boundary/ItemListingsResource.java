package app.resell.listings.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.entity.Item;
import app.resell.listings.control.ListingFields;
import app.resell.listings.control.ListingStore;
import app.resell.listings.entity.Listing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An item's listings, one per platform. A root resource of its own under the item's address (its
 * full path, so that JAX-RS never picks it for the item's other addresses), which keeps the
 * inventory resource about items.
 */
@Path("inventory/{id}/listings")
@RequestScoped
@Transactional
@Tag(name = "listings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ItemListingsResource {

  @Inject ListingStore store;
  @Inject ListingsOnItemPage onItemPage;
  @Context UriInfo uri;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The item's listings, oldest first")
  public List<ListingView> list(@PathParam("id") UUID id) {
    Item item = store.item(id);
    return onItemPage.of(item.lotId());
  }

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "List the item on a platform",
      description =
          "platform is required (platform_name too for 'other'); status starts as not_listed,"
              + " draft, scheduled (with scheduled_date) or active. A second listing on the same"
              + " platform is 409 naming the existing one in related.existing_listing.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ListingView.class)))
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ListingFields.class)))
  public Response create(@PathParam("id") UUID id, String body) {
    Item item = store.item(id);
    Listing listing = store.create(item, ListingFields.create(body));
    return Response.created(
            uri.getBaseUriBuilder().path("listings").path(listing.id().toString()).build())
        .tag(new EntityTag(Long.toString(listing.version())))
        .entity(ListingView.of(listing))
        .build();
  }
}

package app.resell.inventory.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.control.ItemsByLocation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The items kept in a storage location: served by the inventory, which knows where items are. */
@Path("locations/{id}/items")
@RequestScoped
@Transactional
@Tag(name = "locations")
@Produces(MediaType.APPLICATION_JSON)
public class LocationItemsResource {

  @Inject ItemsByLocation items;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The items kept in a location or any location below it (at most 1,000)")
  public List<ItemView> list(@PathParam("id") UUID id) {
    return items.within(id).stream().map(ItemView::of).toList();
  }
}

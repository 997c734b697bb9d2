package app.resell.listings.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.entity.Item;
import app.resell.listings.control.ListingSearch;
import app.resell.listings.control.ListingStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sales of an item on all its listings. */
@Path("inventory/{id}/sales")
@RequestScoped
@Tag(name = "listings")
@Produces(MediaType.APPLICATION_JSON)
public class ItemSalesResource {

  @Inject ListingStore store;
  @Inject ListingSearch search;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The item's sales on all its listings, newest first")
  public List<SaleView> sales(@PathParam("id") UUID id) {
    Item item = store.item(id);
    return search.sales("lot_id", item.lotId()).stream().map(SaleView::of).toList();
  }
}

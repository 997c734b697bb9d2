package app.resell.inventory.boundary;

import app.resell.auth.entity.Role;
import app.resell.inventory.entity.Item;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The yardstick of the item page's throughput benchmark (bench/run): the least a JAX-RS endpoint of
 * this WAR can do to answer an item, {@code em.find} and the item's own fields as JSON, next to
 * which {@code GET /inventory/{id}} (money, listings, activity, similar items) is measured.
 *
 * <p>Absent in production: unless {@code resell.bench.endpoints=true} (default false) every request
 * answers 404 exactly like an unknown path, and it is hidden from the API documentation. Even when
 * enabled it needs a signed-in viewer, like the endpoint it is compared with.
 */
@Path("bench/inventory")
@ApplicationScoped
@RolesAllowed(Role.VIEWER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class BenchItemsResource {

  @Inject
  @ConfigProperty(name = "resell.bench.endpoints", defaultValue = "false")
  boolean enabled;

  @PersistenceContext EntityManager em;

  @GET
  @Path("{id}")
  @Operation(hidden = true)
  public ItemView get(@PathParam("id") UUID id) {
    if (!enabled) throw new NotFoundException();
    Item item = em.find(Item.class, id);
    if (item == null) throw new NotFoundException();
    return ItemView.of(item);
  }
}

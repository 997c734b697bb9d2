package app.resell.webhooks.boundary;

import app.resell.auth.entity.Role;
import app.resell.problems.control.QueryValues;
import app.resell.webhooks.control.WebhookStore;
import app.resell.webhooks.entity.Webhook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhooks for admins: subscribe a URL to events (item.sold, item.needs_delist, import.completed,
 * import.failed, alert.raised); deliveries are signed, retried and logged (docs/ANALYTICS.md).
 */
@Path("webhooks")
@RequestScoped
@Tag(name = "webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class WebhooksResource {

  @Inject WebhookStore store;
  @Context UriInfo uri;

  @GET
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "Every webhook (secrets are never shown again)")
  public List<Webhook> list() {
    return store.all();
  }

  @POST
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "Subscribe a URL; the answer shows the signing secret, once")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Webhook.class)))
  public Response create(Webhook request) {
    Webhook created = store.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "A webhook")
  public Webhook get(@PathParam("id") UUID id) {
    return store.find(id);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "Unsubscribe; its pending deliveries are dropped")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") UUID id) {
    store.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @RolesAllowed(Role.ADMIN_ROLE)
  @Operation(summary = "The delivery log, newest first: attempts, status code, error, next attempt")
  public List<Map<String, Object>> deliveries(
      @PathParam("id") UUID id, @QueryParam("limit") String limit) {
    return store.deliveries(id, QueryValues.whole("limit", limit, 100, 1, 1000));
  }
}

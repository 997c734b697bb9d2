package app.resell.locations.boundary;

import app.resell.auth.entity.Role;
import app.resell.locations.control.LabelSheet;
import app.resell.locations.control.LocationStore;
import app.resell.locations.control.QrCodes;
import app.resell.locations.control.WebLinks;
import app.resell.locations.entity.StorageLocation;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where items are kept: nested storage locations with short codes and QR labels. */
@Path("locations")
@RequestScoped
@Transactional
@Tag(name = "locations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LocationsResource {

  @Inject LocationStore locations;
  @Inject WebLinks links;
  @Context UriInfo uri;

  /** A location to create or the new state of one. */
  public static class LocationRequest {
    @NotBlank
    @Size(max = 100)
    public String name;

    @Size(max = 16)
    public String code;

    public String parentId;
    public String description;
  }

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "Every storage location (parent_id gives the tree)")
  public List<LocationView> list() {
    return locations.all().stream().map(LocationView::of).toList();
  }

  @GET
  @Path("label-address")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary = "The web address QR labels printed now would open",
      description =
          "RESELL_PUBLIC_URL when set (configured true), else the address this request came to;"
              + " loopback true means a phone cannot open the labels.")
  public WebLinks.Base labelAddress() {
    return links.base();
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "A storage location")
  public LocationView get(@PathParam("id") UUID id) {
    return LocationView.of(locations.find(id));
  }

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Create a storage location; a code is made from the name when none is given")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = LocationView.class)))
  public Response create(@Valid @NotNull LocationRequest request) {
    StorageLocation created =
        locations.create(
            request.name,
            request.code,
            QueryValues.id("parent_id", request.parentId),
            request.description);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(LocationView.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Rename, recode or move a storage location")
  public LocationView update(@PathParam("id") UUID id, @Valid @NotNull LocationRequest request) {
    StorageLocation location = locations.find(id);
    return LocationView.of(
        locations.update(
            location,
            request.name,
            request.code,
            QueryValues.id("parent_id", request.parentId),
            request.description));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(
      summary = "Delete a storage location",
      description =
          "An empty location is deleted; one that still holds items or locations is refused (409)"
              + " unless move_to names another location, where they then move.")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") UUID id, @QueryParam("move_to") String moveTo) {
    locations.delete(locations.find(id), QueryValues.id("move_to", moveTo));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/{file: qr(\\.png)?}")
  @Produces("image/png")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "The location's QR code (PNG, at qr.png or qr); it encodes the web UI address that opens"
              + " the location")
  public Response qr(@PathParam("id") UUID id) {
    StorageLocation location = locations.find(id);
    return Response.ok(QrCodes.png(links.location(location.code()), 300), "image/png").build();
  }

  @GET
  @Path("{file: labels(\\.pdf)?}")
  @Produces("application/pdf")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(
      summary =
          "Avery 5160 labels (PDF, at labels.pdf or labels) with QR codes that open each location:"
              + " ?ids=<id>,<id>... or every location")
  public Response labels(@QueryParam("ids") String ids) {
    List<StorageLocation> chosen;
    if (ids == null || ids.isBlank()) {
      chosen = locations.all();
    } else {
      chosen = new ArrayList<>();
      for (String id : ids.split(","))
        chosen.add(locations.find(QueryValues.requiredId("ids", id)));
      if (chosen.size() > 300) throw ProblemException.invalid("ids", "at most 300 labels at once");
    }
    List<LabelSheet.Label> labels =
        chosen.stream()
            .map(l -> new LabelSheet.Label(links.location(l.code()), l.code(), l.name()))
            .toList();
    return Response.ok(LabelSheet.pdf(labels), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"location-labels.pdf\"")
        .build();
  }
}

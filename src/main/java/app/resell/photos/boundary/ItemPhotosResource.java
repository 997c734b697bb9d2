package app.resell.photos.boundary;

import app.resell.auth.entity.Role;
import app.resell.photos.control.ItemPhotos;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An item's photos: upload (JPEG, PNG or WebP, told by content; stored re-encoded without
 * metadata), list and reorder. Rules and limits: docs/PHOTOS.md. The image and its thumbnails are
 * served by {@link PhotosResource}.
 */
@Path("inventory/{id}/photos")
@RequestScoped
@Transactional(rollbackOn = IOException.class)
@Tag(name = "photos")
@Produces(MediaType.APPLICATION_JSON)
public class ItemPhotosResource {

  @Inject ItemPhotos photos;
  @Context UriInfo uri;

  @POST
  @RolesAllowed(Role.STAFF_ROLE)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Add photos to an item (multipart: one or more file parts)",
      description =
          "JPEG, PNG or WebP, told by content. Each file at most resell.photos.max-bytes (413),"
              + " resell.photos.max-pixels (413), resell.photos.max-per-item an item (409); HEIC"
              + " and other files 415. All or nothing: one refused file keeps none.")
  @APIResponse(
      responseCode = "201",
      description = "The photos added, in their order",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PhotoView[].class)))
  public Response add(@PathParam("id") UUID lotId, List<EntityPart> parts) throws IOException {
    List<EntityPart> files = parts.stream().filter(p -> p.getName().equals("file")).toList();
    List<PhotoView> added = photos.add(lotId, files).stream().map(PhotoView::of).toList();
    return Response.created(uri.getAbsolutePath()).entity(added).build();
  }

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Operation(summary = "The item's photos in their order")
  public List<PhotoView> list(@PathParam("id") UUID lotId) {
    return photos.of(lotId).stream().map(PhotoView::of).toList();
  }

  @PUT
  @Path("order")
  @RolesAllowed(Role.STAFF_ROLE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reorder the item's photos",
      description = "The body is the ids of all the item's photos, each once, first photo first.")
  public List<PhotoView> reorder(@PathParam("id") UUID lotId, @NotNull List<UUID> ids) {
    return photos.reorder(lotId, ids).stream().map(PhotoView::of).toList();
  }
}

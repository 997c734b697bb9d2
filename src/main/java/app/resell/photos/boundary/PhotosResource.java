package app.resell.photos.boundary;

import app.resell.auth.entity.Role;
import app.resell.photos.control.ItemPhotos;
import app.resell.photos.control.PhotoFiles;
import app.resell.photos.control.PhotoLinks;
import app.resell.photos.control.Thumbnails;
import app.resell.photos.entity.Photo;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A photo's image and thumbnails, and its removal. What a photo id serves never changes (the file
 * is named by its content), so answers carry the content hash as a strong ETag and may be kept by
 * the browser for a year; only that browser (private), as they need the same sign-in as the item.
 */
@Path("photos/{id}")
@RequestScoped
@Transactional(rollbackOn = IOException.class)
@Tag(name = "photos")
public class PhotosResource {

  static final String CACHE = "private, max-age=31536000, immutable";

  @Inject ItemPhotos photos;
  @Inject PhotoFiles files;
  @Inject PhotoLinks links;

  @GET
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces({"image/jpeg", "image/png"})
  @Operation(summary = "The photo's image (JPEG or PNG, without metadata)")
  @APIResponse(responseCode = "200", description = "The image")
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  public Response image(
      @PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
    Photo photo = photos.find(id);
    EntityTag tag = new EntityTag(photo.sha256());
    if (names(ifNoneMatch, tag)) return notModified(tag);
    return file(files.imageOf(photo).toFile(), photo.kind().mediaType(), tag);
  }

  @GET
  @Path("shared")
  @PermitAll
  @Produces({"image/jpeg", "image/png"})
  @Operation(
      summary = "The photo's image through a signed link, without signing in",
      description =
          "The links in listing files (eBay's PicURL), for a marketplace to fetch the pictures:"
              + " expires (Unix seconds) and signature come from the link. 403 when the link was"
              + " changed or has expired.")
  @APIResponse(responseCode = "200", description = "The image")
  @APIResponse(responseCode = "403", description = "The link was changed or has expired")
  public Response shared(
      @PathParam("id") UUID id,
      @QueryParam("expires") Long expires,
      @QueryParam("signature") String signature) {
    links.check(id, expires, signature);
    Photo photo = photos.find(id);
    return Response.ok(files.imageOf(photo).toFile(), photo.kind().mediaType())
        .tag(new EntityTag(photo.sha256()))
        .header("Cache-Control", "public, max-age=86400")
        .build();
  }

  @GET
  @Path("thumbnail")
  @RolesAllowed(Role.VIEWER_ROLE)
  @Produces("image/jpeg")
  @Operation(
      summary = "A JPEG thumbnail of the photo, its longer side size pixels",
      description = "size: 160|320|640 (default 320). Made on the first request, then kept.")
  @APIResponse(responseCode = "200", description = "The thumbnail")
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  public Response thumbnail(
      @PathParam("id") UUID id,
      @QueryParam("size") String size,
      @HeaderParam("If-None-Match") String ifNoneMatch)
      throws IOException {
    int pixels = Thumbnails.size(size);
    Photo photo = photos.find(id);
    PhotoFiles.Thumbnail thumbnail = files.thumbnailOf(photo, pixels);
    EntityTag tag = new EntityTag(thumbnail.sha256());
    if (names(ifNoneMatch, tag)) return notModified(tag);
    return Response.ok(thumbnail.bytes(), "image/jpeg")
        .tag(tag)
        .header("Cache-Control", CACHE)
        .build();
  }

  @DELETE
  @RolesAllowed(Role.STAFF_ROLE)
  @Operation(summary = "Remove a photo; the item's other photos close up")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response delete(@PathParam("id") UUID id) throws IOException {
    photos.remove(id);
    return Response.noContent().build();
  }

  private static Response file(File file, String mediaType, EntityTag tag) {
    return Response.ok(file, mediaType).tag(tag).header("Cache-Control", CACHE).build();
  }

  private static Response notModified(EntityTag tag) {
    return Response.notModified(tag).header("Cache-Control", CACHE).build();
  }

  /** Whether an If-None-Match header names the tag (weak tags compare equal for a GET). */
  static boolean names(String header, EntityTag tag) {
    if (header == null) return false;
    for (String t : header.split(",")) {
      t = t.trim();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.equals("*") || t.equals("\"" + tag.getValue() + "\"")) return true;
    }
    return false;
  }
}

package app.resell.photos.boundary;

import app.resell.photos.control.Thumbnails;
import app.resell.photos.entity.Photo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo as the API shows it, with the addresses of its image and default thumbnail. */
public record PhotoView(
    UUID id,
    @Schema(description = "1 for the first photo of the item") int position,
    @Schema(description = "image/jpeg or image/png: what the stored image is") String contentType,
    int width,
    int height,
    @Schema(description = "Size of the stored image in bytes") long bytes,
    @Schema(description = "GET it for the image (needs the same sign-in as the item)") String url,
    @Schema(description = "The 320-pixel thumbnail; size=160|320|640 for the others")
        String thumbnailUrl,
    OffsetDateTime createdAt) {

  public static PhotoView of(Photo photo) {
    String url = photo.path();
    return new PhotoView(
        photo.id(),
        photo.position(),
        photo.kind().mediaType(),
        photo.width(),
        photo.height(),
        photo.bytes(),
        url,
        photo.thumbnailPath(Thumbnails.DEFAULT_SIZE),
        photo.createdAt());
  }
}

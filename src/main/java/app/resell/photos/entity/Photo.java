package app.resell.photos.entity;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A photo of an item, as its {@code photos} row has it: the stored image is the file named by its
 * SHA-256, already re-encoded without metadata, so a row never changes once written (but for its
 * position).
 */
public record Photo(
    UUID id,
    UUID lotId,
    int position,
    ImageKind kind,
    int width,
    int height,
    long bytes,
    String sha256,
    OffsetDateTime createdAt) {

  /** Where the API serves the image, under the server's address (it needs the item's sign-in). */
  public String path() {
    return "/api/v1/photos/" + id;
  }

  /** Where the API serves the thumbnail of this many pixels (160, 320 or 640). */
  public String thumbnailPath(int size) {
    return path() + "/thumbnail?size=" + size;
  }
}

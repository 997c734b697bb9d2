package app.resell.photos.entity;

import java.util.Optional;

/**
 * The image formats a photo may be uploaded in. JPEG and WebP are stored as JPEG, PNG as PNG (it
 * may hold transparency or a drawing that JPEG would blur).
 */
public enum ImageKind {
  JPEG("image/jpeg", "jpg"),
  PNG("image/png", "png"),
  WEBP("image/webp", "webp");

  private final String mediaType;
  private final String extension;

  ImageKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format a photo uploaded in this format is stored in. */
  public ImageKind stored() {
    return this == PNG ? PNG : JPEG;
  }

  public static Optional<ImageKind> ofMediaType(String mediaType) {
    for (ImageKind kind : values()) {
      if (kind.mediaType.equals(mediaType)) return Optional.of(kind);
    }
    return Optional.empty();
  }
}

package app.resell.locations.boundary;

import app.resell.locations.entity.StorageLocation;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A storage location as the API shows it. */
public record LocationView(
    UUID id,
    UUID parentId,
    String name,
    String code,
    String description,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    long version) {

  static LocationView of(StorageLocation l) {
    return new LocationView(
        l.id(),
        l.parentId(),
        l.name(),
        l.code(),
        l.description(),
        l.createdAt(),
        l.updatedAt(),
        l.version());
  }
}

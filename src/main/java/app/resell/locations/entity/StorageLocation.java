package app.resell.locations.entity;

import app.resell.setup.entity.UuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A place where items are kept: a room, a shelf in it, a bin on the shelf. Places nest through
 * {@code parent_id}; each has a short unique code (printed on its label and QR code).
 */
@Entity
@Table(name = "storage_locations")
@NamedQuery(name = StorageLocation.ALL, query = "SELECT l FROM StorageLocation l ORDER BY l.code")
@NamedQuery(
    name = StorageLocation.BY_CODE,
    query = "SELECT l FROM StorageLocation l WHERE l.code = :code")
@NamedQuery(
    name = StorageLocation.CHILDREN,
    query = "SELECT l FROM StorageLocation l WHERE l.parentId = :parent ORDER BY l.code")
public class StorageLocation {

  public static final String ALL = "StorageLocation.all";
  public static final String BY_CODE = "StorageLocation.byCode";
  public static final String CHILDREN = "StorageLocation.children";

  @Id private UUID id;

  @Column(name = "parent_id")
  @Convert(converter = UuidConverter.class)
  private UUID parentId;

  private String name;
  private String code;
  private String description;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected StorageLocation() {}

  public StorageLocation(String name, String code) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.code = code;
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now();
  }

  public void describe(String name, String code, UUID parentId, String description) {
    this.name = name;
    this.code = code;
    this.parentId = parentId;
    this.description = description;
  }

  public UUID id() {
    return id;
  }

  public UUID parentId() {
    return parentId;
  }

  public String name() {
    return name;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

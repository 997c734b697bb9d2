package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.photos.entity.Photo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code photos} rows, the only writer of that table, in the caller's transaction (native SQL
 * on the persistence context's connection, so the item's row lock and these writes commit
 * together). A photo is visible while its item is not deleted.
 */
@ApplicationScoped
public class PhotoStore {

  private static final String COLUMNS =
      "p.id::text, p.lot_id::text, p.position, p.content_type, p.width, p.height, p.bytes,"
          + " p.sha256, p.created_at";

  @PersistenceContext EntityManager em;

  /** An item's photos, first position first; one parameter, the item's id. */
  public static final String OF_ITEM =
      "SELECT " + COLUMNS + " FROM photos p WHERE p.lot_id = CAST(? AS uuid) ORDER BY p.position";

  /** The item's photos, first position first. */
  public List<Photo> ofItem(UUID lotId) {
    return rows(em.createNativeQuery(OF_ITEM).setParameter(1, lotId.toString()).getResultList());
  }

  /** The photos of {@link #OF_ITEM}'s rows over JDBC, in their order; closes the rows. */
  public static List<Photo> rows(ResultSet rows) throws SQLException {
    List<Photo> photos = new ArrayList<>();
    try (ResultSet rs = rows) {
      Object[] r = new Object[rs.getMetaData().getColumnCount()];
      while (rs.next()) {
        for (int i = 0; i < r.length; i++) r[i] = rs.getObject(i + 1);
        photos.add(row(r));
      }
    }
    return photos;
  }

  /**
   * The photos of several items in one query (the listing export asks for a batch of rows at a
   * time), each item's first position first; items without photos are absent.
   */
  public Map<UUID, List<Photo>> ofItems(Collection<UUID> lotIds) {
    return ofLots("SELECT ", lotIds).stream()
        .collect(Collectors.groupingBy(Photo::lotId, LinkedHashMap::new, Collectors.toList()));
  }

  /** The first photo of each of several items in one query (a page of the inventory list). */
  public List<Photo> firstOfItems(Collection<UUID> lotIds) {
    return ofLots("SELECT DISTINCT ON (p.lot_id) ", lotIds);
  }

  private List<Photo> ofLots(String select, Collection<UUID> lotIds) {
    if (lotIds.isEmpty()) return List.of();
    String ids = lotIds.stream().map(UUID::toString).collect(Collectors.joining(","));
    return rows(
        em.createNativeQuery(
                select
                    + COLUMNS
                    + " FROM photos p"
                    + " WHERE p.lot_id = ANY (CAST(string_to_array(?1, ',') AS uuid[]))"
                    + " ORDER BY p.lot_id, p.position")
            .setParameter(1, ids)
            .getResultList());
  }

  /** A photo of an item that is not deleted. */
  public Optional<Photo> find(UUID id) {
    return rows(
            em.createNativeQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM photos p JOIN current_items i ON i.lot_id = p.lot_id"
                        + " WHERE p.id = CAST(?1 AS uuid)")
                .setParameter(1, id.toString())
                .getResultList())
        .stream()
        .findFirst();
  }

  public void insert(UUID id, UUID lotId, int position, PhotoIntake.Prepared image) {
    em.createNativeQuery(
            "INSERT INTO photos (id, lot_id, position, content_type, width, height, bytes, sha256)"
                + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7, ?8)")
        .setParameter(1, id.toString())
        .setParameter(2, lotId.toString())
        .setParameter(3, position)
        .setParameter(4, image.kind().mediaType())
        .setParameter(5, image.width())
        .setParameter(6, image.height())
        .setParameter(7, (long) image.bytes().length)
        .setParameter(8, image.sha256())
        .executeUpdate();
  }

  public void delete(UUID id) {
    em.createNativeQuery("DELETE FROM photos WHERE id = CAST(?1 AS uuid)")
        .setParameter(1, id.toString())
        .executeUpdate();
  }

  public void move(UUID id, int position) {
    em.createNativeQuery("UPDATE photos SET position = ?1 WHERE id = CAST(?2 AS uuid)")
        .setParameter(1, position)
        .setParameter(2, id.toString())
        .executeUpdate();
  }

  /** How many photos show the image with this hash. */
  public long references(String sha256) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM photos WHERE sha256 = ?1")
                .setParameter(1, sha256)
                .getSingleResult())
        .longValue();
  }

  /**
   * Takes turns, until the transaction ends, with every other writer of the file of this hash: a
   * delete that removes the last photo of an image and an upload of the same image never cross.
   */
  public void lockFile(String sha256) {
    em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
        .setParameter(1, Long.parseUnsignedLong(sha256.substring(0, 15), 16))
        .getSingleResult();
  }

  private static List<Photo> rows(List<?> rows) {
    return rows.stream().map(r -> row((Object[]) r)).toList();
  }

  private static Photo row(Object[] r) {
    return new Photo(
        UUID.fromString((String) r[0]),
        UUID.fromString((String) r[1]),
        ((Number) r[2]).intValue(),
        ImageKind.ofMediaType((String) r[3]).orElseThrow(),
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).longValue(),
        (String) r[7],
        r[8] instanceof Timestamp t
            ? t.toInstant().atOffset(ZoneOffset.UTC)
            : ((java.time.OffsetDateTime) r[8]).withOffsetSameInstant(ZoneOffset.UTC));
  }
}

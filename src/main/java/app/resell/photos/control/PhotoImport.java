package app.resell.photos.control;

import app.resell.photos.entity.Photo;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A zip of photos named by SKU or lot id ({@code SKU-123_1.jpg}, {@code <lot id>_2.jpg}) attached
 * to the matching items in name order, answered at once with what became of each file. The zip is
 * checked whole first ({@link PhotoZip}: a hostile zip keeps nothing), then each item's photos are
 * attached in a transaction of their own through {@link ItemPhotos#attachEach}, with the checks and
 * cleaning of a single upload; a refused file (not an image, too large, no room left on the item)
 * is reported and the others are kept. Synchronous, because a zip is bounded by the request size
 * (about 100 MB: a few hundred small photos take a minute at most).
 */
@ApplicationScoped
public class PhotoImport {

  /** A photo made from a file of the zip. */
  public record Attached(String name, UUID lotId, String sku, Photo photo) {}

  /** A file of the zip that was not kept, and why (as an HTTP status and a sentence). */
  public record Refused(String name, int status, String reason) {}

  /** What became of every file of the zip; the unmatched name no item. */
  public record Report(
      List<Attached> attached,
      List<String> unmatched,
      List<Refused> refused,
      List<String> ignored) {}

  private record Match(UUID lotId, String sku) {}

  @Inject PhotoFiles files;
  @Inject PhotoLimits limits;
  @Inject ItemPhotos photos;
  @PersistenceContext EntityManager em;

  public Report attach(InputStream upload) throws IOException {
    Path incoming = files.root().resolve(".incoming");
    Files.createDirectories(incoming);
    Path file = Files.createTempFile(incoming, "import-", ".zip");
    try {
      try (upload) {
        Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
      }
      try (PhotoZip zip = PhotoZip.open(file, limits)) {
        return attach(zip);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private Report attach(PhotoZip zip) throws IOException {
    if (zip.photos().isEmpty()) {
      throw ProblemException.invalid("file", "the zip holds no photos");
    }
    List<PhotoZip.Entry> entries = new ArrayList<>(zip.photos());
    entries.sort(
        Comparator.comparing(
                (PhotoZip.Entry e) -> e.fileName().key(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(PhotoZip.Entry::fileName, PhotoFileName.ORDER)
            .thenComparing(PhotoZip.Entry::name));
    Map<String, Match> items = items(entries);
    Map<Match, List<PhotoZip.Entry>> byItem = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (PhotoZip.Entry entry : entries) {
      Match match = items.get(entry.fileName().key());
      if (match == null) match = items.get(entry.fileName().whole());
      if (match == null) unmatched.add(entry.name());
      else byItem.computeIfAbsent(match, m -> new ArrayList<>()).add(entry);
    }
    List<Attached> attached = new ArrayList<>();
    List<Refused> refused = new ArrayList<>();
    for (String name : zip.unsafe()) {
      refused.add(new Refused(name, 400, "The name reaches outside the zip ('..' or '/')."));
    }
    for (var item : byItem.entrySet()) {
      Match match = item.getKey();
      try {
        for (ItemPhotos.Outcome o : photos.attachEach(match.lotId(), item.getValue())) {
          if (o.photo() != null) {
            attached.add(new Attached(o.source().name(), match.lotId(), match.sku(), o.photo()));
          } else {
            refused.add(
                new Refused(o.source().name(), o.refusal().status(), o.refusal().getMessage()));
          }
        }
      } catch (ProblemException gone) {
        for (PhotoZip.Entry entry : item.getValue()) {
          refused.add(new Refused(entry.name(), gone.status(), gone.getMessage()));
        }
      }
    }
    return new Report(attached, unmatched, refused, zip.ignored());
  }

  /** The items the names may mean, by SKU (as written) and by lot id (lower case), in one query. */
  private Map<String, Match> items(List<PhotoZip.Entry> entries) {
    Set<String> names = new LinkedHashSet<>();
    for (PhotoZip.Entry entry : entries) {
      names.add(entry.fileName().key());
      names.add(entry.fileName().whole());
    }
    String ids =
        names.stream()
            .filter(PhotoImport::isUuid)
            .map(n -> n.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(","));
    String skus =
        names.stream().filter(n -> n.indexOf(31) < 0).collect(Collectors.joining("\u001f"));
    List<?> rows =
        em.createNativeQuery(
                "SELECT lot_id::text, sku FROM current_items"
                    + " WHERE sku = ANY (string_to_array(?1, chr(31)))"
                    + " OR lot_id = ANY (CAST(string_to_array(?2, ',') AS uuid[]))")
            .setParameter(1, skus)
            .setParameter(2, ids)
            .getResultList();
    Map<String, Match> items = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      Match match = new Match(UUID.fromString((String) r[0]), (String) r[1]);
      items.put(match.lotId().toString(), match);
      if (match.sku() != null) items.put(match.sku(), match);
    }
    Map<String, Match> byName = new HashMap<>();
    for (String name : names) {
      Match match = items.get(isUuid(name) ? name.toLowerCase(Locale.ROOT) : name);
      if (match != null) byName.put(name, match);
    }
    return byName;
  }

  private static boolean isUuid(String name) {
    try {
      return UUID.fromString(name).toString().equalsIgnoreCase(name);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

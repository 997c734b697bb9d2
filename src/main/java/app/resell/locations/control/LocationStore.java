package app.resell.locations.control;

import app.resell.locations.entity.StorageLocation;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Storage locations and their tree. Codes are short, upper case and unique; one is made from the
 * name when none is given ("Garage shelf 2" -> "GS2", then "GS2-2" if taken). A location cannot
 * move below itself, and one that still holds sub-locations or items cannot be deleted.
 */
@ApplicationScoped
public class LocationStore {

  private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{0,15}$");

  @PersistenceContext EntityManager em;
  @Inject Event<LocationDeleting> deleting;

  public List<StorageLocation> all() {
    return em.createNamedQuery(StorageLocation.ALL, StorageLocation.class).getResultList();
  }

  /** Whether a location with this id exists. */
  public boolean exists(UUID id) {
    return em.find(StorageLocation.class, id) != null;
  }

  public StorageLocation find(UUID id) {
    StorageLocation location = em.find(StorageLocation.class, id);
    if (location == null) throw ProblemException.notFound("Location", id);
    return location;
  }

  public List<StorageLocation> children(UUID id) {
    return em.createNamedQuery(StorageLocation.CHILDREN, StorageLocation.class)
        .setParameter("parent", id)
        .getResultList();
  }

  public StorageLocation create(String name, String code, UUID parentId, String description) {
    String finalCode = code == null || code.isBlank() ? freeCode(name) : checkedCode(code, null);
    if (parentId != null) find(parentId);
    StorageLocation location = new StorageLocation(name.trim(), finalCode);
    location.describe(name.trim(), finalCode, parentId, description);
    em.persist(location);
    em.flush();
    return location;
  }

  public StorageLocation update(
      StorageLocation location, String name, String code, UUID parentId, String description) {
    String finalCode =
        code == null || code.isBlank() ? location.code() : checkedCode(code, location.id());
    if (parentId != null) {
      find(parentId);
      if (subtree(location.id()).contains(parentId)) {
        throw ProblemException.invalid(
            "parent_id", "a location cannot be placed inside itself or one of its sub-locations");
      }
    }
    location.describe(name.trim(), finalCode, parentId, description);
    em.flush();
    return location;
  }

  /**
   * Deletes a location. Without {@code moveTo} it must be empty (409 naming what it still holds);
   * with it, the locations inside it move under {@code moveTo} and its items move there (through
   * the inventory, which observes {@link LocationDeleting}) before it goes.
   */
  public void delete(StorageLocation location, UUID moveTo) {
    List<StorageLocation> inside = children(location.id());
    if (moveTo == null && !inside.isEmpty()) {
      throw ProblemException.conflict(
          location.label()
              + " still has "
              + count(inside.size(), "location")
              + " inside it. Move "
              + (inside.size() == 1 ? "it" : "them")
              + " elsewhere first, or delete it and move what it holds to another location.");
    }
    StorageLocation target = null;
    if (moveTo != null) {
      target = find(moveTo);
      if (subtree(location.id()).contains(moveTo)) {
        throw ProblemException.invalid(
            "move_to",
            "choose a location outside "
                + location.label()
                + ": what it holds cannot move into itself");
      }
      for (StorageLocation child : inside) child.moveUnder(target.id());
      em.flush();
    }
    deleting.fire(
        new LocationDeleting(
            location.id(),
            location.label(),
            target == null ? null : target.id(),
            target == null ? null : target.label()));
    em.remove(location);
    em.flush();
  }

  /** "3 items", "1 item". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The location and every location below it (recursive CTE). */
  @SuppressWarnings("unchecked")
  public List<UUID> subtree(UUID root) {
    List<Object> ids =
        em.createNativeQuery(
                "WITH RECURSIVE tree AS (SELECT id FROM storage_locations WHERE id = CAST(?1 AS"
                    + " uuid) UNION ALL SELECT l.id FROM storage_locations l JOIN tree t ON"
                    + " l.parent_id = t.id) SELECT CAST(id AS text) FROM tree")
            .setParameter(1, root.toString())
            .getResultList();
    return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
  }

  private String checkedCode(String code, UUID self) {
    String upper = code.trim().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(upper).matches()) {
      throw ProblemException.invalid(
          "code", "must be 1-16 letters, digits or dashes, starting with a letter or digit");
    }
    List<StorageLocation> holders =
        em.createNamedQuery(StorageLocation.BY_CODE, StorageLocation.class)
            .setParameter("code", upper)
            .getResultList();
    if (holders.stream().anyMatch(l -> !l.id().equals(self))) {
      throw ProblemException.conflict(
          "The code " + upper + " is taken by " + holders.get(0).label() + "; choose another");
    }
    return upper;
  }

  private String freeCode(String name) {
    String base = codeFrom(name);
    String candidate = base;
    for (int n = 2; taken(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  private boolean taken(String code) {
    return !em.createNamedQuery(StorageLocation.BY_CODE, StorageLocation.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  /** Initials of the words, digits kept whole: "Garage shelf 12" -> "GS12". */
  static String codeFrom(String name) {
    StringBuilder code = new StringBuilder();
    String ascii =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    for (String word : ascii.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
      if (word.isEmpty()) continue;
      code.append(Character.isDigit(word.charAt(0)) ? word : word.substring(0, 1));
    }
    String text = code.length() == 0 ? "LOC" : code.toString();
    return text.length() > 10 ? text.substring(0, 10) : text;
  }
}

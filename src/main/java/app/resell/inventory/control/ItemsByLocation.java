package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import app.resell.locations.control.LocationDeleting;
import app.resell.locations.control.LocationStore;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The inventory's side of storage locations: the items kept in a location or below it, and the
 * refusal to delete a location that still holds live items. The location feature owns the tree;
 * which items sit where is the inventory's to answer.
 */
@ApplicationScoped
public class ItemsByLocation {

  /** The most items a location's page lists. */
  static final int MOST = 1000;

  @PersistenceContext EntityManager em;
  @Inject LocationStore locations;
  @Inject ItemStore store;

  /** Live items in the location or any location below it, by name, for reading only. */
  public List<Item> within(UUID location) {
    List<UUID> tree = locations.subtree(locations.find(location).id());
    return em.createNamedQuery(Item.IN_LOCATIONS, Item.class)
        .setParameter("locations", tree)
        .setMaxResults(MOST)
        .setHint("eclipselink.read-only", true)
        .getResultList();
  }

  /**
   * A location about to go: its live items move where the person chose (each an audited edit, as a
   * move on the item page), else the deletion is refused while it holds any. Deleted items kept
   * there lose their place with it (the foreign key sets it to null).
   */
  void moveOrRefuse(@Observes LocationDeleting location) {
    if (location.moveTo() == null) {
      long items =
          em.createNamedQuery(Item.COUNT_IN_LOCATION, Long.class)
              .setParameter("location", location.id())
              .getSingleResult();
      if (items > 0) {
        throw ProblemException.conflict(
            location.label()
                + " still holds "
                + LocationStore.count(items, "item")
                + ". Move "
                + (items == 1 ? "it" : "them")
                + " first, or delete the location and move "
                + (items == 1 ? "it" : "them")
                + " to another one.");
      }
      return;
    }
    String reason = "moved from " + location.label() + " when it was deleted";
    for (Item item :
        em.createNamedQuery(Item.IN_LOCATIONS, Item.class)
            .setParameter("locations", List.of(location.id()))
            .getResultList()) {
      ItemFields fields = ItemFields.of(item);
      fields.locationId = location.moveTo().toString();
      store.write(item, fields, "update", reason);
    }
  }
}

package app.resell.inventory.control;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The first photo's thumbnail of each item on a page of the inventory list. Photos are kept by the
 * {@code photos} feature, which depends on inventory, so the list asks through this interface (as
 * the item page does through {@link ItemSection}): one call, and one query, for the whole page.
 */
public interface ItemThumbnails {

  /** The API path of each item's first thumbnail; items without photos are absent. */
  Map<UUID, String> firstOf(Collection<UUID> lotIds);
}

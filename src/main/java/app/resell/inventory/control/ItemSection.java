package app.resell.inventory.control;

import java.util.List;
import java.util.UUID;

/**
 * Records another feature keeps about an item and shows on the item page: listings and sales come
 * from {@code listings}, comparable sales from {@code comps}. Those features depend on inventory,
 * so inventory asks for their records through this interface (CDI finds the implementations)
 * instead of reading their tables.
 */
public interface ItemSection {

  /** The places on the item page another feature fills. */
  enum Slot {
    LISTINGS,
    COMPARABLE_SALES,
    PHOTOS
  }

  Slot slot();

  /** The item's records as the API shows them, in the order the page lists them. */
  List<?> of(UUID lotId);
}

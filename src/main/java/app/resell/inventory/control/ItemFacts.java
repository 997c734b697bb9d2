package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import app.resell.money.entity.ItemCost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What the money tools and comparable sales need to know of an item: its name, category, what it
 * cost and how many units are left. Other features ask here instead of reading the inventory table.
 */
@ApplicationScoped
public class ItemFacts {

  @Inject ItemStore store;

  /** The item's cost facts; 404 when it does not exist or is deleted. */
  public ItemCost item(UUID lotId) {
    Item item = store.find(lotId);
    return new ItemCost(
        lotId,
        item.itemName(),
        item.category() == null ? null : item.category().value(),
        item.totalCost(),
        item.quantity(),
        item.quantitySold());
  }
}

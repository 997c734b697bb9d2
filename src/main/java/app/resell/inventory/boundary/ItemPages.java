package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemRelated;
import app.resell.inventory.control.ItemSearch;
import app.resell.inventory.control.ItemSection;
import app.resell.inventory.entity.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** Puts the item page together: the item with its money, its own records and other features'. */
@ApplicationScoped
public class ItemPages {

  @Inject ItemSearch search;
  @Inject ItemRelated related;
  @Inject @Any Instance<ItemSection> sections;

  public ItemDetails of(Item item) {
    ItemRelated.Related mine = related.of(item);
    return new ItemDetails(
        ItemView.of(item, search.money(item.lotId())),
        section(ItemSection.Slot.PHOTOS, item),
        section(ItemSection.Slot.LISTINGS, item),
        mine.activity(),
        mine.priceHistory(),
        section(ItemSection.Slot.COMPARABLE_SALES, item),
        mine.similar());
  }

  private List<?> section(ItemSection.Slot slot, Item item) {
    for (ItemSection section : sections) {
      if (section.slot() == slot) return section.of(item.lotId());
    }
    return List.of();
  }
}

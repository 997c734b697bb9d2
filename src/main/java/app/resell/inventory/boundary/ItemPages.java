package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemRelated;
import app.resell.inventory.control.ItemSection;
import app.resell.inventory.entity.Item;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the item page together: the item with its money, its own records and other features', all
 * read in one round trip but the sections that read otherwise (listings, through JPA).
 */
@ApplicationScoped
public class ItemPages {

  @Inject ItemRelated related;
  @Inject @Any Instance<ItemSection> sections;

  public ItemDetails of(Item item) {
    List<ItemSection> batched = new ArrayList<>();
    for (ItemSection section : sections) {
      if (section.query() != null) batched.add(section);
    }
    ItemRelated.Related mine = related.of(item, batched);
    return new ItemDetails(
        ItemView.of(item, mine.money()),
        section(ItemSection.Slot.PHOTOS, item, mine),
        section(ItemSection.Slot.LISTINGS, item, mine),
        mine.activity(),
        mine.priceHistory(),
        section(ItemSection.Slot.COMPARABLE_SALES, item, mine),
        mine.similar());
  }

  private List<?> section(ItemSection.Slot slot, Item item, ItemRelated.Related mine) {
    List<?> read = mine.sections().get(slot);
    if (read != null) return read;
    for (ItemSection section : sections) {
      if (section.slot() == slot) return section.of(item.lotId());
    }
    return List.of();
  }
}

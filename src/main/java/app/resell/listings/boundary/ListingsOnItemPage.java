package app.resell.listings.boundary;

import app.resell.inventory.control.ItemSection;
import app.resell.listings.control.ListingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The item page's listings: the same views as {@code GET /inventory/{id}/listings}. */
@ApplicationScoped
public class ListingsOnItemPage implements ItemSection {

  @Inject ListingStore store;

  @Override
  public Slot slot() {
    return Slot.LISTINGS;
  }

  @Override
  public List<ListingView> of(UUID lotId) {
    return store.ofItem(lotId).stream().map(ListingView::of).toList();
  }
}

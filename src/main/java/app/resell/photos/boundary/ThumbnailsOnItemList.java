package app.resell.photos.boundary;

import app.resell.inventory.control.ItemThumbnails;
import app.resell.photos.control.PhotoStore;
import app.resell.photos.control.Thumbnails;
import app.resell.photos.entity.Photo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The inventory list's thumbnails: each item's first photo, the smallest size, in one query. */
@ApplicationScoped
public class ThumbnailsOnItemList implements ItemThumbnails {

  @Inject PhotoStore store;

  @Override
  public Map<UUID, String> firstOf(Collection<UUID> lotIds) {
    return store.firstOfItems(lotIds).stream()
        .collect(Collectors.toMap(Photo::lotId, p -> p.thumbnailPath(Thumbnails.SMALLEST)));
  }
}

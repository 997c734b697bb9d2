package app.resell.photos.boundary;

import app.resell.inventory.control.ItemSection;
import app.resell.photos.control.PhotoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The item page's photos: the same views as {@code GET /inventory/{id}/photos}. They are part of
 * the page's JSON, so a photo added, moved or removed changes the page's ETag.
 */
@ApplicationScoped
public class PhotosOnItemPage implements ItemSection {

  @Inject PhotoStore store;

  @Override
  public Slot slot() {
    return Slot.PHOTOS;
  }

  @Override
  public List<PhotoView> of(UUID lotId) {
    return store.ofItem(lotId).stream().map(PhotoView::of).toList();
  }

  @Override
  public String query() {
    return PhotoStore.OF_ITEM;
  }

  @Override
  public List<PhotoView> read(ResultSet rows) throws SQLException {
    return PhotoStore.rows(rows).stream().map(PhotoView::of).toList();
  }
}

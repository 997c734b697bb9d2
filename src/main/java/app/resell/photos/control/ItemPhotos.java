package app.resell.photos.control;

import app.resell.inventory.control.ItemPurging;
import app.resell.inventory.control.ItemStock;
import app.resell.inventory.control.ItemStore;
import app.resell.photos.entity.Photo;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * An item's photos: adding, reordering and removing them in the caller's transaction, with the
 * item's row locked so positions and the per-item limit hold under concurrent uploads. Uploads are
 * all or nothing: every file is checked and cleaned before the first is kept.
 */
@ApplicationScoped
public class ItemPhotos {

  @Inject ItemStock items;
  @Inject ItemStore inventory;
  @Inject PhotoStore store;
  @Inject PhotoFiles files;
  @Inject PhotoIntake intake;
  @Inject PhotoLimits limits;
  @Inject FileRetirement retirement;

  /** The photos of an item that is not deleted (404 otherwise). */
  public List<Photo> of(UUID lotId) {
    inventory.find(lotId);
    return store.ofItem(lotId);
  }

  public Photo find(UUID id) {
    return store.find(id).orElseThrow(() -> ProblemException.notFound("Photo", id));
  }

  public List<Photo> add(UUID lotId, List<EntityPart> parts) throws IOException {
    if (parts.isEmpty()) throw ProblemException.invalid("file", "attach the photos as 'file'");
    items.lock(lotId);
    int held = store.ofItem(lotId).size();
    if (held + parts.size() > limits.maxPerItem()) {
      throw ProblemException.conflict(
          "The item has "
              + held
              + " photos; "
              + parts.size()
              + " more would pass the "
              + limits.maxPerItem()
              + " an item may have.");
    }
    List<PhotoIntake.Prepared> images = new ArrayList<>();
    for (EntityPart part : parts) images.add(intake.prepare(part));
    List<UUID> ids = new ArrayList<>();
    for (PhotoIntake.Prepared image : images) ids.add(keep(lotId, held + ids.size() + 1, image));
    return store.ofItem(lotId).stream().filter(p -> ids.contains(p.id())).toList();
  }

  /** A file for {@link #attachEach}: its name, and its content each time it is opened. */
  public interface Source {
    String name();

    InputStream open() throws IOException;
  }

  /** What became of one source: the photo it made, or the problem that refused it. */
  public record Outcome(Source source, Photo photo, ProblemException refusal) {}

  /**
   * Adds each source as the item's next photo, in its own transaction (a bulk import attaches item
   * by item, so one item's trouble keeps no other waiting or undone). Unlike {@link #add}, a file
   * that is refused (not an image, too large, or no room left on the item) is answered as such and
   * the others are kept. 404 for an item that is gone.
   */
  @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = IOException.class)
  public List<Outcome> attachEach(UUID lotId, List<? extends Source> sources) throws IOException {
    items.lock(lotId);
    int held = store.ofItem(lotId).size();
    List<Outcome> outcomes = new ArrayList<>();
    for (Source source : sources) {
      if (held >= limits.maxPerItem()) {
        outcomes.add(new Outcome(source, null, full(held)));
        continue;
      }
      try {
        UUID id = keep(lotId, held + 1, intake.prepare(source.open()));
        held++;
        outcomes.add(new Outcome(source, store.find(id).orElseThrow(), null));
      } catch (ProblemException refused) {
        outcomes.add(new Outcome(source, null, refused));
      }
    }
    return outcomes;
  }

  private static ProblemException full(int held) {
    return ProblemException.conflict("The item already has " + held + " photos, the most it may.");
  }

  private UUID keep(UUID lotId, int position, PhotoIntake.Prepared image) throws IOException {
    store.lockFile(image.sha256());
    files.keep(image);
    UUID id = UUID.randomUUID();
    store.insert(id, lotId, position, image);
    return id;
  }

  /** Puts the item's photos in the order of {@code ids}: exactly its photos, each once (400). */
  public List<Photo> reorder(UUID lotId, List<UUID> ids) {
    items.lock(lotId);
    List<Photo> photos = store.ofItem(lotId);
    var held = new HashSet<UUID>(photos.stream().map(Photo::id).toList());
    if (ids.size() != photos.size() || !held.equals(new HashSet<>(ids))) {
      throw ProblemException.invalid(
          "ids", "name each of the item's " + photos.size() + " photos exactly once");
    }
    for (int i = 0; i < ids.size(); i++) store.move(ids.get(i), i + 1);
    return store.ofItem(lotId);
  }

  /** Removes a photo; the others close up, and the file goes when no photo shows it any more. */
  public void remove(UUID id) throws IOException {
    Photo photo = find(id);
    items.lock(photo.lotId());
    store.delete(id);
    int position = 1;
    for (Photo rest : store.ofItem(photo.lotId())) store.move(rest.id(), position++);
    letGo(photo);
  }

  void purging(@Observes ItemPurging item) throws IOException {
    for (Photo photo : store.ofItem(item.lotId())) {
      store.delete(photo.id());
      letGo(photo);
    }
  }

  private void letGo(Photo photo) throws IOException {
    store.lockFile(photo.sha256());
    if (store.references(photo.sha256()) == 0) retirement.retire(photo);
  }
}

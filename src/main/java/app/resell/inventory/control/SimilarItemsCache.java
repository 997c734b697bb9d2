package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import app.resell.inventory.entity.SimilarItem;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The similar items of recently shown item pages, by the item's version: ranking them (full-text
 * rank plus trigram similarity over a few hundred candidates) was the item page's costliest read,
 * and they change with the item's name and category, which change its version. Other items come and
 * go meanwhile, so an entry also expires after {@link #FRESH_SECONDS}: a new twin shows up on a
 * page within that time, a deleted one leaves it.
 */
final class SimilarItemsCache {

  static final long FRESH_SECONDS = 600;

  /** Beyond this many items the cache starts over (a few MB at most). */
  static final int MAX_ITEMS = 20_000;

  private record Entry(long version, long computedAt, List<SimilarItem> items) {}

  private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();

  /** The item's similar items as last ranked for this version, or null when not fresh. */
  List<SimilarItem> of(Item item) {
    Entry e = entries.get(item.lotId());
    if (e == null || e.version() != item.version()) return null;
    if (System.nanoTime() - e.computedAt() > TimeUnit.SECONDS.toNanos(FRESH_SECONDS)) return null;
    return e.items();
  }

  void put(Item item, List<SimilarItem> items) {
    if (entries.size() >= MAX_ITEMS) entries.clear();
    entries.put(item.lotId(), new Entry(item.version(), System.nanoTime(), List.copyOf(items)));
  }
}

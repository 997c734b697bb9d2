package app.resell.imports.control.batch;

import app.resell.auth.control.CurrentUser;
import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.OnExisting;
import app.resell.inventory.control.ExistingItems;
import app.resell.inventory.control.ItemRows;
import app.resell.listings.control.ListingRows;
import app.resell.setup.control.JsonMapping;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a chunk of imported items with their listings and sales, in the chunk's transaction,
 * through the owners' bulk writers: {@link ItemRows} for the items, {@link ListingRows} for their
 * listings and sales. Idempotent (an item's key is the import job and source line; a listing's the
 * item and platform), so a chunk written again after a crash writes nothing twice. A sheet row that
 * is an item already (its lot id or SKU: an export imported back) is not created again: it updates
 * that item or is skipped, as {@code onExisting} says ({@link OnExisting}), and is reported under
 * the job's {@code existing}. A line whose SKU belongs to another item written meanwhile (the same
 * SKU twice in the file) is recorded as rejected.
 */
@Dependent
@Named
public class InventoryRowWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String createdBy;
  @Inject @BatchProperty String onExisting;
  @Inject ImportJobStore store;
  @Inject ExistingItems existing;
  @Inject CurrentUser user;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  @ActivateRequestContext
  public void writeItems(List<Object> chunk) throws Exception {
    user.actFor(createdBy == null || createdBy.isBlank() ? null : UUID.fromString(createdBy));
    UUID job = UUID.fromString(importJobId);
    List<ImportItem> read = chunk.stream().map(ImportItem.class::cast).toList();
    int inserted;
    try (Connection c = dataSource.getConnection()) {
      ChunkCommit.relaxDurability(c);
      List<ImportItem> items = withoutExisting(c, job, read);
      ItemRows.Lines lines = ItemRows.insert(c, job, createdBy, items);
      Map<Integer, ItemRows.Written> written = lines.written();
      inserted = lines.inserted();
      List<ListingRows.ItemListings> listed = new ArrayList<>();
      for (ImportItem item : items) {
        ItemRows.Written row = written.get(item.sourceLine());
        if (row == null) {
          store.rejected(
              job,
              item.sourceLine(),
              item.rawText(),
              "SKU " + item.sku() + " is already used by another item");
        } else if (!item.listings().isEmpty()) {
          listed.add(
              new ListingRows.ItemListings(
                  row.lotId(), row.quantity(), row.totalCost(), item.listings()));
        }
      }
      ItemRows.soldOut(c, ListingRows.insert(c, listed));
    }
    store.reached(job, read.stream().mapToInt(ImportItem::sourceLine).max().orElse(0), inserted);
  }

  /**
   * The rows to create: those that are no item yet. The others update their item or are skipped,
   * and are reported.
   */
  private List<ImportItem> withoutExisting(Connection c, UUID job, List<ImportItem> read)
      throws Exception {
    Map<Integer, ExistingItems.Match> matches = ExistingItems.match(c, read);
    if (matches.isEmpty()) return read;
    OnExisting choice = OnExisting.parse(onExisting);
    List<ImportItem> fresh = new ArrayList<>();
    Map<UUID, ImportItem> byItem = new LinkedHashMap<>();
    for (ImportItem item : read) {
      ExistingItems.Match match = matches.get(item.sourceLine());
      if (match == null) fresh.add(item);
      else byItem.putIfAbsent(match.lotId(), item);
    }
    Set<UUID> changed = Set.of();
    if (choice == OnExisting.UPDATE) {
      List<ExistingItems.Change> changes = new ArrayList<>();
      byItem.forEach((lot, item) -> changes.add(new ExistingItems.Change(lot, item)));
      changed = existing.update(c, changes, "imported from a sheet");
    }
    JsonArrayBuilder rows = JsonMapping.json().createArrayBuilder();
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    for (ImportItem item : read) {
      ExistingItems.Match match = matches.get(item.sourceLine());
      if (match == null) continue;
      String outcome;
      if (choice == OnExisting.SKIP || byItem.get(match.lotId()) != item) {
        outcome = "skipped";
        skipped++;
      } else if (changed.contains(match.lotId())) {
        outcome = "updated";
        updated++;
      } else {
        outcome = "unchanged";
        unchanged++;
      }
      rows.add(
          JsonMapping.json()
              .createObjectBuilder()
              .add("line", item.sourceLine())
              .add("lot_id", match.lotId().toString())
              .add("item_name", match.itemName())
              .add("outcome", outcome));
    }
    store.existing(job, choice.value(), updated, unchanged, skipped, rows.build().toString());
    return fresh;
  }
}

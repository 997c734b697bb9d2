package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.inventory.control.ItemRows;
import app.resell.listings.control.ListingRows;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes a chunk of imported items with their listings and sales, in the chunk's transaction,
 * through the owners' bulk writers: {@link ItemRows} for the items, {@link ListingRows} for their
 * listings and sales. Idempotent (an item's key is the import job and source line; a listing's the
 * item and platform), so a chunk written again after a crash writes nothing twice. A line whose SKU
 * turns out to belong to another item is recorded as rejected.
 */
@Dependent
@Named
public class InventoryRowWriter extends AbstractItemWriter {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String createdBy;
  @Inject ImportJobStore store;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Override
  public void writeItems(List<Object> chunk) throws Exception {
    UUID job = UUID.fromString(importJobId);
    List<ImportItem> items = chunk.stream().map(ImportItem.class::cast).toList();
    int inserted;
    try (Connection c = dataSource.getConnection()) {
      ChunkCommit.relaxDurability(c);
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
    store.reached(job, items.stream().mapToInt(ImportItem::sourceLine).max().orElse(0), inserted);
  }
}

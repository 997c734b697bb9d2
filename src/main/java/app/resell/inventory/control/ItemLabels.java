package app.resell.inventory.control;

import app.resell.inventory.entity.Item;
import app.resell.locations.control.LabelSheet;
import app.resell.locations.control.WebLinks;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Avery 5160 labels for items: the QR opens the item in the web UI, the text is the SKU and name
 * (or the name and where the item is kept).
 */
@ApplicationScoped
public class ItemLabels {

  @Inject ItemStore store;
  @Inject WebLinks links;

  /** The most labels one sheet request may print. */
  static final int MAX_LABELS = 300;

  /**
   * The label sheet of the items named by {@code ids} (comma-separated), in that order; 400 for a
   * malformed list, 404 for an item that does not exist.
   */
  public byte[] pdf(String ids) {
    if (ids == null || ids.isBlank()) throw ProblemException.invalid("ids", "is required");
    List<UUID> lotIds = new ArrayList<>();
    for (String id : ids.split(",")) lotIds.add(QueryValues.requiredId("ids", id));
    if (lotIds.size() > MAX_LABELS) {
      throw ProblemException.invalid("ids", "at most " + MAX_LABELS + " labels at once");
    }
    List<LabelSheet.Label> labels = new ArrayList<>();
    for (UUID id : lotIds) {
      Item item = store.find(id);
      String where =
          item.storageLocation() == null
              ? ""
              : item.storageLocation()
                  + (item.storageBin() == null ? "" : " / " + item.storageBin());
      labels.add(
          new LabelSheet.Label(
              links.item(item.lotId()),
              item.sku() != null ? item.sku() : item.itemName(),
              item.sku() != null ? item.itemName() : where));
    }
    return LabelSheet.pdf(labels);
  }
}

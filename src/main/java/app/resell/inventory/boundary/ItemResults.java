package app.resell.inventory.boundary;

import java.util.List;
import java.util.UUID;

/** The answers of edits that change several items at once. */
public final class ItemResults {

  private ItemResults() {}

  /** What a bulk edit changed. */
  public record Bulk(int updated, List<ItemView> items) {}

  /** The items a lot was split into. */
  public record Split(UUID parentLotId, List<ItemView> items) {}
}

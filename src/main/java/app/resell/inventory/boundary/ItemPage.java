package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemFilter;
import app.resell.inventory.control.ItemSearch;
import app.resell.inventory.control.ItemThumbnails;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of the inventory list with the totals of everything the filters match (not just this
 * page). {@code next_cursor}, when present, fetches the following page with {@code after=}. A
 * cursor page leaves out {@code total}, {@code pages} and {@code aggregates} unless asked with
 * {@code totals=true}: the first page carried them, and recounting every match on each page would
 * make deep paging as slow as the largest result.
 */
public record ItemPage(
    List<ListedItem> items,
    Long total,
    int page,
    Long pages,
    int limit,
    String nextCursor,
    Aggregates aggregates) {

  /**
   * Sums over all matching items; avg_roi averages each item's roi: realized from its sales when it
   * has some, else expected from its estimate (items with neither are left out). What each figure
   * covers is said beside it: total_estimated_value adds the estimated_items that have an estimate,
   * avg_roi averages the roi_items that have a ROI, so "value at estimate" never passes off items
   * without one as worth nothing.
   */
  public record Aggregates(
      BigDecimal totalCost,
      BigDecimal totalEstimatedValue,
      BigDecimal avgRoi,
      long estimatedItems,
      long roiItems) {}

  static ItemPage of(ItemFilter filter, ItemSearch.Page found, ItemThumbnails thumbnails) {
    Map<UUID, String> firsts =
        thumbnails.firstOf(found.rows().stream().map(r -> r.item().lotId()).toList());
    return new ItemPage(
        found.rows().stream()
            .map(r -> ListedItem.of(r.item(), r.money(), firsts.get(r.item().lotId())))
            .toList(),
        found.total(),
        filter.after() == null ? filter.page() : 1,
        found.total() == null ? null : (found.total() + filter.limit() - 1) / filter.limit(),
        filter.limit(),
        found.next() == null ? null : found.next().encode(),
        found.aggregates() == null
            ? null
            : new Aggregates(
                found.aggregates().totalCost(),
                found.aggregates().totalEstimatedValue(),
                found.aggregates().avgRoi(),
                found.aggregates().estimatedItems(),
                found.aggregates().roiItems()));
  }
}

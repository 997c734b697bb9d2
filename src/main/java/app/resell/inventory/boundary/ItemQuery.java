package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemFilter;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inventory list's filter parameters, read once for the list and for every export (which adds
 * its own), and parsed by {@link ItemFilter#parse} so a wrong value answers the same 400 naming the
 * parameter wherever it is sent.
 */
public class ItemQuery {

  @QueryParam("search")
  public String search;

  @QueryParam("category")
  public String category;

  @QueryParam("condition")
  public String condition;

  @QueryParam("storage_location")
  public String storageLocation;

  @QueryParam("storage_bin")
  public String storageBin;

  @QueryParam("status")
  public String status;

  @QueryParam("platform")
  public String platform;

  @QueryParam("min_roi")
  public String minRoi;

  @QueryParam("max_days_listed")
  public String maxDaysListed;

  @QueryParam("acquired_from")
  public String acquiredFrom;

  @QueryParam("acquired_to")
  public String acquiredTo;

  @QueryParam("sort")
  public String sort;

  @QueryParam("order")
  public String order;

  @QueryParam("needs_review")
  public String needsReview;

  /** The filter for one page ({@code page} and {@code limit}, or the cursor {@code after}). */
  public ItemFilter filter(String page, String limit, String after) {
    return filter(page, limit, after, acquiredFrom, acquiredTo);
  }

  /** The filter with the acquisition dates given (an export also reads their other spelling). */
  protected ItemFilter filter(String page, String limit, String after, String from, String to) {
    return ItemFilter.parse(
            page,
            limit,
            after,
            search,
            category,
            condition,
            storageLocation,
            storageBin,
            status,
            platform,
            minRoi,
            maxDaysListed,
            from,
            to,
            sort,
            order)
        .withNeedsReview(needsReview);
  }

  /** The parameters the client set, by name, as sent. */
  public Map<String, String> given() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, "search", search);
    put(m, "category", category);
    put(m, "condition", condition);
    put(m, "storage_location", storageLocation);
    put(m, "storage_bin", storageBin);
    put(m, "status", status);
    put(m, "platform", platform);
    put(m, "min_roi", minRoi);
    put(m, "max_days_listed", maxDaysListed);
    put(m, "acquired_from", acquiredFrom);
    put(m, "acquired_to", acquiredTo);
    put(m, "sort", sort);
    put(m, "order", order);
    put(m, "needs_review", needsReview);
    return m;
  }

  protected static void put(Map<String, String> m, String name, String value) {
    if (value != null && !value.isBlank()) m.put(name, value.strip());
  }
}

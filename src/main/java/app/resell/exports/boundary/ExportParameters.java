package app.resell.exports.boundary;

import app.resell.exports.control.Exporter;
import app.resell.inventory.control.ItemFilter;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inventory list's filter parameters, shared by every export and parsed by {@link
 * ItemFilter#parse} so a wrong value answers exactly as the list does. {@code date_from} and {@code
 * date_to} (the original design's names) are the acquisition dates, like {@code acquired_from} and
 * {@code acquired_to}; giving both spellings is refused.
 */
public class ExportParameters {

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

  @QueryParam("date_from")
  public String dateFrom;

  @QueryParam("date_to")
  public String dateTo;

  @QueryParam("sort")
  public String sort;

  @QueryParam("order")
  public String order;

  @QueryParam("needs_review")
  public String needsReview;

  @QueryParam("include_deleted")
  public String includeDeleted;

  /** The parsed request; every problem is a 400 naming the parameter. */
  Exporter.Request request() {
    String from = either("acquired_from", acquiredFrom, "date_from", dateFrom);
    String to = either("acquired_to", acquiredTo, "date_to", dateTo);
    ItemFilter filter =
        ItemFilter.parse(
                null,
                null,
                null,
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
    boolean deleted = Boolean.TRUE.equals(QueryValues.flag("include_deleted", includeDeleted));
    return new Exporter.Request(filter, deleted, given());
  }

  /** The parameters the client set, by name, for the export's metadata. */
  private Map<String, String> given() {
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
    put(m, "date_from", dateFrom);
    put(m, "date_to", dateTo);
    put(m, "sort", sort);
    put(m, "order", order);
    put(m, "needs_review", needsReview);
    put(m, "include_deleted", includeDeleted);
    return m;
  }

  private static void put(Map<String, String> m, String name, String value) {
    if (value != null && !value.isBlank()) m.put(name, value.strip());
  }

  private static String either(String name, String value, String alias, String aliasValue) {
    boolean a = value != null && !value.isBlank();
    boolean b = aliasValue != null && !aliasValue.isBlank();
    if (a && b) throw ProblemException.invalid(alias, "give either " + name + " or " + alias);
    return a ? value : aliasValue;
  }
}

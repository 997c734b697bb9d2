package app.resell.exports.boundary;

import app.resell.exports.control.Exporter;
import app.resell.inventory.boundary.ItemQuery;
import app.resell.inventory.control.ItemFilter;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.taxonomy.entity.Platform;
import jakarta.ws.rs.QueryParam;
import java.util.Map;

/**
 * The inventory list's filter parameters ({@link ItemQuery}), shared by every export, and the
 * export's own. {@code date_from} and {@code date_to} (the original design's names) are the
 * acquisition dates, like {@code acquired_from} and {@code acquired_to}; giving both spellings is
 * refused.
 */
public class ExportParameters extends ItemQuery {

  @QueryParam("date_from")
  public String dateFrom;

  @QueryParam("date_to")
  public String dateTo;

  @QueryParam("include_deleted")
  public String includeDeleted;

  /** The parsed request; every problem is a 400 naming the parameter. */
  Exporter.Request request() {
    return request(null);
  }

  /** The same, with the server's address for the photo links ({@code photo_urls}, JSON). */
  Exporter.Request request(String photoBase) {
    String from = either("acquired_from", acquiredFrom, "date_from", dateFrom);
    String to = either("acquired_to", acquiredTo, "date_to", dateTo);
    ItemFilter filter = filter(null, null, null, from, to);
    boolean deleted = Boolean.TRUE.equals(QueryValues.flag("include_deleted", includeDeleted));
    return new Exporter.Request(filter, deleted, given(), photoBase);
  }

  /**
   * The listing export's request: {@code platform} is required (it chooses the file and, as in the
   * list, keeps the items with a listing there); deleted items are never offered, so {@code
   * include_deleted=true} is refused rather than ignored.
   */
  Exporter.ListingRequest listings(String photoBase) {
    if (platform == null || platform.isBlank()) {
      throw ProblemException.invalid(
          "platform", "is required; use one of: " + String.join(", ", Platform.allowedValues()));
    }
    Exporter.Request r = request();
    if (r.includeDeleted()) {
      throw ProblemException.invalid("include_deleted", "deleted items cannot be listed");
    }
    return new Exporter.ListingRequest(r.filter(), r.filter().platform(), photoBase);
  }

  /** The parameters the client set, by name, for the export's metadata. */
  @Override
  public Map<String, String> given() {
    Map<String, String> m = super.given();
    put(m, "date_from", dateFrom);
    put(m, "date_to", dateTo);
    put(m, "include_deleted", includeDeleted);
    return m;
  }

  private static String either(String name, String value, String alias, String aliasValue) {
    boolean a = value != null && !value.isBlank();
    boolean b = aliasValue != null && !aliasValue.isBlank();
    if (a && b) throw ProblemException.invalid(alias, "give either " + name + " or " + alias);
    return a ? value : aliasValue;
  }
}

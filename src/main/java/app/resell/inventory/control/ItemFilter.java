package app.resell.inventory.control;

import app.resell.problems.control.Decimals;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The query parameters of the inventory list, parsed and checked by hand (constraints on JAX-RS
 * parameters crash Payara's OpenAPI scanner). Every wrong value is a 400 naming the parameter and,
 * for fixed sets, the allowed values.
 */
public record ItemFilter(
    int page,
    int limit,
    Cursor after,
    String search,
    String tsQuery,
    Category category,
    Condition condition,
    String storageLocation,
    String storageBin,
    Status status,
    Platform platform,
    BigDecimal minRoi,
    Integer maxDaysListed,
    LocalDate acquiredFrom,
    LocalDate acquiredTo,
    Sort sort,
    boolean descending,
    Boolean needsReview) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 100;

  /** Where an item is in its selling life. */
  public enum Status {
    ALL,
    LISTED,
    UNLISTED,
    SOLD;

    static List<String> allowedValues() {
      return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }
  }

  /**
   * The sort keys. Each is a whitelisted SQL expression over the filtered rows (never user text),
   * made null-free so keyset paging can compare it, with the SQL type its cursor value is cast to.
   */
  public enum Sort {
    ACQUISITION_DATE("acquisition_date", "timestamptz"),
    VALUE("COALESCE(estimated_value, -1)", "numeric"),
    NAME("lower(item_name)", "text"),
    ROI("COALESCE(roi, -1000000)", "numeric"),
    DAYS_LISTED("COALESCE(days_listed, -1)", "integer"),
    COST("total_cost", "numeric"),
    RELEVANCE("rank", "real");

    public final String expression;
    public final String sqlType;

    Sort(String expression, String sqlType) {
      this.expression = expression;
      this.sqlType = sqlType;
    }

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }

    static List<String> allowedValues() {
      return Arrays.stream(values()).map(Sort::value).toList();
    }
  }

  /** Where the previous page ended: its last row's sort value and id. */
  public record Cursor(String sortValue, UUID lotId) {

    public String encode() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((sortValue + "|" + lotId).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text) {
      try {
        String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        int cut = plain.lastIndexOf('|');
        return new Cursor(plain.substring(0, cut), UUID.fromString(plain.substring(cut + 1)));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw ProblemException.invalid(
            "after", "is not a cursor this API handed out (use next_cursor)");
      }
    }
  }

  /** Parses raw query parameters (each may be null). */
  public static ItemFilter parse(
      String page,
      String limit,
      String after,
      String search,
      String category,
      String condition,
      String storageLocation,
      String storageBin,
      String status,
      String platform,
      String minRoi,
      String maxDaysListed,
      String acquiredFrom,
      String acquiredTo,
      String sort,
      String order) {
    int pageNumber = QueryValues.whole("page", page, 1, 1, Integer.MAX_VALUE);
    int size = QueryValues.whole("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    String query = blank(search) ? null : search.trim();
    String tsQuery = query == null ? null : SearchText.toTsQuery(query);
    Sort sortKey =
        blank(sort)
            ? (tsQuery != null ? Sort.RELEVANCE : Sort.ACQUISITION_DATE)
            : Arrays.stream(Sort.values())
                .filter(s -> s.value().equals(sort.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ProblemException.notOneOf("sort", sort, Sort.allowedValues()));
    boolean descending;
    if (blank(order)) {
      descending = sortKey != Sort.NAME;
    } else if (order.equalsIgnoreCase("asc") || order.equalsIgnoreCase("desc")) {
      descending = order.equalsIgnoreCase("desc");
    } else {
      throw ProblemException.notOneOf("order", order, List.of("asc", "desc"));
    }
    LocalDate from = date("acquired_from", acquiredFrom);
    LocalDate to = date("acquired_to", acquiredTo);
    if (from != null && to != null && to.isBefore(from)) {
      throw ProblemException.invalid("acquired_to", "is before acquired_from");
    }
    return new ItemFilter(
        pageNumber,
        size,
        blank(after) ? null : Cursor.decode(after.trim()),
        query,
        tsQuery,
        blank(category)
            ? null
            : Category.parse(category)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf("category", category, Category.allowedValues())),
        blank(condition)
            ? null
            : Condition.parse(condition)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf(
                            "condition", condition, Condition.allowedValues())),
        blank(storageLocation) ? null : storageLocation.trim(),
        blank(storageBin) ? null : storageBin.trim(),
        blank(status)
            ? Status.ALL
            : Arrays.stream(Status.values())
                .filter(s -> s.name().equalsIgnoreCase(status.trim()))
                .findFirst()
                .orElseThrow(
                    () -> ProblemException.notOneOf("status", status, Status.allowedValues())),
        blank(platform)
            ? null
            : Platform.parse(platform)
                .orElseThrow(
                    () ->
                        ProblemException.notOneOf("platform", platform, Platform.allowedValues())),
        decimal("min_roi", minRoi),
        blank(maxDaysListed)
            ? null
            : QueryValues.whole("max_days_listed", maxDaysListed, 0, 0, 100_000),
        from,
        to,
        sortKey,
        descending,
        null);
  }

  /** The same filter, keeping only items the classifier flagged for review (or only others). */
  public ItemFilter withNeedsReview(String flag) {
    Boolean needs = QueryValues.flag("needs_review", flag);
    if (needs == null) return this;
    return new ItemFilter(
        page,
        limit,
        after,
        search,
        tsQuery,
        category,
        condition,
        storageLocation,
        storageBin,
        status,
        platform,
        minRoi,
        maxDaysListed,
        acquiredFrom,
        acquiredTo,
        sort,
        descending,
        needs);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static BigDecimal decimal(String name, String text) {
    return Decimals.parse(name, text);
  }

  private static LocalDate date(String name, String text) {
    if (blank(text)) return null;
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(name, "'" + text + "' is not an ISO date like 2024-11-02");
    }
  }
}

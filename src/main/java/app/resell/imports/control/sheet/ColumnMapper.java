package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;

import app.resell.imports.control.sheet.HeaderMatcher.Ambiguity;
import app.resell.imports.control.sheet.HeaderMatcher.Match;
import app.resell.tabular.DateOrder;
import app.resell.tabular.MoneyText;
import app.resell.tabular.RawRow;
import app.resell.tabular.TextDates;
import app.resell.taxonomy.entity.Platform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a header row into "column 3 holds the cost". The user's mapping wins outright. Then each
 * header is matched on its own, and the few headers that mean different things in different sheets
 * are settled by context:
 *
 * <ul>
 *   <li>"Shipping", "Shipping Cost", "Postage": what the reseller paid to get the item in ({@code
 *       shipping_cost}) when the column stands among the purchase columns, what they paid to ship
 *       it out ({@code actual_shipping}) when it stands right of a sale column (sold price, sold
 *       date, platform, fees, list price). Sheets are written left to right in the order things
 *       happen, and this is what that order says.
 *   <li>"Sold": a price when most values below are amounts, else a sale date or a yes flag.
 *   <li>"Listed", "Listed On", "Sold On": the platforms when most values below name platforms, else
 *       a date (or a yes flag): "Sold on 3/5/2024" is a sale date.
 *   <li>Two columns claiming one field: the surer match wins, then the one whose meaning needs no
 *       context, then the leftmost; a second item-name column ("Item" and "Title") becomes the
 *       description, a "Sold" column beside "Sold Price" the sale date. With no item-name column,
 *       "Description" is the item name.
 * </ul>
 */
final class ColumnMapper {

  /** Mapped columns and the headers left out. */
  record Mapping(Map<Integer, ColumnTarget> columns, List<String> unmapped) {}

  private static final Set<String> IGNORE = Set.of("", "ignore", "skip", "none", "-");

  private static final Set<SheetField> SALE_SIDE =
      EnumSet.of(
          PLATFORM,
          SOLD_ON,
          SOLD_PRICE,
          SOLD_DATE,
          PLATFORM_FEES,
          LIST_PRICE,
          SHIPPING_PAID,
          STATUS);

  private ColumnMapper() {}

  static Mapping map(RawRow header, Map<String, String> userMapping, List<RawRow> below) {
    Map<Integer, ColumnTarget> columns = new TreeMap<>();
    List<String> unmapped = new ArrayList<>();
    Map<Integer, Match> claims = new LinkedHashMap<>();
    Set<Integer> userColumns = new HashSet<>();
    for (int col = 0; col < header.cells().size(); col++) {
      String text = header.cell(col);
      if (text.isBlank()) continue;
      if (userMapped(text, userMapping)) {
        userColumns.add(col);
        Optional<ColumnTarget> t = userTarget(text, userMapping);
        if (t.isPresent()) columns.put(col, t.get());
        else unmapped.add(text.strip());
        continue;
      }
      Optional<Match> m = HeaderMatcher.match(text);
      if (m.isPresent()) claims.put(col, m.get());
      else unmapped.add(text.strip());
    }
    int firstSaleColumn = firstSaleColumn(claims);
    List<Integer> order = new ArrayList<>(claims.keySet());
    order.sort(
        Comparator.<Integer>comparingInt(c -> -claims.get(c).confidence())
            .thenComparing(c -> claims.get(c).ambiguity() != Ambiguity.NONE)
            .thenComparingInt(c -> c));
    for (int col : order) {
      Match m = claims.get(col);
      ColumnTarget wanted = settle(m, col, firstSaleColumn, below);
      ColumnTarget placed = place(wanted, m, columns);
      if (placed == null) unmapped.add(header.cell(col).strip());
      else columns.put(col, placed);
    }
    if (!columns.containsValue(ColumnTarget.of(ITEM_NAME))) {
      columns.replaceAll(
          (col, t) -> t.equals(ColumnTarget.of(DESCRIPTION)) ? ColumnTarget.of(ITEM_NAME) : t);
    }
    return new Mapping(columns, unmapped);
  }

  /** Whether the user's mapping names this header (compared without case and punctuation). */
  static boolean userMapped(String header, Map<String, String> userMapping) {
    return userKey(header, userMapping) != null;
  }

  /** Where the user sends this header; empty when they asked for it to be ignored. */
  static Optional<ColumnTarget> userTarget(String header, Map<String, String> userMapping) {
    String key = userKey(header, userMapping);
    return key == null ? Optional.empty() : resolve(userMapping.get(key));
  }

  /**
   * A user-mapping value: a field key ({@code bid_amount}), a per-platform key ({@code etsy_price})
   * or "ignore". Anything else is refused, so a typo does not silently drop data.
   */
  static Optional<ColumnTarget> resolve(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (IGNORE.contains(v)) return Optional.empty();
    Optional<Match> exact = HeaderMatcher.exportName(v);
    if (exact.isPresent()) return Optional.of(exact.get().target());
    throw new IllegalArgumentException(
        "unknown field '" + value + "'; use a field such as item_name, bid_amount, ebay_price");
  }

  private static String userKey(String header, Map<String, String> userMapping) {
    if (userMapping == null || userMapping.isEmpty()) return null;
    String folded = HeaderMatcher.fold(header);
    for (String key : userMapping.keySet()) {
      if (key != null && HeaderMatcher.fold(key).equals(folded) && !folded.isEmpty()) return key;
    }
    return null;
  }

  private static int firstSaleColumn(Map<Integer, Match> claims) {
    int first = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Match> e : claims.entrySet()) {
      Match m = e.getValue();
      boolean sale =
          m.ambiguity() == Ambiguity.SOLD
              || m.ambiguity() == Ambiguity.LISTED
              || m.ambiguity() == Ambiguity.SOLD_ON
              || (m.ambiguity() == Ambiguity.NONE
                  && (!m.target().general() || SALE_SIDE.contains(m.target().field())));
      if (sale) first = Math.min(first, e.getKey());
    }
    return first;
  }

  private static ColumnTarget settle(Match m, int col, int firstSaleColumn, List<RawRow> below) {
    return switch (m.ambiguity()) {
      case NONE -> m.target();
      case SHIPPING -> ColumnTarget.of(col > firstSaleColumn ? ACTUAL_SHIPPING : SHIPPING_COST);
      case SOLD -> ColumnTarget.of(mostlyMoney(col, below) ? SOLD_PRICE : SOLD_DATE);
      case LISTED -> ColumnTarget.of(mostlyPlatforms(col, below) ? PLATFORM : LISTED_DATE);
      case SOLD_ON -> ColumnTarget.of(mostlyPlatforms(col, below) ? SOLD_ON : SOLD_DATE);
    };
  }

  /** The target, or the fallback a losing claim may take, or null when nothing is free. */
  private static ColumnTarget place(
      ColumnTarget wanted, Match m, Map<Integer, ColumnTarget> taken) {
    if (!taken.containsValue(wanted)) return wanted;
    ColumnTarget fallback =
        switch (wanted.field()) {
          case ITEM_NAME -> ColumnTarget.of(DESCRIPTION);
          case SHIPPING_COST ->
              m.ambiguity() == Ambiguity.SHIPPING ? ColumnTarget.of(ACTUAL_SHIPPING) : null;
          case PLATFORM ->
              ColumnTarget.of(m.ambiguity() == Ambiguity.LISTED ? LISTED_DATE : SOLD_ON);
          case SOLD_PRICE -> m.ambiguity() == Ambiguity.SOLD ? ColumnTarget.of(SOLD_DATE) : null;
          default -> null;
        };
    return fallback != null && !taken.containsValue(fallback) ? fallback : null;
  }

  private static boolean mostlyMoney(int col, List<RawRow> below) {
    int money = 0;
    int other = 0;
    for (RawRow r : below) {
      String v = r.cell(col).strip();
      if (v.isEmpty()) continue;
      if (MoneyText.isMoney(v) && TextDates.parse(v, DateOrder.MDY).isEmpty()) money++;
      else other++;
    }
    return money >= other;
  }

  private static boolean mostlyPlatforms(int col, List<RawRow> below) {
    int platforms = 0;
    int other = 0;
    for (RawRow r : below) {
      String v = r.cell(col).strip();
      if (v.isEmpty()) continue;
      boolean named =
          PlatformNames.matchAll(v).stream().anyMatch(p -> p.platform() != Platform.OTHER);
      if (named) platforms++;
      else other++;
    }
    return platforms >= other;
  }
}

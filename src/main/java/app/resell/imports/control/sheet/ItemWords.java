package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a reseller's words for category and condition: plurals and spellings ("Books", "Jewellery",
 * "Glassware"), shop grades ("VG", "NIB", "As is"). A word we do not know gives nothing, and the
 * parser keeps it in the notes rather than guess.
 */
final class ItemWords {

  private static final Map<String, Category> CATEGORIES =
      Map.ofEntries(
          Map.entry("jewellery", Category.JEWELRY),
          Map.entry("jewelery", Category.JEWELRY),
          Map.entry("glassware", Category.GLASS),
          Map.entry("porcelain", Category.CHINA),
          Map.entry("dishes", Category.CHINA),
          Map.entry("dinnerware", Category.CHINA),
          Map.entry("apparel", Category.CLOTHING),
          Map.entry("clothes", Category.CLOTHING),
          Map.entry("toy", Category.TOYS),
          Map.entry("toysgames", Category.TOYS),
          Map.entry("games", Category.TOYS),
          Map.entry("music", Category.MUSICAL),
          Map.entry("instruments", Category.MUSICAL),
          Map.entry("musicalinstruments", Category.MUSICAL),
          Map.entry("records", Category.MUSICAL),
          Map.entry("vinyl", Category.MUSICAL),
          Map.entry("sterling", Category.SILVER),
          Map.entry("silverware", Category.SILVER),
          Map.entry("flatware", Category.SILVER),
          Map.entry("artwork", Category.ART),
          Map.entry("paintings", Category.ART),
          Map.entry("prints", Category.ART),
          Map.entry("antique", Category.ANTIQUES),
          Map.entry("collectible", Category.COLLECTIBLES),
          Map.entry("collectables", Category.COLLECTIBLES),
          Map.entry("sportsmemorabilia", Category.MEMORABILIA),
          Map.entry("linen", Category.LINENS),
          Map.entry("textiles", Category.LINENS),
          Map.entry("tool", Category.TOOLS),
          Map.entry("book", Category.BOOKS),
          Map.entry("coin", Category.COINS),
          Map.entry("stamp", Category.STAMPS),
          Map.entry("electronic", Category.ELECTRONICS),
          Map.entry("misc", Category.OTHER),
          Map.entry("miscellaneous", Category.OTHER));

  private static final Map<String, Condition> CONDITIONS =
      Map.ofEntries(
          Map.entry("new", Condition.MINT),
          Map.entry("nib", Condition.MINT),
          Map.entry("nwt", Condition.MINT),
          Map.entry("mib", Condition.MINT),
          Map.entry("brandnew", Condition.MINT),
          Map.entry("newwithtags", Condition.MINT),
          Map.entry("newinbox", Condition.MINT),
          Map.entry("likenew", Condition.EXCELLENT),
          Map.entry("exc", Condition.EXCELLENT),
          Map.entry("ex", Condition.EXCELLENT),
          Map.entry("nm", Condition.EXCELLENT),
          Map.entry("nearmint", Condition.EXCELLENT),
          Map.entry("vg", Condition.VERY_GOOD),
          Map.entry("g", Condition.GOOD),
          Map.entry("used", Condition.GOOD),
          Map.entry("preowned", Condition.GOOD),
          Map.entry("f", Condition.FAIR),
          Map.entry("p", Condition.POOR),
          Map.entry("damaged", Condition.POOR),
          Map.entry("needsrepair", Condition.RESTORATION),
          Map.entry("restore", Condition.RESTORATION),
          Map.entry("project", Condition.RESTORATION),
          Map.entry("forparts", Condition.PARTS),
          Map.entry("partsonly", Condition.PARTS),
          Map.entry("asis", Condition.PARTS),
          Map.entry("broken", Condition.PARTS),
          Map.entry("untested", Condition.UNKNOWN));

  private ItemWords() {}

  static Optional<Category> category(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    Optional<Category> exact = Category.parse(text);
    if (exact.isPresent()) return exact;
    String key = HeaderMatcher.fold(text);
    Category c = CATEGORIES.get(key);
    if (c != null) return Optional.of(c);
    for (Category candidate : Category.values()) {
      String v = candidate.value();
      if (key.equals(v + "s") || (v.endsWith("s") && key.equals(v.substring(0, v.length() - 1)))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static Optional<Condition> condition(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    Optional<Condition> exact = Condition.parse(text);
    if (exact.isPresent()) return exact;
    String key = HeaderMatcher.fold(text);
    Condition c = CONDITIONS.get(key);
    if (c != null) return Optional.of(c);
    for (Condition candidate : Condition.values()) {
      if (key.equals(candidate.value().replace("_", ""))) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}

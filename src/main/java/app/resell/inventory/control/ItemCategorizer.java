package app.resell.inventory.control;

import app.resell.inventory.entity.Category;
import app.resell.inventory.entity.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A keyword rule, good enough until the trained classifier lands: the first category whose words
 * occur in the title, description or keywords wins (title words count more), and condition words
 * ("mint", "chipped", "for parts") give the condition. Confidence is a modest 0.6 for a title match
 * and 0.4 for a match only in the description, so such items are flagged for review.
 */
@ApplicationScoped
public class ItemCategorizer implements Categorizer {

  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Map<Category, Set<String>> CATEGORY_WORDS = new LinkedHashMap<>();
  private static final Map<Condition, Set<String>> CONDITION_WORDS = new LinkedHashMap<>();

  static {
    CATEGORY_WORDS.put(
        Category.JEWELRY,
        Set.of("ring", "necklace", "bracelet", "brooch", "earrings", "pendant", "jewelry"));
    CATEGORY_WORDS.put(
        Category.COINS, Set.of("coin", "coins", "penny", "dollar", "cent", "numismatic"));
    CATEGORY_WORDS.put(Category.STAMPS, Set.of("stamp", "stamps", "philatelic"));
    CATEGORY_WORDS.put(
        Category.SILVER, Set.of("sterling", "silverware", "silverplate", "flatware"));
    CATEGORY_WORDS.put(
        Category.FURNITURE,
        Set.of("chair", "chairs", "table", "dresser", "cabinet", "desk", "sofa", "stool", "bench"));
    CATEGORY_WORDS.put(
        Category.BOOKS, Set.of("book", "books", "novel", "edition", "hardcover", "paperback"));
    CATEGORY_WORDS.put(
        Category.ELECTRONICS,
        Set.of("radio", "camera", "stereo", "receiver", "phone", "electronic"));
    CATEGORY_WORDS.put(Category.TOYS, Set.of("toy", "toys", "doll", "lego", "train", "puzzle"));
    CATEGORY_WORDS.put(
        Category.ART, Set.of("painting", "print", "lithograph", "canvas", "sculpture", "etching"));
    CATEGORY_WORDS.put(Category.GLASS, Set.of("glass", "crystal", "depression"));
    CATEGORY_WORDS.put(Category.POTTERY, Set.of("pottery", "stoneware", "crock", "vase"));
    CATEGORY_WORDS.put(Category.CHINA, Set.of("china", "porcelain", "teacup", "saucer"));
    CATEGORY_WORDS.put(
        Category.CLOTHING, Set.of("dress", "shirt", "jacket", "coat", "shoes", "hat"));
    CATEGORY_WORDS.put(Category.LINENS, Set.of("quilt", "tablecloth", "linen", "linens", "doily"));
    CATEGORY_WORDS.put(Category.TOOLS, Set.of("tool", "tools", "wrench", "saw", "plane", "hammer"));
    CATEGORY_WORDS.put(
        Category.MUSICAL, Set.of("guitar", "violin", "piano", "trumpet", "instrument"));
    CATEGORY_WORDS.put(
        Category.MEMORABILIA, Set.of("autograph", "signed", "poster", "memorabilia"));
    CATEGORY_WORDS.put(Category.ANTIQUES, Set.of("antique", "victorian", "edwardian", "georgian"));
    CATEGORY_WORDS.put(Category.VINTAGE, Set.of("vintage", "retro", "mcm"));
    CONDITION_WORDS.put(Condition.MINT, Set.of("mint", "sealed", "nib", "unused"));
    CONDITION_WORDS.put(Condition.PARTS, Set.of("parts", "broken", "repair"));
    CONDITION_WORDS.put(Condition.RESTORATION, Set.of("restoration", "restore"));
    CONDITION_WORDS.put(Condition.POOR, Set.of("damaged", "cracked", "chipped"));
    CONDITION_WORDS.put(Condition.EXCELLENT, Set.of("excellent"));
    CONDITION_WORDS.put(Condition.GOOD, Set.of("good"));
  }

  @Override
  public Suggestion suggest(String title, String description, List<String> keywords) {
    Set<String> titleWords = words(title);
    Set<String> otherWords =
        words(
            (description == null ? "" : description)
                + " "
                + String.join(" ", keywords == null ? List.of() : keywords));
    Category category = null;
    BigDecimal categoryConfidence = null;
    for (var rule : CATEGORY_WORDS.entrySet()) {
      if (rule.getValue().stream().anyMatch(titleWords::contains)) {
        category = rule.getKey();
        categoryConfidence = new BigDecimal("0.6");
        break;
      }
    }
    if (category == null) {
      for (var rule : CATEGORY_WORDS.entrySet()) {
        if (rule.getValue().stream().anyMatch(otherWords::contains)) {
          category = rule.getKey();
          categoryConfidence = new BigDecimal("0.4");
          break;
        }
      }
    }
    Condition condition = null;
    BigDecimal conditionConfidence = null;
    for (var rule : CONDITION_WORDS.entrySet()) {
      if (rule.getValue().stream()
          .anyMatch(w -> titleWords.contains(w) || otherWords.contains(w))) {
        condition = rule.getKey();
        conditionConfidence = new BigDecimal("0.5");
        break;
      }
    }
    return new Suggestion(category, categoryConfidence, condition, conditionConfidence);
  }

  private static Set<String> words(String text) {
    if (text == null) return Set.of();
    return java.util.Arrays.stream(WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty())
        .collect(java.util.stream.Collectors.toSet());
  }
}

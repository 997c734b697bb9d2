package app.resell.inventory.control;

import app.resell.inventory.entity.Category;
import app.resell.inventory.entity.Condition;
import java.math.BigDecimal;
import java.util.List;

/**
 * Suggests a category and condition for a new item from its words. An interface because two
 * implementations are planned: the keyword rule here now, the trained classifier later.
 */
public interface Categorizer {

  Suggestion suggest(String title, String description, List<String> keywords);

  /** A suggestion; a null category or condition means "no idea". Confidences are 0..1. */
  record Suggestion(
      Category category,
      BigDecimal categoryConfidence,
      Condition condition,
      BigDecimal conditionConfidence) {}
}

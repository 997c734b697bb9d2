package app.resell.classifier.entity;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.List;

/**
 * What the classifier proposes for one listing.
 *
 * @param topCategories the three most probable categories, most probable first
 * @param explanation the words that pushed the chosen category most, strongest first, followed by
 *     the condition phrase when a policy rule decided the condition ({@code "condition: ..."})
 */
public record Prediction(
    Category category,
    double categoryConfidence,
    List<ScoredCategory> topCategories,
    Condition condition,
    double conditionConfidence,
    List<String> explanation) {

  public Prediction {
    topCategories = List.copyOf(topCategories);
    explanation = List.copyOf(explanation);
  }
}

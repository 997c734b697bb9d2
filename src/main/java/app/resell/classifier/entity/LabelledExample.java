package app.resell.classifier.entity;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.Objects;

/**
 * A listing with the labels a person gave it under the classification policy: the unit of training
 * data, whether it comes from the shipped corpus or from a reseller's corrections.
 */
public record LabelledExample(
    String title, String description, Category category, Condition condition) {

  public LabelledExample {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(condition, "condition");
    description = description == null ? "" : description;
  }
}

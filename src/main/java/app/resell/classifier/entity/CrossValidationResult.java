package app.resell.classifier.entity;

import java.util.Locale;

/** The outcome of a k-fold cross-validation of both targets, category and condition. */
public record CrossValidationResult(
    int folds, long seed, int examples, ConfusionMatrix category, ConfusionMatrix condition) {

  public double categoryAccuracy() {
    return category.accuracy();
  }

  public double conditionAccuracy() {
    return condition.accuracy();
  }

  /** A plain-text report: accuracies, the category confusion matrix, per-class figures. */
  public String report() {
    return String.format(
            Locale.ROOT,
            "%d-fold cross-validation, seed %d, %d examples%n"
                + "category accuracy:  %.4f%ncondition accuracy: %.4f%n%n",
            folds,
            seed,
            examples,
            categoryAccuracy(),
            conditionAccuracy())
        + "Category confusion matrix (rows actual, columns predicted)\n"
        + category.formatMatrix()
        + "\nCategory per class\n"
        + category.formatPerClass()
        + "\nCondition confusion matrix (rows actual, columns predicted)\n"
        + condition.formatMatrix()
        + "\nCondition per class\n"
        + condition.formatPerClass();
  }
}

package app.resell.classifier.control;

import app.resell.classifier.entity.ConfusionMatrix;
import app.resell.classifier.entity.CrossValidationResult;
import app.resell.classifier.entity.LabelledExample;
import app.resell.classifier.entity.Prediction;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * k-fold cross-validation of the whole classifier, rules included, as a reseller would meet it.
 *
 * <p>Folds are stratified by category (each fold gets its share of every category) so a small
 * category is never absent from a training split; within a category the order is a seeded shuffle,
 * so a run is reproducible.
 */
public final class CrossValidation {

  private CrossValidation() {}

  public static CrossValidationResult run(List<LabelledExample> examples, int folds, long seed) {
    if (folds < 2 || folds > examples.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of examples");
    }
    int[] fold = assignFolds(examples, folds, seed);
    int[][] categories = new int[Category.values().length][Category.values().length];
    int[][] conditions = new int[Condition.values().length][Condition.values().length];
    for (int f = 0; f < folds; f++) {
      List<LabelledExample> training = new ArrayList<>();
      List<LabelledExample> held = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        (fold[i] == f ? held : training).add(examples.get(i));
      }
      ClassifierModel model = ClassifierModel.train(training);
      for (LabelledExample e : held) {
        Prediction p = model.predict(e.title(), e.description(), List.of());
        categories[e.category().ordinal()][p.category().ordinal()]++;
        conditions[e.condition().ordinal()][p.condition().ordinal()]++;
      }
    }
    return new CrossValidationResult(
        folds,
        seed,
        examples.size(),
        new ConfusionMatrix(Category.allowedValues(), categories),
        new ConfusionMatrix(Condition.allowedValues(), conditions));
  }

  private static int[] assignFolds(List<LabelledExample> examples, int folds, long seed) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, examples.size()).boxed().toList());
    Collections.shuffle(order, new Random(seed));
    order.sort(Comparator.comparing(i -> examples.get(i).category()));
    int[] fold = new int[examples.size()];
    for (int k = 0; k < order.size(); k++) fold[order.get(k)] = k % folds;
    return fold;
  }
}

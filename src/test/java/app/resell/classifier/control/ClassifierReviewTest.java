package app.resell.classifier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.classifier.entity.LabelledExample;
import app.resell.classifier.entity.Prediction;
import app.resell.classifier.entity.ScoredCategory;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The application bean without a container: lazy model, model replacement, review threshold. */
class ClassifierReviewTest {

  private static final List<LabelledExample> TINY_CORPUS =
      List.of(
          new LabelledExample("Roseville vase", "", Category.POTTERY, Condition.UNKNOWN),
          new LabelledExample("McCoy planter", "", Category.POTTERY, Condition.UNKNOWN),
          new LabelledExample("Morgan dollar", "", Category.COINS, Condition.UNKNOWN),
          new LabelledExample("Peace dollar, BU", "", Category.COINS, Condition.MINT));

  private static Prediction prediction(double categoryConfidence, Condition condition, double c) {
    return new Prediction(
        Category.POTTERY,
        categoryConfidence,
        List.of(
            new ScoredCategory(Category.POTTERY, categoryConfidence),
            new ScoredCategory(Category.CHINA, 0.01),
            new ScoredCategory(Category.CERAMICS, 0.01)),
        condition,
        c,
        List.of("roseville"));
  }

  @Test
  void trainsItsFirstModelOnceAndOnlyWhenFirstAsked() {
    AtomicInteger trainings = new AtomicInteger();
    ItemClassifier classifier =
        new ItemClassifier(
            0.55,
            () -> {
              trainings.incrementAndGet();
              return ClassifierModel.train(TINY_CORPUS);
            });
    assertThat(trainings).hasValue(0);

    classifier.predict("Roseville bowl", "", List.of());
    classifier.predict("Morgan dollar 1889", "", List.of());

    assertThat(trainings).hasValue(1);
  }

  @Test
  void aReplacedModelServesTheNextPredictions() {
    ItemClassifier classifier =
        new ItemClassifier(0.55, () -> ClassifierModel.train(TINY_CORPUS.subList(0, 2)));
    ClassifierModel replacement = ClassifierModel.train(TINY_CORPUS);

    classifier.replaceModel(replacement);

    assertThat(classifier.currentModel()).isSameAs(replacement);
    assertThat(classifier.predict("Morgan dollar 1890", "", List.of()).category())
        .isEqualTo(Category.COINS);
  }

  @Test
  void flagsForReviewBelowTheThreshold() {
    ItemClassifier classifier = new ItemClassifier(0.55, () -> null);

    assertThat(classifier.needsReview(prediction(0.9, Condition.FAIR, 0.95))).isFalse();
    assertThat(classifier.needsReview(prediction(0.4, Condition.FAIR, 0.95))).isTrue();
    assertThat(classifier.needsReview(prediction(0.9, Condition.GOOD, 0.5))).isTrue();
  }

  @Test
  void anUnknownConditionIsNeverTheReasonForReview() {
    ItemClassifier classifier = new ItemClassifier(0.55, () -> null);

    assertThat(classifier.needsReview(prediction(0.9, Condition.UNKNOWN, 0.3))).isFalse();
  }

  @Test
  void theThresholdIsConfigurable() {
    ItemClassifier strict = new ItemClassifier(0.95, () -> null);

    assertThat(strict.reviewThreshold()).isEqualTo(0.95);
    assertThat(strict.needsReview(prediction(0.9, Condition.FAIR, 0.95))).isTrue();
    assertThatThrownBy(() -> new ItemClassifier(1.5, () -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

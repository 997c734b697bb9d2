package app.resell.classifier.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.classifier.entity.CrossValidationResult;
import app.resell.classifier.entity.LabelledExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The shipped classifier, judged on listings it did not train on: 5-fold cross-validation over the
 * shipped corpus. The report printed here is the one pasted into docs/CLASSIFIER.md.
 */
@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class ClassifierCrossValidationTest {

  private static final long SEED = 7;

  @Test
  void classifiesUnseenListingsOfTheShippedCorpusWellEnough() {
    List<LabelledExample> corpus = TrainingCorpus.load();

    CrossValidationResult result = CrossValidation.run(corpus, 5, SEED);

    System.out.println(result.report());
    assertThat(result.examples()).isEqualTo(corpus.size());
    assertThat(result.categoryAccuracy()).isGreaterThanOrEqualTo(0.85);
    assertThat(result.conditionAccuracy()).isGreaterThanOrEqualTo(0.80);
  }
}

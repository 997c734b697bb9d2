package app.resell.classifier.control;

import app.resell.classifier.entity.Prediction;
import app.resell.taxonomy.entity.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's classifier: proposes a category and condition for a listing and says when a
 * person should look at the proposal.
 *
 * <p>The model is trained from the shipped corpus on first use (about a second), not at deploy, so
 * start-up stays fast and a server that never classifies never pays. A retrained model (for example
 * from resellers' corrections, loaded from the database) replaces the current one atomically;
 * predictions in flight finish on the model they started with.
 */
@ApplicationScoped
public class ItemClassifier {

  static final double DEFAULT_REVIEW_THRESHOLD = 0.55;

  private final double reviewThreshold;
  private final Supplier<ClassifierModel> initialModel;
  private final AtomicReference<ClassifierModel> model = new AtomicReference<>();

  /** For CDI's client proxy only. */
  protected ItemClassifier() {
    this(DEFAULT_REVIEW_THRESHOLD);
  }

  @Inject
  public ItemClassifier(
      @ConfigProperty(name = "resell.classifier.review-threshold", defaultValue = "0.55")
          double reviewThreshold) {
    this(reviewThreshold, () -> ClassifierModel.train(TrainingCorpus.load()));
  }

  /** With an explicit source for the first model, so tests need neither container nor corpus. */
  public ItemClassifier(double reviewThreshold, Supplier<ClassifierModel> initialModel) {
    if (reviewThreshold < 0 || reviewThreshold > 1) {
      throw new IllegalArgumentException("review threshold must be within [0, 1]");
    }
    this.reviewThreshold = reviewThreshold;
    this.initialModel = initialModel;
  }

  public Prediction predict(String title, String description, List<String> keywords) {
    return currentModel().predict(title, description, keywords);
  }

  public void replaceModel(ClassifierModel replacement) {
    if (replacement == null) throw new IllegalArgumentException("model is required");
    model.set(replacement);
  }

  /** The model predictions use now, trained from the shipped corpus if none was set yet. */
  public ClassifierModel currentModel() {
    ClassifierModel current = model.get();
    if (current != null) return current;
    synchronized (model) {
      current = model.get();
      if (current == null) {
        current = initialModel.get();
        model.set(current);
      }
      return current;
    }
  }

  /**
   * True when a person should check the proposal: the category or the condition is less certain
   * than the threshold. An unknown condition is never a reason: the classifier only answers unknown
   * when the text states no condition, and that is a fact about the listing, not doubt.
   */
  public boolean needsReview(Prediction prediction) {
    if (prediction.categoryConfidence() < reviewThreshold) return true;
    return prediction.condition() != Condition.UNKNOWN
        && prediction.conditionConfidence() < reviewThreshold;
  }

  public double reviewThreshold() {
    return reviewThreshold;
  }
}

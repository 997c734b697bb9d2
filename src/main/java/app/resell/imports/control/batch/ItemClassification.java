package app.resell.imports.control.batch;

import app.resell.classifier.control.ItemClassifier;
import app.resell.classifier.entity.Prediction;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * What an import decides per item beyond parsing: category and condition from the classifier where
 * the document gives none (a low-confidence guess is kept and flagged for review). A SKU already
 * taken by another item is found by {@link InventoryRowWriter}, for a whole chunk at once.
 */
@ApplicationScoped
public class ItemClassification {

  @Inject ItemClassifier classifier;

  /** The category and condition to store, and how they were decided. */
  public record Outcome(
      Category category,
      Condition condition,
      boolean automatic,
      boolean needsReview,
      Double categoryConfidence,
      Double conditionConfidence) {}

  /**
   * Trains the classifier now if it has not been (it trains on first use, taking a second or more
   * on a cold server), on a thread of its own: an invoice import calls this before parsing the PDF,
   * so the training runs on the other core while the document is read.
   */
  public void prepareAhead(ThreadFactory threads) {
    Thread training = threads.newThread(classifier::currentModel);
    training.setName("import-classifier-training");
    training.start();
  }

  public Outcome classify(
      String title,
      String description,
      List<String> keywords,
      Category given,
      Condition givenCondition) {
    if (given != null && givenCondition != null) {
      return new Outcome(given, givenCondition, false, false, null, null);
    }
    Prediction p = classifier.predict(title, description, keywords);
    return new Outcome(
        given != null ? given : p.category(),
        givenCondition != null ? givenCondition : p.condition(),
        true,
        classifier.needsReview(p),
        given != null ? null : p.categoryConfidence(),
        givenCondition != null ? null : p.conditionConfidence());
  }
}

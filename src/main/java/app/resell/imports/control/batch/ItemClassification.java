package app.resell.imports.control.batch;

import app.resell.classifier.control.ItemClassifier;
import app.resell.classifier.entity.Prediction;
import app.resell.inventory.entity.Category;
import app.resell.inventory.entity.Condition;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What an import decides per item beyond parsing: category and condition from the classifier where
 * the document gives none (a low-confidence guess is kept and flagged for review), and that a given
 * SKU is not already another item's.
 */
@ApplicationScoped
public class ItemClassification {

  @Inject ItemClassifier classifier;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** The category and condition to store, and how they were decided. */
  public record Outcome(
      Category category,
      Condition condition,
      boolean automatic,
      boolean needsReview,
      Double categoryConfidence,
      Double conditionConfidence) {}

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

  /** Rejects the line when its SKU belongs to an item other than this very line's (restarts). */
  public void requireFreeSku(String sku, UUID importJobId, int line, String rawText)
      throws RowRejectedException, SQLException {
    if (sku == null || sku.isBlank()) return;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT 1 FROM inventory WHERE sku = ?"
                    + " AND (import_job_id IS DISTINCT FROM ? OR source_line IS DISTINCT FROM ?)")) {
      st.setString(1, sku);
      st.setObject(2, importJobId);
      st.setInt(3, line);
      try (ResultSet rs = st.executeQuery()) {
        if (rs.next())
          throw new RowRejectedException(
              line, rawText, "SKU " + sku + " is already used by another item");
      }
    }
  }
}

package app.resell.classifier.control;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What resellers teach the classifier: a category or condition a person set in place of the
 * automatic one. Stored in the caller's transaction; the next retraining learns from it.
 */
@ApplicationScoped
public class Corrections {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  public void record(
      UUID lotId,
      String title,
      String description,
      Category predictedCategory,
      Category correctedCategory,
      Condition predictedCondition,
      Condition correctedCondition,
      UUID userId) {
    if (correctedCategory == null && correctedCondition == null) return;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO classifier_corrections (lot_id, title, description, predicted_category,"
                    + " corrected_category, predicted_condition, corrected_condition, user_id)"
                    + " VALUES (?, ?, ?, ?::item_category, ?::item_category, ?::item_condition,"
                    + " ?::item_condition, ?)")) {
      st.setObject(1, lotId);
      st.setString(2, title.length() > 255 ? title.substring(0, 255) : title);
      st.setString(3, description);
      st.setString(4, predictedCategory == null ? null : predictedCategory.value());
      st.setString(5, correctedCategory == null ? null : correctedCategory.value());
      st.setString(6, predictedCondition == null ? null : predictedCondition.value());
      st.setString(7, correctedCondition == null ? null : correctedCondition.value());
      st.setObject(8, userId);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the classifier correction", e);
    }
  }
}

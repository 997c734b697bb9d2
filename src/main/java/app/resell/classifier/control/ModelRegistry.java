package app.resell.classifier.control;

import app.resell.classifier.entity.CrossValidationResult;
import app.resell.classifier.entity.LabelledExample;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Versions of the classifier model, kept in the database: each training (the shipped corpus plus
 * every correction resellers made) becomes a new version with its 5-fold cross-validated accuracy;
 * the previous versions are kept, the newest is active and serves predictions. Training runs in the
 * background on a managed thread; one at a time.
 */
@ApplicationScoped
public class ModelRegistry {

  private static final Logger LOG = Logger.getLogger(ModelRegistry.class.getName());
  static final int FOLDS = 5;
  static final long SEED = 20261124L;

  @Inject ItemClassifier classifier;

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  private final AtomicReference<CompletableFuture<Version>> training = new AtomicReference<>();

  /** A stored model version as the API shows it. */
  public record Version(
      int version,
      OffsetDateTime trainedAt,
      int trainingSize,
      int corrections,
      BigDecimal categoryAccuracy,
      BigDecimal conditionAccuracy,
      boolean active) {}

  /** Makes the newest stored model the one that serves predictions, if there is one. */
  public Optional<Version> loadActive() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("SELECT model FROM classifier_models WHERE active");
        ResultSet rs = st.executeQuery()) {
      if (!rs.next()) return Optional.empty();
      classifier.replaceModel(ClassifierModel.fromBytes(rs.getBytes(1)));
    }
    return active();
  }

  public Optional<Version> active() throws SQLException {
    List<Version> versions = versions();
    return versions.stream().filter(Version::active).findFirst();
  }

  public List<Version> versions() throws SQLException {
    List<Version> result = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT version, trained_at, training_size, category_accuracy, condition_accuracy, active,"
                    + " (SELECT count(*) FROM classifier_corrections) FROM classifier_models ORDER BY version DESC");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        result.add(
            new Version(
                rs.getInt(1),
                rs.getObject(2, OffsetDateTime.class),
                rs.getInt(3),
                rs.getInt(7),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBoolean(6)));
      }
    }
    return result;
  }

  public boolean training() {
    CompletableFuture<Version> run = training.get();
    return run != null && !run.isDone();
  }

  /** Starts a training run unless one is going; answers the run. */
  public CompletableFuture<Version> retrain() {
    CompletableFuture<Version> next = new CompletableFuture<>();
    CompletableFuture<Version> running = training.get();
    if (running != null && !running.isDone()) return running;
    if (!training.compareAndSet(running, next)) return training.get();
    executor.submit(
        () -> {
          try {
            next.complete(trainAndStore());
          } catch (Exception e) {
            LOG.log(Level.SEVERE, "Classifier training failed", e);
            next.completeExceptionally(e);
          }
        });
    return next;
  }

  private Version trainAndStore() throws SQLException {
    Map<String, LabelledExample> byTitle = new LinkedHashMap<>();
    for (LabelledExample e : TrainingCorpus.load()) byTitle.put(key(e), e);
    int corrections = addCorrections(byTitle);
    List<LabelledExample> examples = new ArrayList<>(byTitle.values());
    ClassifierModel model = ClassifierModel.train(examples);
    CrossValidationResult cv = CrossValidation.run(examples, FOLDS, SEED);
    int version;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
              c.prepareStatement("LOCK TABLE classifier_models IN SHARE ROW EXCLUSIVE MODE");
          PreparedStatement next =
              c.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM classifier_models");
          PreparedStatement off =
              c.prepareStatement("UPDATE classifier_models SET active = false WHERE active");
          PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO classifier_models (version, training_size, category_accuracy,"
                      + " condition_accuracy, model, active) VALUES (?, ?, ?, ?, ?, true)")) {
        lock.execute();
        try (ResultSet rs = next.executeQuery()) {
          rs.next();
          version = rs.getInt(1);
        }
        off.executeUpdate();
        insert.setInt(1, version);
        insert.setInt(2, model.trainingSize());
        insert.setBigDecimal(3, ratio(cv.categoryAccuracy()));
        insert.setBigDecimal(4, ratio(cv.conditionAccuracy()));
        insert.setBytes(5, model.toBytes());
        insert.executeUpdate();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
    classifier.replaceModel(model);
    LOG.info(
        () ->
            "Classifier model version " + version + " trained on " + examples.size() + " listings");
    return new Version(
        version,
        OffsetDateTime.now(),
        model.trainingSize(),
        corrections,
        ratio(cv.categoryAccuracy()),
        ratio(cv.conditionAccuracy()),
        true);
  }

  /** Corrections override the corpus: the newest label per title wins. */
  private int addCorrections(Map<String, LabelledExample> examples) throws SQLException {
    int count = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT title, description, coalesce(corrected_category, predicted_category)::text,"
                    + " coalesce(corrected_condition, predicted_condition)::text FROM classifier_corrections"
                    + " WHERE coalesce(corrected_category, predicted_category) IS NOT NULL"
                    + " AND coalesce(corrected_condition, predicted_condition) IS NOT NULL ORDER BY created_at");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        LabelledExample corrected =
            new LabelledExample(
                rs.getString(1),
                rs.getString(2),
                Category.parse(rs.getString(3)).orElseThrow(),
                Condition.parse(rs.getString(4)).orElseThrow());
        examples.put(key(corrected), corrected);
        count++;
      }
    }
    return count;
  }

  private static String key(LabelledExample e) {
    return (e.title() + "\n" + (e.description() == null ? "" : e.description()))
        .toLowerCase(java.util.Locale.ROOT)
        .strip();
  }

  private static BigDecimal ratio(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }
}

package app.resell.classifier.control;

import app.resell.classifier.entity.ConditionCue;
import app.resell.classifier.entity.LabelledExample;
import app.resell.classifier.entity.Prediction;
import app.resell.classifier.entity.ScoredCategory;
import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Condition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A trained item classifier: one softmax model for the category, one for the condition, and the
 * policy's condition rules on top.
 *
 * <p>The condition rules decide whenever they fire, because the policy defines conditions by the
 * phrases a listing uses; the condition model only speaks for listings whose wording the rules do
 * not know. An immutable value: safe to share between threads, and {@link #toBytes()} turns it into
 * a compact, versioned blob for a database column.
 */
public final class ClassifierModel {

  /** Format of {@link #toBytes()}; bump on any change to the layout or the feature extraction. */
  static final byte FORMAT_VERSION = 1;

  private static final byte[] MAGIC = {'R', 'S', 'C', 'M'};
  private static final long SEED = 20_240_601L;
  private static final double RULE_CONFIDENCE = 0.95;
  private static final int TOP = 3;
  private static final int MAX_EXPLANATION = 8;
  private static final Category[] CATEGORIES = Category.values();
  private static final Condition[] CONDITIONS = Condition.values();

  private final SoftmaxRegression categoryModel;
  private final SoftmaxRegression conditionModel;
  private final int trainingSize;

  private ClassifierModel(
      SoftmaxRegression categoryModel, SoftmaxRegression conditionModel, int trainingSize) {
    this.categoryModel = categoryModel;
    this.conditionModel = conditionModel;
    this.trainingSize = trainingSize;
  }

  /** Trains both models; the same examples in the same order always give the same model. */
  public static ClassifierModel train(List<LabelledExample> examples) {
    if (examples.isEmpty()) throw new IllegalArgumentException("no training examples");
    List<FeatureVector> inputs = new ArrayList<>(examples.size());
    int[] categories = new int[examples.size()];
    int[] conditions = new int[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      LabelledExample e = examples.get(i);
      inputs.add(FeatureExtractor.extract(e.title(), e.description(), List.of()));
      categories[i] = e.category().ordinal();
      conditions[i] = e.condition().ordinal();
    }
    return new ClassifierModel(
        SoftmaxRegression.train(inputs, categories, CATEGORIES.length, SEED),
        SoftmaxRegression.train(inputs, conditions, CONDITIONS.length, SEED + 1),
        examples.size());
  }

  public Prediction predict(String title, String description, List<String> keywords) {
    String safeTitle = title == null ? "" : title;
    String safeDescription = description == null ? "" : description;
    List<String> safeKeywords = keywords == null ? List.of() : keywords;
    FeatureVector features = FeatureExtractor.extract(safeTitle, safeDescription, safeKeywords);

    double[] categoryProbabilities = categoryModel.probabilities(features);
    Integer[] order = new Integer[CATEGORIES.length];
    for (int c = 0; c < order.length; c++) order[c] = c;
    Arrays.sort(order, Comparator.comparingDouble(c -> -categoryProbabilities[c]));
    List<ScoredCategory> top = new ArrayList<>(TOP);
    for (int k = 0; k < TOP; k++) {
      top.add(new ScoredCategory(CATEGORIES[order[k]], categoryProbabilities[order[k]]));
    }
    List<String> explanation = explain(features, order[0]);

    String allText = safeTitle + " . " + safeDescription + " . " + String.join(" . ", safeKeywords);
    Optional<ConditionCue> cue = ConditionRules.decide(allText);
    Condition condition;
    double conditionConfidence;
    if (cue.isPresent()) {
      condition = cue.get().condition();
      conditionConfidence = RULE_CONFIDENCE;
      if (explanation.size() == MAX_EXPLANATION) explanation.remove(MAX_EXPLANATION - 1);
      explanation.add("condition: " + cue.get().phrase());
    } else {
      double[] p = conditionModel.probabilities(features);
      int best = 0;
      for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
      condition = CONDITIONS[best];
      conditionConfidence = p[best];
    }
    return new Prediction(
        top.get(0).category(),
        top.get(0).probability(),
        top,
        condition,
        conditionConfidence,
        explanation);
  }

  /** The words whose features pushed the chosen category most, strongest first. */
  private List<String> explain(FeatureVector features, int category) {
    double[] contributions = categoryModel.contributions(features, category);
    Map<String, Double> bySource = new LinkedHashMap<>();
    String[] sources = features.sources();
    for (int j = 0; j < contributions.length; j++) {
      if (sources[j] == null || sources[j].startsWith("#")) continue;
      bySource.merge(sources[j], contributions[j], Double::sum);
    }
    List<String> words = new ArrayList<>(MAX_EXPLANATION);
    bySource.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(MAX_EXPLANATION)
        .forEach(e -> words.add(e.getKey()));
    return words;
  }

  public int trainingSize() {
    return trainingSize;
  }

  /**
   * A deflated blob: magic "RSCM", format version, then training size, the label names of both
   * targets and both weight tables.
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      bytes.write(MAGIC);
      bytes.write(FORMAT_VERSION);
      try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
        out.writeInt(trainingSize);
        writeLabels(out, Category.allowedValues());
        writeLabels(out, Condition.allowedValues());
        categoryModel.write(out);
        conditionModel.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The label names, so a model never silently maps weights onto reordered enums. */
  private static void writeLabels(DataOutputStream out, List<String> labels) throws IOException {
    out.writeShort(labels.size());
    for (String label : labels) out.writeUTF(label);
  }

  private static List<String> readLabels(DataInputStream in) throws IOException {
    int count = in.readShort();
    List<String> labels = new ArrayList<>(count);
    for (int i = 0; i < count; i++) labels.add(in.readUTF());
    return labels;
  }

  /**
   * Reads a blob written by {@link #toBytes()}.
   *
   * @throws IllegalArgumentException if the blob is not a model of this format version
   */
  public static ClassifierModel fromBytes(byte[] blob) {
    if (blob == null || blob.length < MAGIC.length + 1) {
      throw new IllegalArgumentException("not a classifier model");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (blob[i] != MAGIC[i]) throw new IllegalArgumentException("not a classifier model");
    }
    if (blob[MAGIC.length] != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "classifier model format " + blob[MAGIC.length] + ", expected " + FORMAT_VERSION);
    }
    ByteArrayInputStream bytes =
        new ByteArrayInputStream(blob, MAGIC.length + 1, blob.length - MAGIC.length - 1);
    try (DataInputStream in = new DataInputStream(new InflaterInputStream(bytes))) {
      int size = in.readInt();
      if (!readLabels(in).equals(Category.allowedValues())
          || !readLabels(in).equals(Condition.allowedValues())) {
        throw new IllegalArgumentException("model was trained for other labels");
      }
      SoftmaxRegression category = SoftmaxRegression.read(in);
      SoftmaxRegression condition = SoftmaxRegression.read(in);
      return new ClassifierModel(category, condition, size);
    } catch (IOException e) {
      throw new IllegalArgumentException("corrupt classifier model", e);
    }
  }
}

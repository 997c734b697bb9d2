package app.resell.classifier.control;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression (softmax) over sparse hashed features, trained by stochastic
 * gradient descent with AdaGrad step sizes and L2 regularisation.
 *
 * <p>Why this model: it gives calibrated-enough probabilities for a review threshold, it learns
 * which words matter for which class even when they are correlated (naive Bayes double counts
 * "Noritake" and "china"), and a trained model is just a weight table, so prediction costs a few
 * thousand multiply-adds. Only features seen in training get weights; they are kept sorted by id
 * for binary search, which keeps the model compact without a hash table to serialise.
 *
 * <p>Training is deterministic: the example order of each epoch comes from a seeded {@link Random},
 * and the vocabulary is sorted.
 */
final class SoftmaxRegression {

  private static final int EPOCHS = 24;
  private static final double LEARNING_RATE = 0.4;
  private static final double L2 = 1e-4;

  private final int classes;
  private final int[] featureIds;
  private final float scale;
  private final short[] quantised;

  /**
   * Weights are kept as 16-bit steps of {@code scale} (the largest weight over 32767): half the
   * bytes of floats, a rounding error far below what changes a prediction, and a model read back
   * from bytes is exactly the model that was trained.
   */
  private SoftmaxRegression(int classes, int[] featureIds, float scale, short[] quantised) {
    this.classes = classes;
    this.featureIds = featureIds;
    this.scale = scale;
    this.quantised = quantised;
  }

  static SoftmaxRegression train(List<FeatureVector> inputs, int[] labels, int classes, long seed) {
    int[] vocabulary =
        inputs.stream().flatMapToInt(v -> Arrays.stream(v.ids())).distinct().sorted().toArray();
    int[][] columns = new int[inputs.size()][];
    for (int i = 0; i < inputs.size(); i++) {
      int[] ids = inputs.get(i).ids();
      columns[i] = new int[ids.length];
      for (int j = 0; j < ids.length; j++) columns[i][j] = Arrays.binarySearch(vocabulary, ids[j]);
    }
    double[] w = new double[vocabulary.length * classes];
    double[] squaredGradients = new double[w.length];
    Arrays.fill(squaredGradients, 1e-6);
    int[] order = new int[inputs.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Random random = new Random(seed);
    double[] p = new double[classes];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      shuffle(order, random);
      for (int i : order) {
        float[] x = inputs.get(i).values();
        int[] cols = columns[i];
        scores(w, cols, x, classes, p);
        softmaxInPlace(p);
        p[labels[i]] -= 1;
        for (int j = 0; j < cols.length; j++) {
          int base = cols[j] * classes;
          for (int c = 0; c < classes; c++) {
            int k = base + c;
            double g = p[c] * x[j] + L2 * w[k];
            squaredGradients[k] += g * g;
            w[k] -= LEARNING_RATE * g / Math.sqrt(squaredGradients[k]);
          }
        }
      }
    }
    double maxAbs = 0;
    for (double weight : w) maxAbs = Math.max(maxAbs, Math.abs(weight));
    float scale = maxAbs == 0 ? 1f : (float) (maxAbs / Short.MAX_VALUE);
    short[] quantised = new short[w.length];
    for (int k = 0; k < w.length; k++) quantised[k] = (short) Math.round(w[k] / scale);
    return new SoftmaxRegression(classes, vocabulary, scale, quantised);
  }

  int classes() {
    return classes;
  }

  int features() {
    return featureIds.length;
  }

  /** Class probabilities for one input; features unseen in training are ignored. */
  double[] probabilities(FeatureVector input) {
    double[] z = new double[classes];
    int[] ids = input.ids();
    float[] x = input.values();
    for (int j = 0; j < ids.length; j++) {
      int col = Arrays.binarySearch(featureIds, ids[j]);
      if (col < 0) continue;
      int base = col * classes;
      for (int c = 0; c < classes; c++) z[c] += quantised[base + c] * x[j];
    }
    for (int c = 0; c < classes; c++) z[c] *= scale;
    softmaxInPlace(z);
    return z;
  }

  /**
   * How much each feature of the input pushed class {@code target} above the average class: {@code
   * x_j * (w_j,target - mean_c w_j,c)}; zero for features unseen in training.
   */
  double[] contributions(FeatureVector input, int target) {
    int[] ids = input.ids();
    float[] x = input.values();
    double[] out = new double[ids.length];
    for (int j = 0; j < ids.length; j++) {
      int col = Arrays.binarySearch(featureIds, ids[j]);
      if (col < 0) continue;
      int base = col * classes;
      double mean = 0;
      for (int c = 0; c < classes; c++) mean += quantised[base + c];
      mean /= classes;
      out[j] = x[j] * scale * (quantised[base + target] - mean);
    }
    return out;
  }

  void write(DataOutput out) throws IOException {
    out.writeInt(classes);
    out.writeInt(featureIds.length);
    int previous = 0;
    for (int id : featureIds) {
      out.writeInt(id - previous);
      previous = id;
    }
    out.writeFloat(scale);
    for (short q : quantised) out.writeShort(q);
  }

  static SoftmaxRegression read(DataInput in) throws IOException {
    int classes = in.readInt();
    int features = in.readInt();
    if (classes <= 0 || features < 0 || (long) classes * features > 50_000_000L) {
      throw new IOException("implausible model size: " + classes + " x " + features);
    }
    int[] ids = new int[features];
    int previous = 0;
    for (int i = 0; i < features; i++) {
      previous += in.readInt();
      ids[i] = previous;
    }
    float scale = in.readFloat();
    short[] quantised = new short[classes * features];
    for (int k = 0; k < quantised.length; k++) quantised[k] = in.readShort();
    return new SoftmaxRegression(classes, ids, scale, quantised);
  }

  private static void scores(double[] w, int[] cols, float[] x, int classes, double[] out) {
    Arrays.fill(out, 0);
    for (int j = 0; j < cols.length; j++) {
      int base = cols[j] * classes;
      for (int c = 0; c < classes; c++) out[c] += w[base + c] * x[j];
    }
  }

  private static void softmaxInPlace(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) max = Math.max(max, v);
    double sum = 0;
    for (int c = 0; c < z.length; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < z.length; c++) z[c] /= sum;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }
}

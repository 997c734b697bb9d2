package app.resell.classifier.entity;

import java.util.List;
import java.util.Locale;

/**
 * Counts of (actual, predicted) label pairs from an evaluation, with the usual derived figures.
 * Rows are actual labels, columns predicted labels, both in the order of {@code labels}.
 */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

  public ConfusionMatrix {
    labels = List.copyOf(labels);
    int[][] copy = new int[labels.size()][];
    for (int i = 0; i < labels.size(); i++) copy[i] = counts[i].clone();
    counts = copy;
  }

  public int total() {
    int sum = 0;
    for (int[] row : counts) for (int c : row) sum += c;
    return sum;
  }

  public double accuracy() {
    int correct = 0;
    for (int i = 0; i < counts.length; i++) correct += counts[i][i];
    return total() == 0 ? 0 : (double) correct / total();
  }

  /** Share of the items predicted as label {@code i} that really are {@code i}. */
  public double precision(int i) {
    int predicted = 0;
    for (int[] row : counts) predicted += row[i];
    return predicted == 0 ? 0 : (double) counts[i][i] / predicted;
  }

  /** Share of the items that really are label {@code i} that were predicted as {@code i}. */
  public double recall(int i) {
    int actual = support(i);
    return actual == 0 ? 0 : (double) counts[i][i] / actual;
  }

  /** How many items really are label {@code i}. */
  public int support(int i) {
    int actual = 0;
    for (int c : counts[i]) actual += c;
    return actual;
  }

  /** The matrix as a fixed-width table, columns headed by the first four letters of each label. */
  public String formatMatrix() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s", "actual\\pred"));
    for (String label : labels) out.append(String.format(Locale.ROOT, "%5.4s", label));
    out.append('\n');
    for (int i = 0; i < labels.size(); i++) {
      out.append(String.format(Locale.ROOT, "%-12s", labels.get(i)));
      for (int c : counts[i]) out.append(String.format(Locale.ROOT, "%5s", c == 0 ? "." : c));
      out.append('\n');
    }
    return out.toString();
  }

  /** Precision, recall and support per label. */
  public String formatPerClass() {
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%-12s %9s %7s %8s%n", "label", "precision", "recall", "support"));
    for (int i = 0; i < labels.size(); i++) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-12s %9.3f %7.3f %8d%n",
              labels.get(i),
              precision(i),
              recall(i),
              support(i)));
    }
    return out.toString();
  }
}

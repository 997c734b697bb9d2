package app.resell.classifier.control;

/**
 * A sparse, L2-normalised feature vector: hashed feature ids, their values, and for each the word
 * or word pair it came from, so that a prediction can say which words drove it.
 */
record FeatureVector(int[] ids, float[] values, String[] sources) {

  int size() {
    return ids.length;
  }
}

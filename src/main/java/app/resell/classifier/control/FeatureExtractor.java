package app.resell.classifier.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the features both models read: word unigrams, word bigrams and character 3- to 5-grams
 * inside words, each hashed to a 32-bit id.
 *
 * <p>Character n-grams carry maker names through typos and inflections ("Rosevile", "figurines")
 * and let an unseen maker share evidence with a seen one ("-ware", "-craft"). Features are binary
 * (a word counts once) and the vector is L2-normalised so a long description does not outweigh a
 * short title. The description counts less than the title and keywords: auction descriptions often
 * mention other things ("came from an estate with ...").
 */
final class FeatureExtractor {

  private static final float TITLE_WEIGHT = 1.0f;
  private static final float DESCRIPTION_WEIGHT = 0.6f;
  private static final float WORD = 1.0f;
  private static final float BIGRAM = 0.8f;
  private static final float CHAR_GRAM = 0.2f;
  private static final Set<String> NO_CHAR_GRAMS =
      Set.of("the", "and", "for", "with", "from", "this", "are", "has", "set", "lot", "#num");

  private FeatureExtractor() {}

  static FeatureVector extract(String title, String description, List<String> keywords) {
    Map<Integer, Feature> features = new LinkedHashMap<>();
    addText(title, TITLE_WEIGHT, features);
    if (keywords != null) {
      for (String keyword : keywords) addText(keyword, TITLE_WEIGHT, features);
    }
    addText(description, DESCRIPTION_WEIGHT, features);
    return normalised(features);
  }

  private static void addText(String text, float weight, Map<Integer, Feature> features) {
    List<String> tokens = ListingText.tokens(text);
    String previous = "<s>";
    for (String token : tokens) {
      put(features, hash('w', token), weight * WORD, token);
      String pair = previous + " " + token;
      put(features, hash('b', pair), weight * BIGRAM, previous.equals("<s>") ? token : pair);
      if (token.length() >= 3 && !NO_CHAR_GRAMS.contains(token) && !token.startsWith("#")) {
        addCharGrams(token, weight, features);
      }
      previous = token;
    }
  }

  private static void addCharGrams(String token, float weight, Map<Integer, Feature> features) {
    String padded = "<" + token + ">";
    for (int n = 3; n <= 5; n++) {
      for (int start = 0; start + n <= padded.length(); start++) {
        String gram = padded.substring(start, start + n);
        put(features, hash('c', gram), weight * CHAR_GRAM, token);
      }
    }
  }

  private static void put(Map<Integer, Feature> features, int id, float value, String source) {
    Feature existing = features.get(id);
    if (existing == null || existing.value < value) features.put(id, new Feature(value, source));
  }

  private static FeatureVector normalised(Map<Integer, Feature> features) {
    int n = features.size() + 1;
    int[] ids = new int[n];
    float[] values = new float[n];
    String[] sources = new String[n];
    double norm = 0;
    int i = 0;
    for (Map.Entry<Integer, Feature> e : features.entrySet()) {
      ids[i] = e.getKey();
      values[i] = e.getValue().value;
      sources[i] = e.getValue().source;
      norm += values[i] * values[i];
      i++;
    }
    float scale = norm == 0 ? 1f : (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < i; j++) values[j] *= scale;
    ids[i] = BIAS;
    values[i] = 1f;
    sources[i] = null;
    return new FeatureVector(ids, values, sources);
  }

  /** The always-on feature that lets each class learn its prior. */
  static final int BIAS = hash('#', "bias");

  /** FNV-1a over the feature kind and text, then a final avalanche so nearby strings spread. */
  static int hash(char kind, String text) {
    int h = 0x811c9dc5;
    h = (h ^ kind) * 0x01000193;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  private record Feature(float value, String source) {}
}

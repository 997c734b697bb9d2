package app.resell.inventory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user types into a PostgreSQL {@code tsquery} with the web-search rules of {@code
 * websearch_to_tsquery} (words are ANDed, {@code "quoted phrases"}, {@code or}, {@code -excluded})
 * plus prefix matching, so "vict" finds "Victorian" while the user is still typing. Only letters
 * and digits reach the query text, so no input can break the query syntax; the text is bound as a
 * parameter of {@code to_tsquery('english', ?)}.
 */
public final class SearchText {

  private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchText() {}

  /** The tsquery text, or null when the input has no searchable word. */
  public static String toTsQuery(String input) {
    if (input == null) return null;
    List<String> parts = new ArrayList<>();
    boolean pendingOr = false;
    Matcher m = TOKEN.matcher(input);
    while (m.find()) {
      String term;
      boolean negated;
      if (m.group(2) != null) {
        negated = !m.group(1).isEmpty();
        List<String> words = words(m.group(2));
        if (words.isEmpty()) continue;
        term = words.size() == 1 ? words.get(0) + ":*" : "(" + String.join(" <-> ", words) + ")";
      } else {
        String raw = m.group(3);
        if (raw.equalsIgnoreCase("or")) {
          pendingOr = !parts.isEmpty();
          continue;
        }
        negated = raw.startsWith("-") && raw.length() > 1;
        List<String> words = words(negated ? raw.substring(1) : raw);
        if (words.isEmpty()) continue;
        term =
            words.size() == 1
                ? words.get(0) + ":*"
                : "(" + String.join(" <-> ", words.stream().map(w -> w + ":*").toList()) + ")";
      }
      String piece = negated ? "!" + term : term;
      if (pendingOr) {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " | " + piece);
        pendingOr = false;
      } else {
        parts.add(piece);
      }
    }
    if (parts.isEmpty()) return null;
    return parts.size() == 1
        ? parts.get(0)
        : String.join(
            " & ", parts.stream().map(p -> p.contains(" | ") ? "(" + p + ")" : p).toList());
  }

  /** Any of the words of a text, for "more like this" (no prefixes: whole words only). */
  public static String anyWord(String text) {
    List<String> words = words(text);
    return words.isEmpty() ? null : String.join(" | ", words);
  }

  /** Every word of a text (whole words), for the closest "more like this" matches. */
  public static String allWords(String text) {
    List<String> words = words(text);
    return words.isEmpty() ? null : String.join(" & ", words);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) words.add(w);
    }
    return words;
  }
}

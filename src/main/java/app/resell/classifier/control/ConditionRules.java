package app.resell.classifier.control;

import app.resell.classifier.entity.ConditionCue;
import app.resell.taxonomy.entity.Condition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a listing's condition from what its text says, by the policy's phrase table.
 *
 * <p>The policy is explicit and small, so it is encoded as rules rather than learned: a rule that
 * fires decides the condition, and the statistical model only speaks when none does. When several
 * cues fire, the strongest wins (parts, then restoration, then the lowest grade), which is the
 * enum's own order; packaging wear does not lower a mint item. Boilerplate such as "as is",
 * "untested" or "see photos" is recognised and says nothing.
 */
public final class ConditionRules {

  private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
  private static final Pattern SENTENCE_BREAKS = Pattern.compile("[.;:!?()\\[\\]{}\"*|~]+");
  private static final Pattern OTHER_SYMBOLS = Pattern.compile("[^a-z0-9,&/+\\-|]+");
  private static final String BLANK = " | ";
  private static final Pattern UNUSED = Pattern.compile("^(unused|never)");

  private ConditionRules() {}

  /** The deciding cue of a listing, if its text states a condition at all. */
  public static Optional<ConditionCue> decide(String text) {
    return cues(text).stream().max(Comparator.comparing(ConditionCue::condition));
  }

  /** Every condition cue in the text, in the order the rules found them. */
  public static List<ConditionCue> cues(String text) {
    List<ConditionCue> cues = new ArrayList<>();
    if (text == null || text.isBlank()) return cues;
    String remaining = fold(text);
    List<ConditionCue> packaging = new ArrayList<>();
    for (ConditionPhrases.Group group : ConditionPhrases.GROUPS) {
      Matcher m = group.pattern().matcher(remaining);
      StringBuilder rest = new StringBuilder();
      while (m.find()) {
        String phrase = m.group().trim();
        if (group == ConditionPhrases.PACKAGING) {
          packaging.add(new ConditionCue(packagingGrade(phrase), phrase));
        } else if (group.condition() != null) {
          cues.add(new ConditionCue(group.condition(), phrase));
        }
        m.appendReplacement(rest, BLANK);
      }
      m.appendTail(rest);
      remaining = rest.toString();
    }
    String original = APOSTROPHES.matcher(text).replaceAll("");
    for (ConditionPhrases.Group code : ConditionPhrases.CODES) {
      Matcher m = code.pattern().matcher(original);
      while (m.find()) cues.add(new ConditionCue(code.condition(), m.group()));
    }
    boolean mint = cues.stream().anyMatch(c -> c.condition() == Condition.MINT);
    if (!mint) {
      cues.addAll(packaging);
    } else {
      // "New in box, never used" is one claim, not two grades.
      cues.removeIf(c -> c.condition() == Condition.EXCELLENT && UNUSED.matcher(c.phrase()).find());
    }
    return cues;
  }

  private static Condition packagingGrade(String phrase) {
    if (phrase.matches(".*\\b(dents?|creases?|crushed|tears?|damage|dings?)\\b.*")) {
      return Condition.FAIR;
    }
    if (phrase.matches(".*\\b(light|minor|small|slight|faint)\\b.*")) return Condition.VERY_GOOD;
    return Condition.GOOD;
  }

  /** Lower case, accents and apostrophes removed, sentence punctuation turned into breaks. */
  static String fold(String text) {
    String s = ListingText.foldAccents(text).toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = SENTENCE_BREAKS.matcher(s).replaceAll(BLANK);
    s = OTHER_SYMBOLS.matcher(s).replaceAll(" ");
    return s;
  }
}

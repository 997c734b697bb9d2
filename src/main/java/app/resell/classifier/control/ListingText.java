package app.resell.classifier.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns listing text into normalised word tokens.
 *
 * <p>Auction and resale titles are noisy: mixed case, accents, possessives, abbreviations with
 * slashes and dimensions. Lower-casing and accent folding make "Limoges" and "LIMOGÉS" one word;
 * possessives are dropped ("Levi's" is "levis"). Numbers are kept only where they carry meaning for
 * the policy: a year becomes its decade ("1921" is "1920s", so era words and dates share a
 * feature), short numbers stay ("925", "45", "8"), long ones collapse to {@code #num}, dimensions
 * to {@code #dim} (plus the literal for photo sizes such as "8x10"). Marks such as "s/n", "w/o",
 * "10k", "14kt" and "nib" survive as single tokens.
 */
final class ListingText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
  private static final Pattern INITIALISMS = Pattern.compile("\\b([a-z])\\.(?=[a-z]\\b)");
  private static final Pattern TOKEN =
      Pattern.compile("[a-z]/[a-z]\\b|[0-9]+(?:\\.[0-9]+)?(?:x[0-9]+(?:\\.[0-9]+)?)?[a-z]*|[a-z]+");
  private static final Pattern DIMENSION = Pattern.compile("([0-9.]+)x([0-9.]+)[a-z]*");
  private static final Pattern YEAR = Pattern.compile("1[6-9][0-9]{2}|20[0-2][0-9]");
  private static final Pattern DECADE_SHORT = Pattern.compile("([2-9])0s");

  private ListingText() {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isBlank()) return tokens;
    String folded = foldAccents(text).toLowerCase(Locale.ROOT);
    folded = APOSTROPHES.matcher(folded).replaceAll("");
    folded = INITIALISMS.matcher(folded).replaceAll("$1");
    Matcher m = TOKEN.matcher(folded);
    while (m.find()) {
      addNormalised(m.group(), tokens);
    }
    return tokens;
  }

  /** Strips accents ("Limogés" is "Limoges"); plain ASCII, the usual case, is returned as is. */
  static String foldAccents(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return COMBINING_MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("");
      }
    }
    return text;
  }

  private static void addNormalised(String raw, List<String> out) {
    if (!Character.isDigit(raw.charAt(0))) {
      out.add(raw);
      return;
    }
    Matcher dim = DIMENSION.matcher(raw);
    if (dim.matches()) {
      if (dim.group(1).length() <= 2 && dim.group(2).length() <= 2 && !raw.contains(".")) {
        out.add(raw.replaceAll("[a-z]+$", ""));
      }
      out.add("#dim");
      return;
    }
    if (YEAR.matcher(raw).matches()) {
      out.add(raw.substring(0, 3) + "0s");
      return;
    }
    Matcher decade = DECADE_SHORT.matcher(raw);
    if (decade.matches()) {
      out.add("19" + raw);
      return;
    }
    if (raw.contains(".")) {
      out.add("#dec");
    } else if (raw.chars().allMatch(Character::isDigit) && raw.length() > 3) {
      out.add("#num");
    } else {
      out.add(raw);
    }
  }
}

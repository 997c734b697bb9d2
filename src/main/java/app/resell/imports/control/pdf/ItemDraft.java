package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot being assembled while the lines are walked: its row, the description pieces gathered from
 * wrapped lines (which may still move to the next lot, see {@link WrappedLines}), and the amounts
 * printed for it. Mutable on purpose and never leaves the package.
 */
final class ItemDraft {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "Description: Art deco lamp": the label of a block-per-lot invoice, not part of the title. */
  private static final Pattern FIELD_LABEL =
      Pattern.compile("(?i)^\\s*(?:item |lot )?(?:description|desc\\.?|title)\\s*:\\s*");

  final TextLine first;
  final String lot;
  final List<String> chargeLines = new ArrayList<>();
  final List<WrappedLines.Part> description = new ArrayList<>();
  Integer quantity;
  BigDecimal unitPrice;
  BigDecimal bid;
  BigDecimal premium;
  BigDecimal tax;
  BigDecimal shipping;
  BigDecimal fees;
  BigDecimal printedTotal;
  Boolean taxable; // a "T" / "E" tax flag printed on the line; null when none
  float lastY;
  boolean mustReject; // set when it has no amount yet and is a lot for sure

  ItemDraft(TextLine first, String lot) {
    this.first = first;
    this.lot = lot;
    this.lastY = first.y();
  }

  String descriptionText() {
    List<String> parts =
        description.stream()
            .sorted(Comparator.comparingDouble(WrappedLines.Part::y))
            .map(WrappedLines.Part::text)
            .map(part -> FIELD_LABEL.matcher(part).replaceFirst(""))
            .toList();
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      Matcher broken = HYPHENATED.matcher(text);
      if (broken.find() && !part.isBlank()) {
        // "ma-" / "hogany": a word the typesetter hyphenated at the line's end; compounds
        // ("mid-" / "century", "Coca-" / "Cola") keep their hyphen, without a space after it
        boolean syllable =
            Character.isLowerCase(part.strip().charAt(0))
                && !COMPOUND_FIRST.contains(broken.group(1).toLowerCase(java.util.Locale.ROOT));
        if (syllable) text.setLength(text.length() - 1);
        text.append(part.strip());
      } else {
        text.append(' ').append(part);
      }
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-$");

  /** First words of compounds written with a hyphen, kept when a line breaks after them. */
  private static final java.util.Set<String> COMPOUND_FIRST =
      java.util.Set.of(
          "mid", "hand", "well", "self", "non", "semi", "all", "half", "two", "three", "four",
          "over", "under", "pre", "post", "anti", "multi", "cross", "double", "long", "short",
          "high", "low", "old", "new", "ever", "life", "full", "one", "x", "t");

  /** The printed lines of the lot in reading order, then any charge lines printed under it. */
  String rawText() {
    List<WrappedLines.Part> lines =
        new ArrayList<>(description.stream().filter(p -> p.raw() != null).toList());
    lines.add(new WrappedLines.Part(first.y(), first.text(), first.text()));
    lines.sort(Comparator.comparingDouble(WrappedLines.Part::y));
    List<String> out = new ArrayList<>(lines.stream().map(WrappedLines.Part::raw).toList());
    out.addAll(chargeLines);
    return String.join("\n", out);
  }
}

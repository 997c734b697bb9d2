package app.resell.imports.control.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers: page numbers ("Page 2 of 5", "2/5", "- 2 -"), "continued"
 * notes, and any line printed identically on two or more pages (the house name, the invoice number
 * box, a disclaimer). Item lines rarely repeat verbatim across pages because their lot numbers
 * differ, but wrapped descriptions can ("minor wear to finish"), so a repeated line only counts
 * when it sits at the same place among the first eight or last four lines of each page. The header
 * reader still sees these lines; only the item reader ignores them.
 */
final class PageFurniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^(page\\s*\\d+(\\s*(of|/)\\s*\\d+)?|\\d+\\s*(of|/)\\s*\\d+|-\\s*\\d+\\s*-|p\\.\\s*\\d+)$");
  private static final Pattern CONTINUED =
      Pattern.compile(
          "(?i)^\\(?(continued|cont'?d\\.?|continued on next page|\\.\\.\\.continued)\\)?$");

  private static final Pattern PAGE_IN_TEXT =
      Pattern.compile("(?i)page\\s*\\d+(\\s*(of|/)\\s*\\d+)?");
  private static final int TOP_LINES = 8;
  private static final int BOTTOM_LINES = 4;

  private PageFurniture() {}

  /** The numbers of the lines that are page furniture. */
  static Set<Integer> find(List<TextLine> lines) {
    Map<Integer, List<TextLine>> byPage = new HashMap<>();
    lines.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new java.util.ArrayList<>()).add(l));
    Map<String, Set<String>> placesByText = new HashMap<>();
    Map<Integer, String> placeOf = new HashMap<>();
    for (List<TextLine> page : byPage.values()) {
      for (int i = 0; i < page.size(); i++) {
        int fromBottom = page.size() - 1 - i;
        // Running headers and footers sit at the same place on every page; a repeated wrapped
        // description ("minor wear to finish") does not.
        String place =
            i < TOP_LINES ? "top" + i : fromBottom < BOTTOM_LINES ? "bottom" + fromBottom : null;
        if (place == null) continue;
        placeOf.put(page.get(i).number(), place);
        placesByText
            .computeIfAbsent(key(page.get(i)) + "@" + place, k -> new HashSet<>())
            .add(String.valueOf(page.get(i).page()));
      }
    }
    Set<Integer> furniture = new HashSet<>();
    for (TextLine line : lines) {
      boolean pageNumber =
          line.cells().stream().anyMatch(c -> PAGE_NUMBER.matcher(c.text().strip()).matches());
      boolean continued = CONTINUED.matcher(line.text().strip()).matches();
      String place = placeOf.get(line.number());
      boolean repeated = place != null && placesByText.get(key(line) + "@" + place).size() >= 2;
      if (pageNumber || continued || repeated) furniture.add(line.number());
    }
    return furniture;
  }

  private static String key(TextLine line) {
    return PAGE_IN_TEXT.matcher(line.text()).replaceAll("page").strip();
  }
}

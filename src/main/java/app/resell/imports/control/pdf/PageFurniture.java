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
 * box, a disclaimer). Item lines never repeat verbatim across pages because their lot numbers
 * differ, so this costs nothing on single-page invoices and removes the noise on long ones. The
 * header reader still sees these lines; only the item reader ignores them.
 */
final class PageFurniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^(page\\s*\\d+(\\s*(of|/)\\s*\\d+)?|\\d+\\s*(of|/)\\s*\\d+|-\\s*\\d+\\s*-|p\\.\\s*\\d+)$");
  private static final Pattern CONTINUED =
      Pattern.compile(
          "(?i)^\\(?(continued|cont'?d\\.?|continued on next page|\\.\\.\\.continued)\\)?$");

  private PageFurniture() {}

  /** The numbers of the lines that are page furniture. */
  static Set<Integer> find(List<TextLine> lines) {
    Map<String, Set<Integer>> pagesByText = new HashMap<>();
    for (TextLine line : lines) {
      pagesByText.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
    }
    Set<Integer> furniture = new HashSet<>();
    for (TextLine line : lines) {
      boolean pageNumber =
          line.cells().stream().anyMatch(c -> PAGE_NUMBER.matcher(c.text().strip()).matches());
      boolean continued = CONTINUED.matcher(line.text().strip()).matches();
      boolean repeated = pagesByText.get(key(line)).size() >= 2;
      if (pageNumber || continued || repeated) furniture.add(line.number());
    }
    return furniture;
  }

  private static String key(TextLine line) {
    return line.text().replaceAll("(?i)page\\s*\\d+(\\s*(of|/)\\s*\\d+)?", "page").strip();
  }
}

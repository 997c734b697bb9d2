package app.resell.imports.control.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An invoice printed more than once into one file (a buyer copy and an office copy, a customer and
 * a file copy): the pages repeat after the first copy, with at most a tenth of their lines changed
 * ("BUYER COPY" / "OFFICE COPY"). Only the first copy is read, else every lot would be imported
 * twice. Two different pages of one invoice never share nine lines in ten, since their lots differ.
 */
final class PrintedCopies {

  private static final double SAME = 0.9;

  private PrintedCopies() {}

  /** The lines of the first copy, or all lines when the document is printed once. */
  static List<TextLine> firstCopy(List<TextLine> lines) {
    Map<Integer, List<String>> pages = new HashMap<>();
    for (TextLine line : lines) {
      pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line.text());
    }
    int count = pages.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int period = 1; period <= count / 2; period++) {
      if (count % period != 0 || !repeats(pages, count, period)) continue;
      int last = period;
      return lines.stream().filter(l -> l.page() <= last).toList();
    }
    return lines;
  }

  private static boolean repeats(Map<Integer, List<String>> pages, int count, int period) {
    for (int page = period + 1; page <= count; page++) {
      List<String> copy = pages.getOrDefault(page, List.of());
      List<String> original = pages.getOrDefault(page - period, List.of());
      if (copy.size() < 3 || similarity(copy, original) < SAME) return false;
    }
    return true;
  }

  /** The share of lines of the longer page that the other page prints too. */
  private static double similarity(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    a.forEach(t -> left.merge(t, 1, Integer::sum));
    int common = 0;
    for (String t : b) {
      Integer n = left.get(t);
      if (n != null && n > 0) {
        left.put(t, n - 1);
        common++;
      }
    }
    return (double) common / Math.max(a.size(), b.size());
  }
}

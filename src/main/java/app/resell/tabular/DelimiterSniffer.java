package app.resell.tabular;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the field separator of a csv: comma, semicolon (Excel in most of Europe), tab or pipe. The
 * right one splits most lines into the same number of fields; title lines above the header and the
 * odd comma inside a description do not change the most common count. Quoted text is skipped so
 * "Lamp, brass" does not vote for the comma.
 */
public final class DelimiterSniffer {

  private static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int LINES = 100;

  /** Excel's own hint on a csv's first line: {@code sep=;}. */
  private static final Pattern SEP_LINE = Pattern.compile("^\"?sep=(.)\"?\\r?\\n");

  private DelimiterSniffer() {}

  static char sniff(String sample) {
    Matcher hint = SEP_LINE.matcher(sample);
    if (hint.lookingAt()) return hint.group(1).charAt(0);
    List<String> lines = sample.lines().filter(l -> !l.isBlank()).limit(LINES).toList();
    char best = ',';
    int bestLines = 0;
    int bestFields = 0;
    for (char d : CANDIDATES) {
      Map<Integer, Integer> linesByCount = new HashMap<>();
      for (String line : lines) {
        int count = countOutsideQuotes(line, d);
        if (count > 0) linesByCount.merge(count, 1, Integer::sum);
      }
      for (Map.Entry<Integer, Integer> e : linesByCount.entrySet()) {
        int agreeing = e.getValue();
        int fields = e.getKey();
        if (agreeing > bestLines || (agreeing == bestLines && fields > bestFields)) {
          best = d;
          bestLines = agreeing;
          bestFields = fields;
        }
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char delimiter) {
    boolean quoted = false;
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') quoted = !quoted;
      else if (c == delimiter && !quoted) count++;
    }
    return count;
  }
}

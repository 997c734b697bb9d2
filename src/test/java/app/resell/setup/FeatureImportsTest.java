package app.resell.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules that keep features apart (docs/ARCHITECTURE.md), read from the sources: no two
 * features import each other, and SQL against the tables of items, listings and sales is written
 * only by the features that own them (others read the owners' views and classes).
 */
class FeatureImportsTest {

  static final Path SOURCES = Path.of("src/main/java/app/resell");
  static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?app\\.resell\\.([a-z]+)\\.", Pattern.MULTILINE);
  static final Pattern TABLE_SQL =
      Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+(inventory|platform_listings|sales)\\b");

  @Test
  void noTwoFeaturesImportEachOther() throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    for (Path file : javaFiles()) {
      String feature = feature(file);
      Matcher m = IMPORT.matcher(Files.readString(file));
      while (m.find()) {
        if (!m.group(1).equals(feature)) {
          imports.computeIfAbsent(feature, k -> new TreeSet<>()).add(m.group(1));
        }
      }
    }
    List<String> pairs = new ArrayList<>();
    imports.forEach(
        (a, targets) -> {
          for (String b : targets) {
            if (a.compareTo(b) < 0 && imports.getOrDefault(b, Set.of()).contains(a)) {
              pairs.add(a + " <-> " + b);
            }
          }
        });
    assertThat(pairs).as("features importing each other").isEmpty();
  }

  @Test
  void onlyTheOwnersWriteSqlAgainstItemsListingsAndSales() throws IOException {
    Map<String, String> owner =
        Map.of("inventory", "inventory", "platform_listings", "listings", "sales", "listings");
    List<String> strays = new ArrayList<>();
    for (Path file : javaFiles()) {
      Matcher m = TABLE_SQL.matcher(Files.readString(file));
      while (m.find()) {
        String table = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String feature = feature(file);
        if (!feature.equals(owner.get(table)) && !feature.equals("inventory")) {
          strays.add(SOURCES.relativize(file) + ": " + m.group());
        } else if (feature.equals("inventory") && !table.equals("inventory")) {
          strays.add(SOURCES.relativize(file) + ": " + m.group());
        }
      }
    }
    assertThat(strays).as("SQL against another feature's table").isEmpty();
  }

  private static String feature(Path file) {
    return SOURCES.relativize(file).getName(0).toString();
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }
}

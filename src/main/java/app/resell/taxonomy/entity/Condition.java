package app.resell.taxonomy.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 9 item conditions of the classification policy, from best to worst grade, then the special
 * cases. The database type {@code item_condition} holds the same values.
 */
public enum Condition {
  MINT,
  EXCELLENT,
  VERY_GOOD,
  GOOD,
  FAIR,
  POOR,
  RESTORATION,
  PARTS,
  UNKNOWN;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Condition> parse(String text) {
    if (text == null) return Optional.empty();
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return Arrays.stream(values()).filter(c -> c.value().equals(wanted)).findFirst();
  }

  public static List<String> allowedValues() {
    return Arrays.stream(values()).map(Condition::value).toList();
  }
}

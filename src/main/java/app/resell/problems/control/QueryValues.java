package app.resell.problems.control;

import java.util.List;
import java.util.UUID;

/**
 * Query-string values read the same way by every endpoint: blank means "not given"; anything else
 * must be valid, or the answer is a 400 problem that names the parameter and what it takes.
 */
public final class QueryValues {

  private static final List<String> FLAGS = List.of("true", "false");

  private QueryValues() {}

  /** {@code true} or {@code false} in any case; null when blank. */
  public static Boolean flag(String field, String value) {
    if (value == null || value.isBlank()) return null;
    String given = value.trim();
    if (given.equalsIgnoreCase("true")) return true;
    if (given.equalsIgnoreCase("false")) return false;
    throw ProblemException.notOneOf(field, value, FLAGS);
  }

  /**
   * An id (a UUID in its usual 36-character spelling, any case); null when blank. The one id parser
   * of the API, for paths, query strings and ids inside bodies alike.
   */
  public static UUID id(String field, String value) {
    if (value == null || value.isBlank()) return null;
    String given = value.trim();
    try {
      UUID id = UUID.fromString(given);
      if (id.toString().equalsIgnoreCase(given)) return id;
    } catch (IllegalArgumentException e) {
      // answered below, as a short form such as 1-2-3-4-5 is
    }
    throw ProblemException.invalid(field, "'" + value + "' is not a valid id (a UUID)");
  }

  /** An id that must be given: 400 naming the field when it is blank. */
  public static UUID requiredId(String field, String value) {
    UUID id = id(field, value);
    if (id == null) throw ProblemException.invalid(field, "is required");
    return id;
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when blank. */
  public static int whole(String field, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) return fallback;
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) return number;
    } catch (NumberFormatException e) {
      // answered below, as an out-of-range number is
    }
    String range =
        max == Integer.MAX_VALUE ? "of " + min + " or more" : "from " + min + " to " + max;
    throw ProblemException.invalid(field, "'" + value + "' is not a whole number " + range);
  }
}

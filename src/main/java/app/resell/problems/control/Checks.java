package app.resell.problems.control;

import app.resell.taxonomy.entity.Category;
import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Collects every invalid value of one request, so the client learns all of them from one 400
 * instead of fixing them one answer at a time. Query texts and body fields are checked by hand
 * (Bean Validation on JAX-RS parameters breaks Payara's OpenAPI).
 */
public final class Checks {

  private static final Pattern WEB_ADDRESS =
      Pattern.compile("(?i)https?://[^\\s/?#@]+(?:[/?#]\\S*)?");

  private final List<Problem.FieldError> errors = new ArrayList<>();

  public void fail(String field, String message) {
    errors.add(new Problem.FieldError(field, message));
  }

  public boolean failed() {
    return !errors.isEmpty();
  }

  /** Throws the 400 naming every field that failed, if any did. */
  public void done() {
    if (errors.isEmpty()) return;
    StringBuilder detail = new StringBuilder();
    for (Problem.FieldError e : errors) {
      if (detail.length() > 0) detail.append("; ");
      detail.append(e.field()).append(": ").append(e.message());
    }
    throw new ProblemException(
        400, "validation", "Some values are not valid", detail.toString(), errors);
  }

  public Platform platform(String field, String text) {
    if (text == null || text.isBlank()) {
      fail(field, "is required; use one of: " + String.join(", ", Platform.allowedValues()));
      return null;
    }
    return Platform.parse(text)
        .orElseGet(
            () -> {
              fail(field, notOneOf(text, Platform.allowedValues()));
              return null;
            });
  }

  /** A category, or null when none is given. */
  public Category category(String field, String text) {
    if (text == null || text.isBlank()) return null;
    return Category.parse(text)
        .orElseGet(
            () -> {
              fail(field, notOneOf(text, Category.allowedValues()));
              return null;
            });
  }

  /** An amount of zero or more, or null when none is given (and none is required). */
  public BigDecimal amount(String field, BigDecimal value, boolean required) {
    if (value == null) {
      if (required) fail(field, "is required");
      return null;
    }
    if (value.signum() < 0) fail(field, "must not be negative");
    else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      fail(field, "has more than two decimals");
    }
    return value;
  }

  /** A percentage between {@code min} (exclusive) and 1000, or null when none is given. */
  public BigDecimal percent(
      String field, BigDecimal value, BigDecimal exclusiveMin, boolean required) {
    if (value == null) {
      if (required) fail(field, "is required");
      return null;
    }
    if (value.compareTo(exclusiveMin) <= 0) {
      fail(field, "must be greater than " + exclusiveMin.toPlainString());
    } else if (value.compareTo(BigDecimal.valueOf(1000)) > 0) {
      fail(field, "must be at most 1000");
    }
    return value;
  }

  /** A rate between 0 and 100 percent, or null when none is given. */
  public BigDecimal rate(String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
      fail(field, "must be between 0 and 100");
    }
    return value;
  }

  /** A number given as query text, or null when none is given. */
  public BigDecimal number(String field, String text) {
    try {
      return Decimals.parse(field, text);
    } catch (ProblemException refused) {
      errors.addAll(refused.errors());
      return null;
    }
  }

  /** A web address, or null when none is given: http or https only, never javascript: or data:. */
  public String webAddress(String field, String text, int maxLength) {
    if (text == null || text.isBlank()) return null;
    String given = text.strip();
    if (given.length() > maxLength) fail(field, "is longer than " + maxLength + " characters");
    else if (!isWebAddress(given)) fail(field, "must be an http(s) address like https://...");
    return given;
  }

  /** Whether the text is an absolute http or https address with a host. */
  public static boolean isWebAddress(String text) {
    return text != null && WEB_ADDRESS.matcher(text).matches();
  }

  public UUID id(String field, String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      fail(field, "'" + text + "' is not a valid id");
      return null;
    }
  }

  /** A path id; 400 when it is not a UUID, as everywhere in the API. */
  public static UUID pathId(String field, String text) {
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw ProblemException.invalid(field, "'" + text + "' is not a valid id (a UUID)");
    }
  }

  private static String notOneOf(String given, List<String> allowed) {
    return "'" + given + "' is not allowed; use one of: " + String.join(", ", allowed);
  }
}

package app.resell.listings.control;

import app.resell.problems.control.Decimals;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads request bodies field by field, so every wrong value is a 400 naming its field (a JSON-B
 * binding error could only say "bad JSON"), and unknown fields are refused instead of silently
 * ignored: a misspelled {@code list_prise} must not look like a successful edit.
 */
final class JsonFields {

  static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");

  private JsonFields() {}

  static JsonObject object(String body) {
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.invalid("body", "must be a JSON object");
    }
  }

  static void onlyKnown(JsonObject body, Set<String> known, Set<String> ignored) {
    for (String key : body.keySet()) {
      if (!known.contains(key) && !ignored.contains(key)) {
        throw ProblemException.invalid(
            key, "is not a field here; use one of: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  static boolean isNull(JsonObject body, String key) {
    return body.get(key) == null || body.get(key).getValueType() == JsonValue.ValueType.NULL;
  }

  static String text(JsonObject body, String key, int maxLength) {
    if (isNull(body, key)) return null;
    if (!(body.get(key) instanceof JsonString s))
      throw ProblemException.invalid(key, "must be text");
    String value = s.getString().strip();
    if (value.length() > maxLength) {
      throw ProblemException.invalid(key, "must be at most " + maxLength + " characters");
    }
    return value.isEmpty() ? null : value;
  }

  /** An amount of money: a number (or numeric text) with at most 2 decimals, not negative. */
  static BigDecimal money(JsonObject body, String key) {
    if (isNull(body, key)) return null;
    BigDecimal amount;
    JsonValue value = body.get(key);
    if (value instanceof JsonNumber n) {
      amount = Decimals.bounded(key, n.bigDecimalValue());
    } else if (value instanceof JsonString s) {
      try {
        amount = Decimals.parse(key, s.getString());
      } catch (ProblemException notANumber) {
        if (!notANumber.getMessage().endsWith(Decimals.NOT_A_NUMBER)) throw notANumber;
        amount = null;
      }
      if (amount == null) throw ProblemException.invalid(key, "must be an amount like 12.50");
    } else {
      throw ProblemException.invalid(key, "must be an amount like 12.50");
    }
    if (amount.signum() < 0) throw ProblemException.invalid(key, "must not be negative");
    if (amount.stripTrailingZeros().scale() > 2) {
      throw ProblemException.invalid(key, "must have at most 2 decimals");
    }
    if (amount.compareTo(MAX_MONEY) > 0) {
      throw ProblemException.invalid(key, "must be at most " + MAX_MONEY.toPlainString());
    }
    return amount.setScale(2);
  }

  static Integer count(JsonObject body, String key, int min) {
    if (isNull(body, key)) return null;
    if (!(body.get(key) instanceof JsonNumber n) || !n.isIntegral()) {
      throw ProblemException.invalid(key, "must be a whole number");
    }
    int value;
    try {
      value = n.intValueExact();
    } catch (ArithmeticException e) {
      throw ProblemException.invalid(key, "is too large");
    }
    if (value < min) throw ProblemException.invalid(key, "must be at least " + min);
    return value;
  }

  /** An ISO-8601 date-time with offset, or a date (the start of that day, UTC). */
  static OffsetDateTime time(JsonObject body, String key) {
    String text = text(body, key, 40);
    if (text == null) return null;
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException again) {
        throw ProblemException.invalid(
            key, "must be an ISO-8601 date-time (2025-03-01T10:00:00Z) or date (2025-03-01)");
      }
    }
  }

  static Long version(JsonObject body) {
    if (isNull(body, "version")) return null;
    if (!(body.get("version") instanceof JsonNumber n) || !n.isIntegral()) {
      throw ProblemException.invalid("version", "must be the whole number you read");
    }
    return n.longValue();
  }
}

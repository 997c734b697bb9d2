package app.resell.setup.control;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole-number properties read exactly: JSON-B's default narrows {@code 99999999999999999999} to
 * some int and {@code 1.5} to 1 without a word, so a quantity could be stored as a number nobody
 * sent. Out of range or fractional is a deserialization error, which the API answers as a 400
 * naming the property.
 */
public final class ExactWholeNumbers {

  private ExactWholeNumbers() {}

  /** For {@code Integer} properties. */
  public static final class Ints implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = number(parser, context);
      if (value == null) return null;
      try {
        return value.intValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException(
            "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      }
    }
  }

  /** For {@code Long} properties. */
  public static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      BigDecimal value = number(parser, context);
      if (value == null) return null;
      try {
        return value.longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("must be a whole number within 64 bits");
      }
    }
  }

  /** The value as JSON-B reads a BigDecimal (a number, or numeric text). */
  private static BigDecimal number(JsonParser parser, DeserializationContext context) {
    return context.deserialize(BigDecimal.class, parser);
  }
}

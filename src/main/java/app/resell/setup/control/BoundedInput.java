package app.resell.setup.control;

import app.resell.problems.control.Decimals;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Every decimal of a JSON body read with bounds, whatever request class it lands in: within {@link
 * Decimals}' digits, so {@code "1e10000000"} never reaches arithmetic. An array or object where a
 * number belongs ({@code [1]} as an amount) is refused too. Each refusal is a deserialization
 * error, which the API answers as a 400 naming the property.
 */
public final class BoundedInput {

  private BoundedInput() {}

  /** For {@code BigDecimal} properties: a JSON number or numeric text. */
  public static final class Numbers implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      String text;
      try {
        text = parser.getString(); // a number's text as sent: nothing is parsed before the bounds
      } catch (IllegalStateException notNumberOrText) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) return null;
        throw new JsonbException("must be a number, not " + kind(value));
      }
      if (text.isBlank()) return null;
      try {
        return Decimals.parse("value", text);
      } catch (RuntimeException refused) {
        throw new JsonbException(refused.getMessage().substring("value: ".length()));
      }
    }
  }

  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case TRUE, FALSE -> "true or false";
      default -> "text";
    };
  }
}

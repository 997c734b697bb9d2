package app.resell.setup.control;

import app.resell.problems.control.Decimals;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Every decimal and every text of a JSON body read with bounds, whatever request class it lands in:
 * a decimal within {@link Decimals}' digits (so {@code "1e10000000"} never reaches arithmetic) and
 * a text of at most {@value #MAX_TEXT} characters (a 10 MB description was once stored). An array
 * or object where a number or text belongs ({@code [1]} as an amount) is refused too. Each refusal
 * is a deserialization error, which the API answers as a 400 naming the property.
 */
public final class BoundedInput {

  /** The longest text any field of a JSON body takes (docs/SECURITY.md). */
  public static final int MAX_TEXT = 20_000;

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

  /** For {@code String} properties: text (a number or a flag is read as its text, as before). */
  public static final class Texts implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      String text;
      if (value instanceof JsonString s) text = s.getString();
      else if (value instanceof JsonNumber n) text = n.toString();
      else if (value == JsonValue.TRUE) text = "true";
      else if (value == JsonValue.FALSE) text = "false";
      else if (value == JsonValue.NULL) return null;
      else throw new JsonbException("must be text, not " + kind(value));
      if (text.length() > MAX_TEXT) {
        throw new JsonbException("must be at most " + MAX_TEXT + " characters");
      }
      return text;
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

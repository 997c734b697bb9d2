package app.resell.setup.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;

/**
 * The one JSON-B configuration of the API: snake_case property names (the product's contract),
 * nulls left out, ISO-8601 dates (JSON-B's default for java.time), BigDecimal as exact numbers.
 */
public final class JsonMapping {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withNullValues(false)
              .withDeserializers(new ExactWholeNumbers.Ints(), new ExactWholeNumbers.Longs()));

  private JsonMapping() {}

  public static Jsonb jsonb() {
    return JSONB;
  }
}

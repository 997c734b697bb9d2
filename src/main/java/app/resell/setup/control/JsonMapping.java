package app.resell.setup.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-B configuration of the API: snake_case property names ({@link SnakeCase}, the
 * product's contract, shared with the OpenAPI document), nulls left out, ISO-8601 dates (JSON-B's
 * default for java.time), BigDecimal as exact numbers, decimals and texts read within bounds
 * ({@link BoundedInput}).
 *
 * <p>Also the one JSON-P provider: every {@code jakarta.json.Json.createX} call looks the provider
 * up again through the application's class loader (a ServiceLoader scan of every jar), which took a
 * third of the CPU of an inventory page when each item's keywords were parsed that way. Use {@link
 * #json()} instead; the provider is thread-safe.
 */
public final class JsonMapping {

  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonMapping() {}

  /** The JSON-P provider, looked up once. */
  public static JsonProvider json() {
    return JSON;
  }

  public static Jsonb jsonb() {
    return Binding.JSONB;
  }

  /** Made on first use: code that needs only JSON-P does not need a JSON-B provider. */
  private static final class Binding {
    static final Jsonb JSONB =
        JsonbBuilder.create(
            new JsonbConfig()
                .withPropertyNamingStrategy(SnakeCase.RULE)
                .withNullValues(false)
                .withDeserializers(
                    new ExactWholeNumbers.Ints(),
                    new ExactWholeNumbers.Longs(),
                    new BoundedInput.Numbers(),
                    new BoundedInput.Texts()));
  }
}

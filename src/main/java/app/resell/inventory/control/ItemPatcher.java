package app.resell.inventory.control;

import app.resell.problems.control.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.util.Set;

/**
 * Applies an RFC 6902 JSON Patch to an item's editable fields ({@link ItemFields}).
 *
 * <p>Every path (and every {@code from}) must name an editable field, or an element of {@code
 * keywords}: read-only fields (lot_id, total_cost, version...) and unknown fields are 400s, so a
 * patch can never touch what the server computes. Operations run one by one; a failed {@code test}
 * is 409 Conflict (the item is not in the state the client expected, like a stale version), any
 * other failing operation (removing a missing keyword, say) is 400. Numbers are compared by value
 * in {@code test}, so 12.5 equals a stored 12.50.
 */
public final class ItemPatcher {

  private static final Set<String> OPERATIONS =
      Set.of("add", "remove", "replace", "move", "copy", "test");

  /** Writes every field, nulls included, so "replace" works on an empty field. */
  private static final Jsonb DOCUMENT =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
              .withNullValues(true));

  private ItemPatcher() {}

  /** Parses a patch body; 400 unless it is an array of valid operations on editable fields. */
  public static JsonArray parse(String body) {
    JsonStructure parsed;
    try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      parsed = reader.read();
    } catch (JsonException e) {
      throw ProblemException.invalid("patch", "is not valid JSON");
    }
    if (!(parsed instanceof JsonArray ops)) {
      throw ProblemException.invalid("patch", "must be a JSON array of operations (RFC 6902)");
    }
    validate(ops);
    return ops;
  }

  public static void validate(JsonArray ops) {
    if (ops.isEmpty()) throw ProblemException.invalid("patch", "has no operations");
    for (int i = 0; i < ops.size(); i++) {
      String where = "patch[" + i + "]";
      if (!(ops.get(i) instanceof JsonObject op)) {
        throw ProblemException.invalid(where, "must be an object with op and path");
      }
      String name = text(op, "op", where);
      if (!OPERATIONS.contains(name)) {
        throw ProblemException.notOneOf(where + ".op", name, OPERATIONS.stream().sorted().toList());
      }
      checkPath(text(op, "path", where), where + ".path");
      if (name.equals("move") || name.equals("copy")) {
        checkPath(text(op, "from", where), where + ".from");
      }
      if (Set.of("add", "replace", "test").contains(name) && !op.containsKey("value")) {
        throw ProblemException.invalid(where + ".value", "is required for '" + name + "'");
      }
    }
  }

  /** The fields after the patch. Bean Validation of the result is the caller's job. */
  public static ItemFields apply(ItemFields current, JsonArray ops) {
    JsonStructure document = document(current);
    for (int i = 0; i < ops.size(); i++) {
      JsonObject op = ops.getJsonObject(i);
      String path = op.getString("path");
      if (op.getString("op").equals("test")) {
        JsonValue actual = valueAt(document, path);
        if (actual == null || !same(actual, op.get("value"))) {
          throw ProblemException.conflict(
              "patch["
                  + i
                  + "]: test failed, "
                  + path
                  + " is "
                  + actual
                  + ", not "
                  + op.get("value"));
        }
        continue;
      }
      try {
        document = Json.createPatch(Json.createArrayBuilder().add(op).build()).apply(document);
      } catch (JsonException e) {
        throw ProblemException.invalid("patch[" + i + "]", "cannot be applied: " + e.getMessage());
      }
    }
    try {
      return DOCUMENT.fromJson(document.toString(), ItemFields.class);
    } catch (JsonbException e) {
      throw ProblemException.invalid("patch", "gives a field a value of the wrong type");
    }
  }

  /** The editable fields as the JSON document patches see. */
  public static JsonObject document(ItemFields fields) {
    try (var reader = Json.createReader(new StringReader(DOCUMENT.toJson(fields)))) {
      return reader.readObject();
    }
  }

  private static void checkPath(String path, String where) {
    if (path.isEmpty() || !path.startsWith("/")) {
      throw ProblemException.invalid(where, "must point to a field of the item, like /item_name");
    }
    String[] parts = path.substring(1).split("/", -1);
    String field = parts[0];
    if (ItemFields.READ_ONLY.contains(field)) {
      throw ProblemException.invalid(where, "'" + field + "' is read-only");
    }
    if (!ItemFields.EDITABLE.contains(field)) {
      throw ProblemException.notOneOf(where, field, ItemFields.EDITABLE.stream().sorted().toList());
    }
    boolean keywordElement =
        field.equals("keywords") && parts.length == 2 && parts[1].matches("\\d+|-");
    if (parts.length > 1 && !keywordElement) {
      throw ProblemException.invalid(
          where, "'" + path + "' goes below a field; only /keywords/<index> may");
    }
  }

  private static String text(JsonObject op, String key, String where) {
    if (!(op.get(key) instanceof JsonString value)) {
      throw ProblemException.invalid(where + "." + key, "is required and must be a string");
    }
    return value.getString();
  }

  private static JsonValue valueAt(JsonStructure document, String path) {
    try {
      return Json.createPointer(path).getValue(document);
    } catch (JsonException e) {
      return null;
    }
  }

  static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    return a.equals(b);
  }
}

package app.resell.inventory.control;

import app.resell.problems.control.Decimals;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.setup.control.JsonPatches;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies an RFC 6902 JSON Patch or an RFC 7396 merge patch to an item's editable fields ({@link
 * ItemFields}).
 *
 * <p>Every path (and every {@code from}) must name an editable field, or an element of {@code
 * keywords}: read-only fields (lot_id, total_cost, version...) and unknown fields are 400s, so a
 * patch can never touch what the server computes. Operations run one by one; a failed {@code test}
 * is 409 Conflict (the item is not in the state the client expected, like a stale version), any
 * other failing operation (removing a missing keyword, say) is 400. Numbers are compared by value
 * in {@code test}, so 12.5 equals a stored 12.50.
 */
public final class ItemPatcher {

  private static final List<ItemField> FIELDS = ItemField.with(ItemField.Flag.EDITABLE);

  private static final Set<String> OPERATIONS =
      Set.of("add", "remove", "replace", "move", "copy", "test");

  private ItemPatcher() {}

  /** Parses a patch body; 400 unless it is an array of valid operations on editable fields. */
  public static JsonArray parse(String body) {
    JsonStructure parsed;
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
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

  /**
   * The fields after an RFC 7396 merge patch: only the members sent change, null clears a field,
   * {@code keywords} is replaced whole. Every member must name an editable field (400 naming it).
   * Bean Validation of the result is the caller's job.
   */
  public static ItemFields merge(ItemFields current, String body) {
    JsonStructure parsed;
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      parsed = reader.read();
    } catch (JsonException e) {
      throw ProblemException.invalid("patch", "is not valid JSON");
    }
    if (!(parsed instanceof JsonObject patch) || patch.isEmpty()) {
      throw ProblemException.invalid(
          "patch", "must be a JSON object of the fields to change (RFC 7396)");
    }
    for (String field : patch.keySet()) {
      if (ItemFields.READ_ONLY.contains(field)) {
        throw ProblemException.invalid(field, "is read-only");
      }
      if (!ItemFields.EDITABLE.contains(field)) {
        throw ProblemException.invalid(field, "is not a field of an item");
      }
    }
    JsonValue merged = JsonMapping.json().createMergePatch(patch).apply(document(current));
    return fields((JsonObject) merged);
  }

  /** The fields after the patch. Bean Validation of the result is the caller's job. */
  public static ItemFields apply(ItemFields current, JsonArray ops) {
    JsonStructure document = JsonPatches.apply(document(current), ops);
    if (!(document instanceof JsonObject result)) {
      throw ProblemException.invalid("patch", "must leave the item a JSON object");
    }
    return fields(result);
  }

  /**
   * The editable fields as the JSON document patches see, every field present (nulls included) so
   * "replace" works on an empty field; in the order of the field table ({@link ItemField}).
   */
  public static JsonObject document(ItemFields f) {
    JsonObjectBuilder d = JsonMapping.json().createObjectBuilder();
    for (ItemField field : FIELDS) {
      String key = field.json();
      Object value = f.get(field);
      if (value == null) {
        d.addNull(key);
        continue;
      }
      switch (field.kind()) {
        case INTEGER -> d.add(key, (Integer) value);
        case MONEY, DECIMAL -> d.add(key, (BigDecimal) value);
        case FLAG -> d.add(key, (Boolean) value);
        case WORDS -> d.add(key, JsonMapping.json().createArrayBuilder((List<?>) value));
        default -> d.add(key, (String) value);
      }
    }
    return d.build();
  }

  /** Reads a patched document back; a value of the wrong JSON type is a 400 naming the field. */
  static ItemFields fields(JsonObject d) {
    ItemFields f = new ItemFields();
    for (ItemField field : FIELDS) f.set(field, value(d, field));
    for (String key : d.keySet()) {
      if (!ItemFields.EDITABLE.contains(key)) {
        throw ProblemException.invalid(key, "is not a field of an item");
      }
    }
    return f;
  }

  private static Object value(JsonObject d, ItemField field) {
    String key = field.json();
    return switch (field.kind()) {
      case INTEGER -> whole(key, number(d, key));
      case MONEY, DECIMAL -> number(d, key);
      case FLAG -> flag(d, key);
      case WORDS -> words(d, key);
      default -> text(d, key);
    };
  }

  private static Integer whole(String key, BigDecimal number) {
    if (number == null) return null;
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw ProblemException.invalid(key, "must be a whole number");
    }
  }

  private static List<String> words(JsonObject d, String key) {
    JsonValue value = d.get(key);
    if (value == null || value == JsonValue.NULL) return null;
    if (!(value instanceof JsonArray array)) {
      throw ProblemException.invalid(key, "must be an array of words");
    }
    List<String> words = new ArrayList<>();
    for (JsonValue word : array) {
      if (!(word instanceof JsonString w)) {
        throw ProblemException.invalid(key, "must be an array of words");
      }
      words.add(w.getString());
    }
    return words;
  }

  private static String text(JsonObject d, String key) {
    JsonValue v = d.get(key);
    if (v == null || v == JsonValue.NULL) return null;
    if (v instanceof JsonString s) return s.getString();
    throw ProblemException.invalid(key, "must be text");
  }

  private static BigDecimal number(JsonObject d, String key) {
    JsonValue v = d.get(key);
    if (v == null || v == JsonValue.NULL) return null;
    if (v instanceof JsonNumber n) return Decimals.bounded(key, n.bigDecimalValue());
    throw ProblemException.invalid(key, "must be a number");
  }

  private static Boolean flag(JsonObject d, String key) {
    JsonValue v = d.get(key);
    if (v == null || v == JsonValue.NULL) return null;
    if (v == JsonValue.TRUE) return true;
    if (v == JsonValue.FALSE) return false;
    throw ProblemException.invalid(key, "must be true or false");
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
}

package app.resell.setup.control;

import app.resell.problems.control.ProblemException;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * Applies RFC 6902 JSON Patches operation by operation, so a refusal names the operation: a failed
 * {@code test} is 409 Conflict (the document is not in the state the client expected, like a stale
 * version), any other failing operation is 400. Numbers are compared by value in {@code test}, so
 * 12.5 equals a stored 12.50. Which paths a document allows is the caller's rule.
 */
public final class JsonPatches {

  private JsonPatches() {}

  /** The document after the operations; the input is not changed. */
  public static JsonStructure apply(JsonStructure document, JsonArray ops) {
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
        document =
            JsonMapping.json()
                .createPatch(JsonMapping.json().createArrayBuilder().add(op).build())
                .apply(document);
      } catch (JsonException e) {
        throw ProblemException.invalid("patch[" + i + "]", "cannot be applied: " + e.getMessage());
      }
    }
    return document;
  }

  private static JsonValue valueAt(JsonStructure document, String path) {
    try {
      return JsonMapping.json().createPointer(path).getValue(document);
    } catch (JsonException e) {
      return null;
    }
  }

  /** Whether two JSON values are equal, numbers by value. */
  public static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    return a.equals(b);
  }
}

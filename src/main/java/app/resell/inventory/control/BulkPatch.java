package app.resell.inventory.control;

import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import app.resell.problems.control.QueryValues;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One JSON Patch for many items: {@code {"ids": [...], "patch": [operations], "reason": ...}},
 * checked whole before any item is touched.
 */
public record BulkPatch(Set<UUID> ids, JsonArray ops, String reason) {

  /** The most items one bulk edit may change. */
  public static final int MAX_ITEMS = 500;

  /** The request body read and checked; every problem is a 400 naming the member. */
  public static BulkPatch parse(String body) {
    JsonObject request = object(body, "must be an object with ids and patch");
    Set<UUID> ids = itemIds(request, "ids");
    if (!(request.get("patch") instanceof JsonArray ops)) {
      throw ProblemException.invalid("patch", "must be a JSON Patch array (RFC 6902)");
    }
    ItemPatcher.validate(ops);
    return new BulkPatch(ids, ops, request.getString("reason", null));
  }

  /** A bulk edit's body as a JSON object; {@code expected} says what it should be otherwise. */
  public static JsonObject object(String body, String expected) {
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.invalid("body", expected);
    }
  }

  /** The item ids of a bulk edit in its member {@code name}: 1 to {@link #MAX_ITEMS}, in order. */
  public static Set<UUID> itemIds(JsonObject request, String name) {
    if (!(request.get(name) instanceof JsonArray idArray) || idArray.isEmpty()) {
      throw ProblemException.invalid(name, "choose at least one item");
    }
    if (idArray.size() > MAX_ITEMS) {
      throw ProblemException.invalid(name, "at most " + MAX_ITEMS + " items at once");
    }
    Set<UUID> ids = new LinkedHashSet<>();
    for (JsonValue value : idArray) {
      if (!(value instanceof JsonString text)) {
        throw ProblemException.invalid(name, "must hold item ids as strings");
      }
      ids.add(QueryValues.requiredId(name, text.getString()));
    }
    return ids;
  }

  /**
   * A refusal of one item's edit, as the refusal of the whole bulk edit naming that item by its
   * name, as the reseller knows it.
   */
  public static ProblemException refusedFor(String itemName, RuntimeException refusal) {
    if (refusal instanceof ProblemException e) {
      return new ProblemException(
          e.status(), e.slug(), e.title(), itemName + ": " + e.getMessage(), e.errors());
    }
    if (refusal instanceof ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(
                  v ->
                      new Problem.FieldError(
                          v.getPropertyPath()
                              .toString()
                              .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                              .toLowerCase(Locale.ROOT),
                          v.getMessage()))
              .toList();
      return new ProblemException(
          400,
          "validation",
          "Some values are not valid",
          itemName + ": " + errors.get(0).field().replace('_', ' ') + " " + errors.get(0).message(),
          errors);
    }
    throw refusal;
  }
}

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
    JsonObject request;
    try (var reader = JsonMapping.json().createReader(new StringReader(body == null ? "" : body))) {
      request = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw ProblemException.invalid("body", "must be an object with ids and patch");
    }
    if (!(request.get("ids") instanceof JsonArray idArray) || idArray.isEmpty()) {
      throw ProblemException.invalid("ids", "must be a non-empty array of item ids");
    }
    if (idArray.size() > MAX_ITEMS) {
      throw ProblemException.invalid("ids", "at most " + MAX_ITEMS + " items at once");
    }
    Set<UUID> ids = new LinkedHashSet<>();
    for (JsonValue value : idArray) {
      if (!(value instanceof JsonString text)) {
        throw ProblemException.invalid("ids", "must hold item ids as strings");
      }
      ids.add(QueryValues.requiredId("ids", text.getString()));
    }
    if (!(request.get("patch") instanceof JsonArray ops)) {
      throw ProblemException.invalid("patch", "must be a JSON Patch array (RFC 6902)");
    }
    ItemPatcher.validate(ops);
    return new BulkPatch(ids, ops, request.getString("reason", null));
  }

  /** A refusal of one item's edit, as the refusal of the whole bulk edit naming that item. */
  public static ProblemException refusedFor(UUID lotId, RuntimeException refusal) {
    if (refusal instanceof ProblemException e) {
      return new ProblemException(
          e.status(), e.slug(), e.title(), "Item " + lotId + ": " + e.getMessage(), e.errors());
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
          "Item " + lotId + ": " + errors.get(0).field() + ": " + errors.get(0).message(),
          errors);
    }
    throw refusal;
  }
}

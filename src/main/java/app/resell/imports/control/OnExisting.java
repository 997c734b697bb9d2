package app.resell.imports.control;

import app.resell.problems.control.ProblemException;
import java.util.List;
import java.util.Locale;

/**
 * What a sheet import does with a row that is an item already (its lot id or SKU): an inventory
 * export imported back must not create the items again. Skipping is the default: it changes nothing
 * the person did not ask for.
 */
public enum OnExisting {
  /** Leave the item as it is; the row is reported as skipped. */
  SKIP,
  /** Write what the row fills in over the item's descriptive fields (ExistingItems). */
  UPDATE;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The form's {@code on_existing}: blank is {@link #SKIP}; anything else unknown is a 400. */
  public static OnExisting parse(String text) {
    if (text == null || text.isBlank()) return SKIP;
    for (OnExisting o : values()) {
      if (o.value().equalsIgnoreCase(text.strip())) return o;
    }
    throw ProblemException.notOneOf("on_existing", text, List.of("skip", "update"));
  }
}

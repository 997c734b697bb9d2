package app.resell.imports.control.sheet;

import app.resell.taxonomy.entity.Platform;
import java.util.Objects;

/**
 * Where a column's values go: a field of the row, or a listing field of one platform when the
 * column is platform-specific ({@code ebay_price}, {@code Etsy URL}); {@code platform} is null
 * otherwise.
 */
public record ColumnTarget(SheetField field, Platform platform) {

  public ColumnTarget {
    Objects.requireNonNull(field, "field");
  }

  public static ColumnTarget of(SheetField field) {
    return new ColumnTarget(field, null);
  }

  public boolean general() {
    return platform == null;
  }

  @Override
  public String toString() {
    return platform == null ? field.key() : platform.value() + "_" + field.key();
  }
}

package app.resell.setup.entity;

import java.util.Locale;

/**
 * The spelling of Java enums in PostgreSQL enum types: the lower-case constant name ({@code
 * VERY_GOOD} <-> {@code very_good}). Each enum's JPA converter implements {@code
 * AttributeConverter} itself and delegates here: EclipseLink ignores converters whose type
 * arguments sit on a generic superclass.
 */
public final class EnumLabels {

  private EnumLabels() {}

  public static String label(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  public static <E extends Enum<E>> E parse(Class<E> type, String label) {
    return label == null ? null : Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
  }
}

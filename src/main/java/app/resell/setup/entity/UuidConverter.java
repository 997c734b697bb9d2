package app.resell.setup.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable uuid columns, an identity conversion that keeps each provider off its own path:
 * EclipseLink 4.0.7's built-in UUID conversion throws a NullPointerException on SQL NULL, which a
 * named converter replaces, so such attributes name this one explicitly. The column side is {@link
 * UUID} itself, not text or {@code Object}: Hibernate (WildFly) binds a null of a converter's
 * {@code Object} side as a value of no type PostgreSQL can use, and EclipseLink hands the driver's
 * {@link UUID} to a converter whatever its column side says. Both bind a null as a null PostgreSQL
 * types from the column ({@code stringType=unspecified}).
 */
@Converter
public class UuidConverter implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(UUID column) {
    return column;
  }
}

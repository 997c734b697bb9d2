package app.resell.setup.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable uuid columns: EclipseLink 4.0.7's built-in UUID conversion throws a
 * NullPointerException on SQL NULL, so such attributes name this converter explicitly. The driver
 * reads uuid columns as {@link UUID}; the text form written is cast to uuid by PostgreSQL ({@code
 * stringType=unspecified}).
 */
@Converter
public class UuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID value) {
    return value == null ? null : value.toString();
  }

  @Override
  public UUID convertToEntityAttribute(Object column) {
    if (column == null || column instanceof UUID) return (UUID) column;
    return UUID.fromString(column.toString());
  }
}

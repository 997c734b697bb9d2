package app.resell.setup.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For EclipseLink only, applied to every uuid attribute by {@code META-INF/eclipselink-orm.xml}:
 * EclipseLink 4.0.7's built-in UUID conversion throws a NullPointerException on SQL NULL. The
 * driver reads uuid columns as {@link UUID}; the text form written is cast to uuid by PostgreSQL
 * ({@code stringType=unspecified}). Hibernate does not read that file and maps {@code UUID}
 * natively: it binds this converter's {@code Object} column as a null of unknown type, so no entity
 * names the converter itself (docs/DEPLOYMENT.md).
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

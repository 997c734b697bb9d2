package app.resell.setup.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * For nullable uuid columns: EclipseLink 4.0.7's built-in UUID conversion throws a
 * NullPointerException on SQL NULL, so such attributes name this converter explicitly. It maps to
 * the text form, which every JPA provider binds and reads alike (EclipseLink on Payara and Open
 * Liberty, Hibernate on WildFly): PostgreSQL casts the text parameter to uuid ({@code
 * stringType=unspecified}, set by {@code SelfCreatingDataSource}) and a uuid column reads as its
 * text. A converter to {@code Object} worked on EclipseLink only: Hibernate bound every such value
 * as null.
 */
@Converter
public class UuidConverter implements AttributeConverter<UUID, String> {

  @Override
  public String convertToDatabaseColumn(UUID value) {
    return value == null ? null : value.toString();
  }

  @Override
  public UUID convertToEntityAttribute(String column) {
    return column == null ? null : UUID.fromString(column);
  }
}

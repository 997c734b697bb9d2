package app.resell.listings.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A jsonb column kept as its JSON text. The driver reads jsonb as a {@code PGobject} (hence the
 * {@code Object} column type) and PostgreSQL casts the text back on write ({@code
 * stringType=unspecified}).
 */
@Converter
public class JsonTextConverter implements AttributeConverter<String, Object> {

  @Override
  public Object convertToDatabaseColumn(String json) {
    return json == null ? "{}" : json;
  }

  @Override
  public String convertToEntityAttribute(Object column) {
    return column == null ? "{}" : column.toString();
  }
}

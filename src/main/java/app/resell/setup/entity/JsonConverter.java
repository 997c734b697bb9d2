package app.resell.setup.entity;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;

/** Maps a jsonb column to a JSON-P structure (object or array). */
@Converter
public class JsonConverter implements AttributeConverter<JsonStructure, String> {

  @Override
  public String convertToDatabaseColumn(JsonStructure value) {
    return value == null ? null : value.toString();
  }

  @Override
  public JsonStructure convertToEntityAttribute(String column) {
    if (column == null) return null;
    try (var reader = Json.createReader(new StringReader(column))) {
      return reader.read();
    }
  }
}

package app.resell.setup.entity;

import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Maps a jsonb array of strings (keywords, event names) to a list. The column type is {@code
 * Object}: the driver reads jsonb as a {@code PGobject}, whose text is the JSON.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, Object> {

  @Override
  public Object convertToDatabaseColumn(List<String> values) {
    JsonArrayBuilder array = JsonMapping.json().createArrayBuilder();
    if (values != null) values.forEach(array::add);
    return array.build().toString();
  }

  @Override
  public List<String> convertToEntityAttribute(Object column) {
    if (column == null) return List.of();
    try (var reader = JsonMapping.json().createReader(new StringReader(column.toString()))) {
      return reader.readArray().getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }
  }
}

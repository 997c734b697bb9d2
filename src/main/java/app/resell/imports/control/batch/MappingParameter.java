package app.resell.imports.control.batch;

import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** The column mapping a sheet or sales report job gets as a parameter: JSON, column to field. */
final class MappingParameter {

  private MappingParameter() {}

  /** The mapping, in the order the user gave it; empty when there is none. */
  static Map<String, String> columns(String mapping) {
    Map<String, String> result = new LinkedHashMap<>();
    if (mapping == null || mapping.isBlank()) return result;
    try (var json = JsonMapping.json().createReader(new StringReader(mapping))) {
      JsonObject object = json.readObject();
      object.forEach((column, field) -> result.put(column, ((JsonString) field).getString()));
    }
    return result;
  }
}

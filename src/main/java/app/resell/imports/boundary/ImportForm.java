package app.resell.imports.boundary;

import app.resell.imports.entity.ImportKind;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fields of an import form (the file kind, the column mapping, the flags) and its author. */
final class ImportForm {

  private ImportForm() {}

  /** The kind asked for, or {@code null} to tell each file's kind by its content. */
  static ImportKind kind(String type) {
    if (type == null || type.isBlank()) return null;
    return switch (type.strip().toLowerCase(Locale.ROOT)) {
      case "pdf" -> ImportKind.PDF;
      case "excel", "xlsx", "xls" -> ImportKind.EXCEL;
      case "csv" -> ImportKind.CSV;
      default -> throw ProblemException.notOneOf("type", type, List.of("pdf", "excel", "csv"));
    };
  }

  static String json(Map<String, String> columns) {
    return JsonMapping.json()
        .createObjectBuilder(new LinkedHashMap<String, Object>(columns))
        .build()
        .toString();
  }

  static Map<String, String> mapping(String text) {
    Map<String, String> columns = new LinkedHashMap<>();
    if (text == null || text.isBlank()) return columns;
    try (var reader = JsonMapping.json().createReader(new StringReader(text))) {
      JsonObject object = reader.readObject();
      for (var e : object.entrySet()) {
        if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
          throw ProblemException.invalid(
              "mapping", "map each column name to a field name, as text");
        }
        columns.put(e.getKey(), ((JsonString) e.getValue()).getString());
      }
    } catch (JsonException | ClassCastException e) {
      throw ProblemException.invalid(
          "mapping", "must be a JSON object such as {\"Paid\": \"bid_amount\"}");
    }
    return columns;
  }

  static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) return false;
    if (value.equalsIgnoreCase("true")) return true;
    if (value.equalsIgnoreCase("false")) return false;
    throw ProblemException.invalid(name, "must be true or false");
  }
}

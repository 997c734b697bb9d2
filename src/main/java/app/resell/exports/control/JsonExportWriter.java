package app.resell.exports.control;

import app.resell.setup.control.JsonMapping;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Writes the normalized JSON export in the design's shape with the JSON-P streaming generator:
 * {@code inventory}, {@code platform_listings}, {@code sales} and {@code photos} arrays of database
 * rows (snake_case columns, amounts as JSON numbers, instants ISO-8601, jsonb as JSON), then {@code
 * metadata}. The metadata comes last so {@code total_items} is the count actually written, without
 * a second pass over the data.
 */
public final class JsonExportWriter {

  private final JsonGenerator json;
  private long items;

  public JsonExportWriter(OutputStream out) {
    this.json = JsonMapping.json().createGenerator(out);
    json.writeStartObject();
  }

  public void startArray(String name) {
    json.writeStartArray(name);
  }

  public void endArray() {
    json.writeEnd();
    json.flush();
  }

  /** An item row; counted for {@code total_items}. */
  public void item(ResultSet rs) throws SQLException {
    items++;
    object(rs);
  }

  /** One row as an object, each column by its SQL type. */
  public void object(ResultSet rs) throws SQLException {
    json.writeStartObject();
    fields(rs);
    json.writeEnd();
  }

  /** A photo row, with the link that opens its image. */
  public void photo(ResultSet rs, String url) throws SQLException {
    json.writeStartObject();
    fields(rs);
    json.write("url", url);
    json.writeEnd();
  }

  private void fields(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    for (int k = 1; k <= meta.getColumnCount(); k++) {
      String name = meta.getColumnLabel(k);
      if (rs.getObject(k) == null) {
        json.writeNull(name);
        continue;
      }
      switch (meta.getColumnType(k)) {
        case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.DOUBLE, Types.FLOAT ->
            json.write(name, rs.getBigDecimal(k));
        case Types.INTEGER, Types.BIGINT, Types.SMALLINT -> json.write(name, rs.getLong(k));
        case Types.BOOLEAN, Types.BIT -> json.write(name, rs.getBoolean(k));
        case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
            json.write(name, rs.getObject(k, OffsetDateTime.class).toString());
        case Types.DATE -> json.write(name, rs.getObject(k, LocalDate.class).toString());
        default -> {
          String text = rs.getString(k);
          if ("jsonb".equals(meta.getColumnTypeName(k))
              || "json".equals(meta.getColumnTypeName(k))) {
            try (var reader = JsonMapping.json().createReader(new StringReader(text))) {
              json.write(name, reader.readValue());
            }
          } else {
            json.write(name, text);
          }
        }
      }
    }
  }

  /** The metadata object and the end of the document. */
  public void finish(String exportDate, Map<String, String> filtersApplied) throws IOException {
    json.writeStartObject("metadata");
    json.write("export_date", exportDate);
    json.write("total_items", items);
    json.writeStartObject("filters_applied");
    filtersApplied.forEach(json::write);
    json.writeEnd();
    json.writeEnd();
    json.writeEnd();
    json.flush();
  }
}

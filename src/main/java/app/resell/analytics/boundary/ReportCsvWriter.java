package app.resell.analytics.boundary;

import app.resell.analytics.control.CsvCells;
import app.resell.analytics.entity.Report;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A report as CSV (Accept: text/csv): its columns as the header, one line per row. */
@Provider
@Produces("text/csv")
public class ReportCsvWriter implements MessageBodyWriter<Report> {

  @Override
  public boolean isWriteable(Class<?> type, Type generic, Annotation[] a, MediaType media) {
    return Report.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Report report,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType media,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException, WebApplicationException {
    headers.putSingle("Content-Disposition", "attachment; filename=\"" + fileName(report) + "\"");
    List<List<?>> lines = new ArrayList<>();
    for (Map<String, Object> row : report.csvRows()) {
      List<Object> line = new ArrayList<>();
      for (String column : report.columns) line.add(row.get(column));
      lines.add(line);
    }
    CsvCells.write(out, report.columns, lines);
  }

  /**
   * The download's name: the report's own name and the UTC day it was made, e.g.
   * aging-report-2026-12-07.csv. Built from the server's report name only, never the client's text.
   */
  static String fileName(Report report) {
    return report.report + "-report-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
  }
}

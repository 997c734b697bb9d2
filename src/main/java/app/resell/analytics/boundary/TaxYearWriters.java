package app.resell.analytics.boundary;

import app.resell.analytics.control.CsvCells;
import app.resell.analytics.control.TaxYearPdf;
import app.resell.analytics.entity.TaxYear;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tax-year report as CSV (line, label, amount; the 1099-K check's lines after the form's) and
 * as a PDF.
 */
public final class TaxYearWriters {

  private TaxYearWriters() {}

  /** Names the download after the year and file kind, then writes the body. */
  abstract static class Download implements MessageBodyWriter<TaxYear> {
    private final String extension;

    Download(String extension) {
      this.extension = extension;
    }

    abstract void write(TaxYear t, OutputStream out) throws IOException;

    @Override
    public boolean isWriteable(Class<?> type, Type generic, Annotation[] a, MediaType media) {
      return TaxYear.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
        TaxYear t,
        Class<?> type,
        Type generic,
        Annotation[] a,
        MediaType media,
        MultivaluedMap<String, Object> headers,
        OutputStream out)
        throws IOException {
      headers.putSingle(
          "Content-Disposition",
          "attachment; filename=\"tax-year-" + t.year + "." + extension + "\"");
      write(t, out);
    }
  }

  /** text/csv. */
  @Provider
  @Produces("text/csv")
  public static class Csv extends Download {
    public Csv() {
      super("csv");
    }

    @Override
    void write(TaxYear t, OutputStream out) throws IOException {
      CsvCells.write(
          out,
          List.of("line", "label", "amount"),
          Stream.concat(
                  t.lines().stream(), t.platformReports.stream().flatMap(p -> p.lines().stream()))
              .map(l -> Arrays.<Object>asList(l.line(), l.label(), l.amount()))
              .toList());
    }
  }

  /** application/pdf. */
  @Provider
  @Produces("application/pdf")
  public static class Pdf extends Download {
    public Pdf() {
      super("pdf");
    }

    @Override
    void write(TaxYear t, OutputStream out) throws IOException {
      TaxYearPdf.write(t, out);
    }
  }
}

package app.resell.exports.control;

import app.resell.inventory.control.ItemFilter;
import app.resell.photos.control.PhotoLinks;
import app.resell.photos.control.PhotoStore;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Runs an export into a response stream. Each export holds one connection for as long as it writes,
 * in an {@link ExportSession} that is closed (rolled back, connection returned) however the export
 * ends: done, failed, or cut off by a client that went away, in which case the write throws and the
 * cursor is abandoned at once.
 */
@ApplicationScoped
public class Exporter {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  @Inject PhotoStore photos;
  @Inject PhotoLinks links;

  /** What to export: the inventory list's filter, deleted items or not, and which columns. */
  public record Request(
      ItemFilter filter, boolean includeDeleted, Map<String, String> given, String photoBase) {}

  public void csv(Request r, List<ExportColumn> columns, OutputStream out) throws IOException {
    CsvExportWriter csv = new CsvExportWriter(out, columns, photoLinks(r));
    csv.header();
    try (ExportSession session = open()) {
      session.each(
          ExportQuery.rows(r.filter(), r.includeDeleted(), columns, Long.MAX_VALUE), csv::row);
    } catch (SQLException e) {
      throw new IOException("export query failed", e);
    }
    csv.finish();
  }

  /**
   * The connection is taken before the first byte, so a database that is down is still an error
   * status; the workbook's fixed parts and header then leave while PostgreSQL plans the query.
   */
  public void xlsx(Request r, List<ExportColumn> columns, OutputStream out) throws IOException {
    try (ExportSession session = open();
        XlsxExportWriter xlsx = new XlsxExportWriter(out, columns, photoLinks(r))) {
      long limit = XlsxExportWriter.MAX_ROWS + 1L;
      session.each(
          ExportQuery.rows(r.filter(), r.includeDeleted(), columns, limit),
          rs -> {
            if (xlsx.full()) xlsx.truncated();
            else xlsx.row(rs);
          });
      xlsx.finish();
    } catch (SQLException e) {
      throw new IOException("export query failed", e);
    }
  }

  public void json(Request r, OutputStream out) throws IOException {
    JsonExportWriter json = new JsonExportWriter(out);
    try (ExportSession session = open()) {
      json.startArray("inventory");
      session.each(ExportQuery.items(r.filter(), r.includeDeleted()), json::item);
      json.endArray();
      json.startArray("platform_listings");
      session.each(ExportQuery.listings(r.filter(), r.includeDeleted()), json::object);
      json.endArray();
      json.startArray("sales");
      session.each(ExportQuery.sales(r.filter(), r.includeDeleted()), json::object);
      json.endArray();
      json.startArray("photos");
      session.each(
          ExportQuery.photos(r.filter(), r.includeDeleted()),
          rs -> json.photo(rs, r.photoBase() + links.path(rs.getObject("id", UUID.class))));
      json.endArray();
    } catch (SQLException e) {
      throw new IOException("export query failed", e);
    }
    json.finish(Instant.now().toString(), r.given());
  }

  public void pdf(Request r, OutputStream out) throws IOException {
    String subtitle =
        "Generated "
            + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + (r.given().isEmpty() ? "; all items" : "; filters: " + r.given());
    List<ExportColumn> columns =
        ExportColumns.parse(
            String.join(
                ",", PdfReportWriter.COLUMNS.stream().map(PdfReportWriter.Col::key).toList()));
    try (PdfReportWriter pdf = new PdfReportWriter(subtitle);
        ExportSession session = open()) {
      session.each(
          ExportQuery.totals(r.filter(), r.includeDeleted()),
          rs -> pdf.summary(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3)));
      session.each(
          ExportQuery.rows(r.filter(), r.includeDeleted(), columns, PdfReportWriter.MAX_ROWS),
          pdf::row);
      pdf.finish(out);
    } catch (SQLException e) {
      throw new IOException("export query failed", e);
    }
  }

  /**
   * The listing file of the draft listings on one platform among the matching items ({@link
   * ListingLayout}); photo addresses are signed links ({@link PhotoLinks}) that the marketplace can
   * fetch without signing in, built on {@code photoBase}, the server's address.
   */
  public record ListingRequest(ItemFilter filter, Platform platform, String photoBase) {}

  public void listings(ListingRequest r, OutputStream out) throws IOException {
    ListingFileWriter file =
        new ListingFileWriter(
            out, ListingLayout.of(r.platform()), r.photoBase(), photos::ofItems, links::path);
    file.header();
    try (ExportSession session = open()) {
      session.each(ExportQuery.draftListings(r.filter(), r.platform()), file::row);
      file.finish();
    } catch (SQLException e) {
      throw new IOException("export query failed", e);
    }
  }

  /** The listing file's name: the platform (one of ours, never the client's text) and the date. */
  public static String listingFileName(Platform platform) {
    return "resell-listings-" + platform.value() + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
  }

  /** A download name that carries only the date: nothing the client sent ends up in a header. */
  public static String fileName(String extension) {
    return "resell-inventory-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
  }

  /**
   * The {@code photo_urls} cell of an item from its photo ids: signed links on the server's
   * address, as in the listing files, separated by a bar.
   */
  private UnaryOperator<String> photoLinks(Request r) {
    return ids ->
        ids == null
            ? null
            : Arrays.stream(ids.split(" "))
                .map(id -> r.photoBase() + links.path(UUID.fromString(id)))
                .collect(Collectors.joining(ListingLayout.PHOTO_SEPARATOR));
  }

  private ExportSession open() throws IOException {
    try {
      return ExportSession.open(dataSource);
    } catch (SQLException e) {
      throw new IOException("no database connection for the export", e);
    }
  }
}

package app.resell.exports.control;

import app.resell.listings.control.DraftListings;
import app.resell.photos.entity.Photo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a listing file ({@link ListingLayout}) as RFC 4180 CSV in UTF-8 with a byte-order mark,
 * like the inventory CSV: text formula-guarded ({@link FormulaGuard}), amounts as plain decimals
 * with two places. Drafts are gathered {@value #BATCH} at a time so that their photos come in one
 * query per batch, not one per line.
 */
public final class ListingFileWriter {

  static final int BATCH = 500;

  private final Writer out;
  private final ListingLayout layout;
  private final String photoBase;
  private final Function<Collection<UUID>, Map<UUID, List<Photo>>> photos;
  private final Function<Photo, String> photoPath;
  private final List<DraftListings.Row> pending = new ArrayList<>();

  /**
   * @param photoBase the server's address that photo paths are appended to
   * @param photos the photos of a batch of items, by item
   * @param photoPath a photo's path that a marketplace can fetch (a signed link)
   */
  public ListingFileWriter(
      OutputStream stream,
      ListingLayout layout,
      String photoBase,
      Function<Collection<UUID>, Map<UUID, List<Photo>>> photos,
      Function<Photo, String> photoPath) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    this.layout = layout;
    this.photoBase = photoBase;
    this.photos = photos;
    this.photoPath = photoPath;
  }

  public void header() throws IOException {
    out.write('\uFEFF');
    line(layout.header());
    out.flush();
  }

  public void row(ResultSet rs) throws SQLException, IOException {
    pending.add(DraftListings.read(rs));
    if (pending.size() >= BATCH) drain();
  }

  public void finish() throws IOException {
    drain();
    out.flush();
  }

  private void drain() throws IOException {
    if (pending.isEmpty()) return;
    Map<UUID, List<Photo>> byItem =
        photos.apply(pending.stream().map(DraftListings.Row::lotId).toList());
    for (DraftListings.Row draft : pending) {
      List<String> urls =
          byItem.getOrDefault(draft.lotId(), List.of()).stream()
              .map(p -> photoBase + photoPath.apply(p))
              .toList();
      line(layout.cells(draft, urls));
    }
    pending.clear();
  }

  private void line(List<?> cells) throws IOException {
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) out.write(',');
      out.write(cell(cells.get(k)));
    }
    out.write("\r\n");
  }

  static String cell(Object value) {
    if (value == null) return "";
    if (value instanceof BigDecimal amount) {
      return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    if (value instanceof Number number) return number.toString();
    return CsvExportWriter.field(value.toString());
  }
}

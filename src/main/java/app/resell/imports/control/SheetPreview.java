package app.resell.imports.control;

import app.resell.imports.control.batch.ItemClassification;
import app.resell.imports.control.batch.SheetRowProcessor;
import app.resell.imports.control.sheet.ParsedRow;
import app.resell.imports.control.sheet.RejectedRow;
import app.resell.imports.control.sheet.RowResult;
import app.resell.imports.control.sheet.SheetFormat;
import app.resell.imports.control.sheet.SheetImportReader;
import app.resell.imports.control.sheet.SheetLayout;
import app.resell.imports.control.sheet.SheetRow;
import app.resell.imports.control.sheet.SheetRowParser;
import app.resell.imports.control.sheet.SkippedRow;
import app.resell.inventory.control.ExistingItems;
import app.resell.tabular.SheetReadException;
import app.resell.tabular.UncheckedSheetReadException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A dry run of a spreadsheet import: the same parsing, validation and classification as the batch
 * job, nothing written. Answers the shape of a finished import, so the UI can show a preview of the
 * first rows, every rejected row, and how the columns were understood.
 */
@ApplicationScoped
public class SheetPreview {

  static final int PREVIEW_ITEMS = 500;

  /** Rows looked up in one statement. */
  private static final int MATCHED_AT_ONCE = 5000;

  @Inject ItemClassification classification;

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** A row's identity, kept for every good row to find those that are items already. */
  private record Key(int sourceLine, String lotId, String sku) implements ExistingItems.Key {}

  public ImportReport preview(
      Path file, String fileName, Map<String, String> mapping, int maxRows, OnExisting onExisting) {
    List<Key> keys = new ArrayList<>();
    SheetRowParser parser = new SheetRowParser();
    List<ImportReport.Item> items = new ArrayList<>();
    List<ImportReport.Rejected> rejected = new ArrayList<>();
    int imported = 0;
    int skipped = 0;
    int lastRow = 0;
    SheetLayout layout;
    try (SheetImportReader reader =
        SheetImportReader.open(file, SheetFormat.DETECT, mapping, maxRows)) {
      layout = reader.layout();
      while (reader.hasNext()) {
        SheetRow row = reader.next();
        lastRow = row.rowNumber();
        RowResult result = parser.parse(row, layout);
        if (result instanceof SkippedRow) {
          skipped++;
        } else if (result instanceof RejectedRow r) {
          rejected.add(
              new ImportReport.Rejected(r.rowNumber(), r.rowNumber(), r.rawText(), r.reason()));
        } else {
          ParsedRow parsed = (ParsedRow) result;
          imported++;
          if (parsed.lotId() != null || parsed.sku() != null) {
            keys.add(new Key(parsed.rowNumber(), parsed.lotId(), parsed.sku()));
          }
          if (items.size() < PREVIEW_ITEMS) {
            items.add(
                ImportReport.Item.preview(
                    SheetRowProcessor.toItem(parsed, row.rawText(), classification), null));
          }
        }
      }
    } catch (SheetReadException e) {
      return failed(fileName, e.code(), e.getMessage());
    } catch (UncheckedSheetReadException e) {
      return failed(fileName, e.code(), e.getMessage());
    }
    ImportReport.Existing existing = existing(keys, onExisting);
    if (existing != null) {
      imported -= existing.matched();
      Set<Integer> matchedLines = new HashSet<>();
      existing.rows().forEach(r -> matchedLines.add(r.line()));
      items.removeIf(i -> matchedLines.contains(i.sourceRow()));
    }
    return new ImportReport(
        null,
        null,
        "completed",
        100,
        true,
        fileName,
        null,
        null,
        null,
        null,
        null,
        layout(layout),
        null,
        null,
        new ImportReport.Result(
            imported + rejected.size() + skipped,
            imported,
            rejected.size(),
            skipped,
            lastRow,
            null,
            items,
            rejected,
            existing),
        null);
  }

  /**
   * The rows that are items already and what the import would do with them; a second row of the
   * same item is skipped, as the import does. Null when there are none.
   */
  private ImportReport.Existing existing(List<Key> keys, OnExisting onExisting) {
    if (keys.isEmpty()) return null;
    List<ImportReport.ExistingRow> rows = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    int updated = 0;
    int skipped = 0;
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < keys.size(); from += MATCHED_AT_ONCE) {
        List<Key> part = keys.subList(from, Math.min(keys.size(), from + MATCHED_AT_ONCE));
        Map<Integer, ExistingItems.Match> found = ExistingItems.match(c, part);
        for (Key key : part) {
          ExistingItems.Match m = found.get(key.sourceLine());
          if (m == null) continue;
          boolean update = onExisting == OnExisting.UPDATE && seen.add(m.lotId());
          if (update) updated++;
          else skipped++;
          if (rows.size() < 1000) {
            rows.add(
                new ImportReport.ExistingRow(
                    key.sourceLine(), m.lotId(), m.itemName(), update ? "updated" : "skipped"));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not look the sheet's items up", e);
    }
    if (updated + skipped == 0) return null;
    return new ImportReport.Existing(
        onExisting.value(), updated + skipped, updated, 0, skipped, rows);
  }

  private static ImportReport failed(String fileName, String code, String message) {
    return ImportReport.failedPreview(null, fileName, new ImportReport.Failure(code, message));
  }

  private static Map<String, Object> layout(SheetLayout layout) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("header_row", layout.headerRowNumber());
    Map<String, String> columns = new LinkedHashMap<>();
    layout
        .columns()
        .forEach(
            (index, target) -> {
              String header =
                  index < layout.headers().size() ? layout.headers().get(index) : "#" + index;
              String platform = target.platform() == null ? "" : ":" + target.platform().value();
              columns.put(header, target.field().key() + platform);
            });
    view.put("columns", columns);
    view.put("unmapped_columns", layout.unmappedColumns());
    view.put("date_order", layout.dateOrder() == null ? null : layout.dateOrder().name());
    view.put("date_order_ambiguous", layout.dateOrderAmbiguous());
    return view;
  }
}

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
import app.resell.tabular.SheetReadException;
import app.resell.tabular.UncheckedSheetReadException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dry run of a spreadsheet import: the same parsing, validation and classification as the batch
 * job, nothing written. Answers the shape of a finished import, so the UI can show a preview of the
 * first rows, every rejected row, and how the columns were understood.
 */
@ApplicationScoped
public class SheetPreview {

  static final int PREVIEW_ITEMS = 500;

  @Inject ItemClassification classification;

  public ImportReport preview(
      Path file, String fileName, Map<String, String> mapping, int maxRows) {
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
          imported++;
          if (items.size() < PREVIEW_ITEMS) {
            items.add(
                ImportReport.Item.preview(
                    SheetRowProcessor.toItem((ParsedRow) result, row.rawText(), classification),
                    null));
          }
        }
      }
    } catch (SheetReadException e) {
      return failed(fileName, e.code(), e.getMessage());
    } catch (UncheckedSheetReadException e) {
      return failed(fileName, e.code(), e.getMessage());
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
            rejected),
        null);
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

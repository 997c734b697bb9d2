package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.sheet.SheetFormat;
import app.resell.imports.control.sheet.SheetImportReader;
import app.resell.imports.control.sheet.SheetReadException;
import app.resell.imports.control.sheet.SheetRow;
import app.resell.imports.control.sheet.UncheckedSheetReadException;
import app.resell.setup.control.JsonMapping;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a spreadsheet's data rows one at a time. The checkpoint is the next sheet row number, so a
 * restarted job reopens the file and skips to where the last committed chunk ended. The sheet's
 * layout (header mapping, date order) is handed to the processor through the step context.
 */
@Dependent
@Named
public class SheetRowReader extends AbstractItemReader {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject @BatchProperty String mapping;
  @Inject @BatchProperty String maxRows;

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ImportJobStore store;

  private SheetImportReader reader;
  private int nextRow;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    int cap =
        maxRows == null || maxRows.isBlank()
            ? SheetImportReader.DEFAULT_MAX_ROWS
            : Integer.parseInt(maxRows);
    reader = opened(cap);
    step.setTransientUserData(reader.layout());
    if (checkpoint == null) {
      store.totalLines(UUID.fromString(importJobId), countRows(cap));
    } else {
      nextRow = (Integer) checkpoint;
      reader.skipTo(nextRow);
    }
  }

  private SheetImportReader opened(int cap) throws SheetReadException {
    try {
      return SheetImportReader.open(Path.of(filePath), SheetFormat.DETECT, userMapping(), cap);
    } catch (SheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }

  /** The last row number of the sheet, for progress; one extra streaming pass on first open. */
  private int countRows(int cap) throws SheetReadException {
    int last = reader.layout().headerRowNumber();
    try (SheetImportReader counter = opened(cap)) {
      while (counter.hasNext()) last = counter.next().rowNumber();
    } catch (UncheckedSheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
    return last;
  }

  @Override
  public Object readItem() {
    try {
      if (!reader.hasNext()) return null;
      SheetRow row = reader.next();
      nextRow = row.rowNumber() + 1;
      return row;
    } catch (UncheckedSheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return nextRow;
  }

  @Override
  public void close() throws Exception {
    if (reader != null) reader.close();
  }

  private Map<String, String> userMapping() {
    Map<String, String> result = new LinkedHashMap<>();
    if (mapping == null || mapping.isBlank()) return result;
    try (var json = JsonMapping.json().createReader(new StringReader(mapping))) {
      JsonObject object = json.readObject();
      object.forEach((column, field) -> result.put(column, ((JsonString) field).getString()));
    }
    return result;
  }
}

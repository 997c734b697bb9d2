package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.UploadFiles;
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
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a spreadsheet's data rows one at a time, each already parsed, validated and classified into
 * a {@link PreparedRow} by a {@link ReadAhead} thread, so the rows of the next chunk are parsed
 * while the last chunk is written. The checkpoint is the next sheet row number after the last row
 * handed to the job, so a restarted job reopens the file and skips to where the last committed
 * chunk ended, whatever the read-ahead had parsed beyond it.
 */
@Dependent
@Named
public class SheetRowReader extends AbstractItemReader {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject @BatchProperty String mapping;
  @Inject @BatchProperty String maxRows;

  /** Rows parsed ahead of the batch thread: two chunks of import-sheet.xml. */
  static final int READ_AHEAD = 10_000;

  @Inject JobContext job;
  @Inject ImportJobStore store;
  @Inject ItemClassification classification;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private final SheetRowParser parser = new SheetRowParser();
  private SheetImportReader reader;
  private ReadAhead<PreparedRow> ahead;
  private int nextRow;

  /**
   * A sheet row as the processor gets it: an {@link ImportItem}, a {@link RejectedRow} or a {@link
   * SkippedRow}.
   */
  public record PreparedRow(int rowNumber, Object outcome) {}

  @Override
  public void open(Serializable checkpoint) throws Exception {
    int cap =
        maxRows == null || maxRows.isBlank()
            ? SheetImportReader.DEFAULT_MAX_ROWS
            : Integer.parseInt(maxRows);
    reader = opened(cap);
    if (checkpoint == null) {
      store.totalLines(UUID.fromString(importJobId), countRows(cap));
    } else {
      nextRow = (Integer) checkpoint;
      reader.skipTo(nextRow);
    }
    SheetLayout layout = reader.layout();
    ahead = new ReadAhead<>(reader, row -> prepare(row, layout), READ_AHEAD, 1, threads);
  }

  /** Parses, validates and classifies a row (on the read-ahead thread). */
  private PreparedRow prepare(SheetRow row, SheetLayout layout) {
    RowResult result = parser.parse(row, layout);
    Object outcome =
        result instanceof ParsedRow parsed
            ? SheetRowProcessor.toItem(parsed, row.rawText(), classification)
            : result;
    return new PreparedRow(row.rowNumber(), outcome);
  }

  private SheetImportReader opened(int cap) throws SheetReadException {
    try {
      return SheetImportReader.open(
          UploadFiles.locate(filePath), SheetFormat.DETECT, userMapping(), cap);
    } catch (SheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }

  /** The last row number of the sheet, for progress; one extra streaming pass on first open. */
  private int countRows(int cap) throws SheetReadException {
    try (SheetImportReader counter = opened(cap)) {
      return counter.lastRowNumber();
    } catch (UncheckedSheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
  }

  @Override
  public Object readItem() throws InterruptedException {
    try {
      PreparedRow row = ahead.next();
      if (row == null) return null;
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
    if (ahead != null) ahead.close();
    if (reader != null) reader.close();
  }

  private Map<String, String> userMapping() {
    return MappingParameter.columns(mapping);
  }
}

package app.resell.imports.control.batch;

import app.resell.imports.control.ImportJobStore;
import app.resell.imports.control.UploadFiles;
import app.resell.imports.control.sales.ReportLine;
import app.resell.imports.control.sales.SalesReportParser;
import app.resell.setup.control.JsonMapping;
import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Platform;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Reads a sales report's lines ({@link SalesReportParser}) one at a time. The report is parsed
 * whole when the step opens (some reports spread an order over several rows); the checkpoint is the
 * index of the next line, and parsing the file again gives the same lines, so a restart resumes
 * after the last committed chunk.
 */
@Dependent
@Named
public class SaleLineReader extends AbstractItemReader {

  @Inject @BatchProperty String importJobId;
  @Inject @BatchProperty String filePath;
  @Inject @BatchProperty String platform;
  @Inject @BatchProperty String mapping;
  @Inject @BatchProperty String maxRows;

  @Inject JobContext job;
  @Inject ImportJobStore store;

  private List<ReportLine> lines;
  private int next;

  @Override
  public void open(Serializable checkpoint) throws Exception {
    SalesReportParser.Parsed report;
    try {
      report =
          SalesReportParser.parse(
              UploadFiles.locate(filePath),
              platform == null || platform.isBlank()
                  ? null
                  : Platform.parse(platform).orElseThrow(),
              MappingParameter.columns(mapping),
              maxRows == null || maxRows.isBlank() ? 1_048_576 : Integer.parseInt(maxRows));
    } catch (SheetReadException e) {
      job.setExitStatus(ImportFailure.exitStatus(e.code(), e.getMessage()));
      throw e;
    }
    lines = report.lines();
    next = checkpoint == null ? 0 : (Integer) checkpoint;
    if (checkpoint == null) {
      // progress counts rows, as the writer reports the row it reached
      store.salesReportRead(
          UUID.fromString(importJobId),
          lines.stream().mapToInt(ReportLine::row).max().orElse(0),
          JsonMapping.json()
              .createObjectBuilder()
              .add(
                  "sales_report",
                  JsonMapping.json()
                      .createObjectBuilder()
                      .add("format", report.format())
                      .add("platform", report.platform().value())
                      .add("header_row", report.headerRow())
                      .add("lines", lines.size())
                      .add("skipped_rows", report.skipped()))
              .build()
              .toString());
    }
  }

  @Override
  public Object readItem() {
    return next < lines.size() ? lines.get(next++) : null;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}

package app.resell.imports.control.sheet;

import app.resell.tabular.RawRow;
import app.resell.tabular.RowSource;
import app.resell.tabular.SheetReadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Rows of a legacy Excel 97-2003 (.xls) sheet. Unlike xlsx it is loaded whole with POI's HSSF
 * model: the format itself caps a sheet at 65,536 rows, so memory stays bounded, and streaming BIFF
 * records would cost far more code than the old format deserves. Cells read as in xlsx: date cells
 * as ISO dates, numbers as stored, formulas by cached value.
 */
final class XlsRowSource implements RowSource {

  private final HSSFWorkbook workbook;
  private final String sheetName;
  private final Iterator<Row> rows;
  private final IsoDateFormatter formatter;
  private final int maxRows;
  private int seen;

  private XlsRowSource(HSSFWorkbook workbook, Sheet sheet, int maxRows) {
    this.workbook = workbook;
    this.sheetName = sheet.getSheetName();
    this.rows = sheet.rowIterator();
    this.formatter =
        new IsoDateFormatter(workbook.getInternalWorkbook().isUsing1904DateWindowing());
    this.maxRows = maxRows;
  }

  static XlsRowSource open(Path file, String wantedSheet, int maxRows) throws SheetReadException {
    HSSFWorkbook wb;
    try {
      POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        fs.close();
        throw FormatSniffer.notSpreadsheet(
            "This workbook is password-protected. Remove the password in Excel, then upload again.");
      }
      if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")
          && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
        fs.close();
        throw FormatSniffer.notSpreadsheet("This Office file is not an Excel workbook.");
      }
      wb = new HSSFWorkbook(fs);
    } catch (OldExcelFormatException e) {
      throw FormatSniffer.notSpreadsheet(
          "This is an Excel 5/95 workbook, too old to read. Save it as .xlsx or .csv.");
    } catch (EncryptedDocumentException e) {
      throw FormatSniffer.notSpreadsheet(
          "This workbook is password-protected. Remove the password in Excel, then upload again.");
    } catch (IOException | RuntimeException e) {
      throw new SheetReadException(
          SheetReadException.CORRUPT, "The .xls file is damaged and cannot be read.", e);
    }
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet sheet = wb.getSheetAt(i);
      if (wantedSheet == null || wantedSheet.equalsIgnoreCase(sheet.getSheetName().strip())) {
        return new XlsRowSource(wb, sheet, maxRows);
      }
    }
    closeQuietly(wb);
    throw new SheetReadException(
        SheetReadException.NO_SHEET,
        wantedSheet == null
            ? "The workbook has no worksheet."
            : "The workbook has no sheet named '" + wantedSheet + "'.");
  }

  /** The workbook's sheet names, in tab order. */
  static List<String> sheetNames(Path file) throws SheetReadException {
    XlsRowSource first = open(file, null, Integer.MAX_VALUE);
    try {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < first.workbook.getNumberOfSheets(); i++) {
        names.add(first.workbook.getSheetName(i));
      }
      return names;
    } finally {
      first.close();
    }
  }

  String sheetName() {
    return sheetName;
  }

  @Override
  public RawRow next() throws SheetReadException {
    while (rows.hasNext()) {
      Row row = rows.next();
      if (++seen > maxRows) {
        throw new SheetReadException(
            SheetReadException.TOO_MANY_ROWS,
            "The sheet has more than " + maxRows + " rows; split it into smaller files.");
      }
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        while (cells.size() < cell.getColumnIndex()) cells.add("");
        cells.add(text(cell));
      }
      RawRow raw = new RawRow(row.getRowNum() + 1, cells);
      if (!raw.blank()) return raw;
    }
    return null;
  }

  private String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          formatter.formatRawCellContents(
              cell.getNumericCellValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  @Override
  public void close() {
    closeQuietly(workbook);
  }

  private static void closeQuietly(HSSFWorkbook wb) {
    try {
      wb.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}

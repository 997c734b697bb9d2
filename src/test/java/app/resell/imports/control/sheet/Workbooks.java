package app.resell.imports.control.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small xlsx fixtures the way Excel would: real date cells, cached formula results. */
final class Workbooks {

  /** A formula cell; its cached value is computed when the workbook is written. */
  record Formula(String expression) {}

  /** A number shown with a date format, as Excel stores dates. */
  record Serial(LocalDate date) {}

  /** An error cell such as #N/A. */
  record Error(org.apache.poi.ss.usermodel.FormulaError error) {}

  private Workbooks() {}

  static Path xlsx(Path dir, String name, Object[][] rows) throws IOException {
    return xlsx(dir, name, "Inventory", rows);
  }

  static Path xlsx(Path dir, String name, String sheetName, Object[][] rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CreationHelper helper = wb.getCreationHelper();
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(helper.createDataFormat().getFormat("m/d/yy"));
      XSSFSheet sheet = wb.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) continue;
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) continue;
          XSSFCell cell = row.createCell(c);
          if (v instanceof String s) cell.setCellValue(s);
          else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
          else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          } else if (v instanceof Serial s) {
            cell.setCellValue(s.date());
          } else if (v instanceof Formula f) cell.setCellFormula(f.expression());
          else if (v instanceof Error e) cell.setCellErrorValue(e.error().getCode());
          else throw new IllegalArgumentException("unsupported " + v);
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }
}

package app.resell.imports.control.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.tabular.DateOrder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class XlsxStreamingTest {

  @TempDir Path dir;

  @Test
  void streamsAHundredThousandRows() throws Exception {
    int rows = 100_000;
    Path file = dir.resolve("big.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = wb.createSheet("All");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("Warehouse export");
      Row header = sheet.createRow(2);
      String[] names = {
        "SKU", "Item Name", "Qty", "Cost", "Purchase Date", "Platform", "Sold Price"
      };
      for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
      for (int i = 1; i <= rows; i++) {
        Row r = sheet.createRow(2 + i);
        r.createCell(0).setCellValue("S-" + i);
        r.createCell(1).setCellValue("Item nº " + i);
        r.createCell(2).setCellValue(1 + i % 3);
        r.createCell(3).setCellValue(i % 100 + 0.25);
        r.createCell(4).setCellValue(LocalDate.of(2024, 1, 1).plusDays(i % 365));
        r.getCell(4).setCellStyle(date);
        r.createCell(5).setCellValue(i % 2 == 0 ? "eBay / Etsy" : "FB");
        if (i % 10 == 0) r.createCell(6).setCellValue(i % 100 + 10);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      wb.dispose();
    }

    SheetRowParser parser = new SheetRowParser();
    int parsed = 0;
    int sold = 0;
    ParsedRow last = null;
    try (SheetImportReader reader =
        SheetImportReader.open(
            file, SheetFormat.DETECT, Map.of(), SheetImportReader.DEFAULT_MAX_ROWS)) {
      assertThat(reader.layout().headerRowNumber()).isEqualTo(3);
      while (reader.hasNext()) {
        RowResult r = parser.parse(reader.next(), reader.layout());
        assertThat(r).isInstanceOf(ParsedRow.class);
        last = (ParsedRow) r;
        parsed++;
        if (last.listings().get(0).sold()) sold++;
      }
    }
    assertThat(parsed).isEqualTo(rows);
    assertThat(sold).isEqualTo(rows / 10);
    assertThat(last.rowNumber()).isEqualTo(rows + 3);
    assertThat(last.sku()).isEqualTo("S-" + rows);
    assertThat(last.itemName()).isEqualTo("Item nº " + rows);
    assertThat(last.quantity()).isEqualTo(1 + rows % 3);
    assertThat(last.bidAmount()).isEqualByComparingTo("0.25");
    assertThat(last.acquisitionDate()).isEqualTo(LocalDate.of(2024, 1, 1).plusDays(rows % 365));
    assertThat(last.listings()).hasSize(2);
  }

  @Test
  void settlesTheDateOrderFromARowBeyondTheLookAhead() throws Exception {
    Object[][] rows = new Object[SheetImportReader.LOOKAHEAD + 200][];
    rows[0] = new Object[] {"Item", "Date"};
    for (int i = 1; i < rows.length; i++) rows[i] = new Object[] {"Cup " + i, "03/04/2024"};
    rows[rows.length - 1] = new Object[] {"Last cup", "25/12/2024"};
    Path file = Workbooks.xlsx(dir, "late.xlsx", rows);
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().dateOrder()).isEqualTo(DateOrder.DMY);
      assertThat(reader.layout().dateOrderAmbiguous()).isFalse();
    }
    ParsedRow first = SheetImportReaderTest.parsed(file, Map.of()).get(0);
    assertThat(first.acquisitionDate()).isEqualTo(LocalDate.of(2024, 4, 3));
  }

  @Test
  void reportsAnAmbiguousDateOrder() throws Exception {
    Path file =
        Workbooks.xlsx(dir, "amb.xlsx", new Object[][] {{"Item", "Date"}, {"Cup", "03/04/2024"}});
    try (SheetImportReader reader = SheetImportReaderTest.open(file, Map.of())) {
      assertThat(reader.layout().dateOrder()).isEqualTo(DateOrder.MDY);
      assertThat(reader.layout().dateOrderAmbiguous()).isTrue();
    }
  }
}

package app.resell.exports.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.exports.control.ExportColumn.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportWriterTest {

  static final List<ExportColumn> COLUMNS =
      List.of(
          column("item_name", ColumnType.TEXT),
          column("total_cost", ColumnType.MONEY),
          column("roi_percent", ColumnType.DECIMAL),
          column("quantity", ColumnType.INTEGER),
          column("acquisition_date", ColumnType.DATE),
          column("created_at", ColumnType.TIMESTAMP),
          column("ebay_listed", ColumnType.BOOLEAN));

  @Test
  void poiReadsTypedCellsUnderABoldFrozenFilteredHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxExportWriter xlsx = new XlsxExportWriter(out, COLUMNS, ids -> ids)) {
      xlsx.row(
          new Object[] {
            "Vase",
            new BigDecimal("1234.50"),
            new BigDecimal("-12.35"),
            3L,
            LocalDate.of(2024, 6, 10),
            OffsetDateTime.of(2024, 6, 10, 20, 30, 15, 0, ZoneOffset.ofHours(-4)),
            true
          });
      xlsx.row(new Object[] {"=1+1", new BigDecimal("-5.00"), null, null, null, null, false});
      xlsx.finish();
    }
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Inventory");
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("item_name");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("ebay_listed");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
      assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
      assertThat(sheet.getColumnWidth(1)).isEqualTo(13 * 256);

      Row vase = sheet.getRow(1);
      assertThat(vase.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(vase.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("General");
      Cell cost = vase.getCell(1);
      assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cost.getNumericCellValue()).isEqualTo(1234.5);
      assertThat(cost.getCellStyle().getDataFormatString())
          .isEqualTo("\"$\"#,##0.00;-\"$\"#,##0.00");
      assertThat(vase.getCell(2).getNumericCellValue()).isEqualTo(-12.35);
      assertThat(vase.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(vase.getCell(3).getNumericCellValue()).isEqualTo(3);
      assertThat(vase.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("General");
      Cell acquired = vase.getCell(4);
      assertThat(DateUtil.isCellDateFormatted(acquired)).isTrue();
      assertThat(acquired.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2024, 6, 10, 0, 0));
      assertThat(acquired.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      Cell created = vase.getCell(5);
      assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
      assertThat(created.getLocalDateTimeCellValue())
          .isEqualTo(LocalDateTime.of(2024, 6, 11, 0, 30, 15)); // the UTC time
      assertThat(vase.getCell(6).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(vase.getCell(6).getBooleanCellValue()).isTrue();

      Row formula = sheet.getRow(2);
      assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getCell(0).getStringCellValue()).isEqualTo("=1+1");
      assertThat(formula.getCell(1).getNumericCellValue()).isEqualTo(-5.0);
      assertThat(formula.getCell(2)).isNull();
      assertThat(formula.getCell(6).getBooleanCellValue()).isFalse();
    }
  }

  @Test
  void textIsEscapedAndKeptExceptWhatXmlCannotCarry() throws IOException {
    String markup = "<b>Tom & \"Jerry\" 'n' co</b>";
    String whitespace = "  two\tlines\r\nand a trailing space ";
    String unicode = "Crème brûlée, 日本の花瓶, 🏺";
    String excelEscape = "file_x0041_name and _x00_ and _";
    String illegal = "a\u0000b\u0001c\u001Fd\uFFFEe\uD800f\uDC00g\uFFFF";
    String tooLong = "x".repeat(XlsxExportWriter.MAX_CELL_CHARS + 10);
    List<String> texts = List.of(markup, whitespace, unicode, excelEscape, illegal, tooLong);

    List<String> read = roundTrip(texts);

    assertThat(read.subList(0, 4)).containsExactly(markup, whitespace, unicode, excelEscape);
    assertThat(read.get(4)).isEqualTo("abcdefg");
    assertThat(read.get(5)).hasSize(XlsxExportWriter.MAX_CELL_CHARS);
  }

  @Test
  void aCutNeverSplitsASurrogatePair() throws IOException {
    StringBuilder b = new StringBuilder();
    XlsxExportWriter.escape("x".repeat(XlsxExportWriter.MAX_CELL_CHARS - 1) + "🏺🏺", b);
    assertThat(b).hasSize(XlsxExportWriter.MAX_CELL_CHARS - 1);
  }

  @Test
  void everyPartButTheRowsIsFlushedBeforeTheFirstRow() throws IOException {
    FlushCountingStream out = new FlushCountingStream();
    try (XlsxExportWriter xlsx = new XlsxExportWriter(out, COLUMNS, ids -> ids)) {
      assertThat(out.flushes).isPositive();
      List<String> names = new ArrayList<>();
      try (ZipInputStream zip =
          new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          names.add(e.getName());
          if (e.getName().endsWith("sheet1.xml")) break; // still being written
          zip.readAllBytes();
        }
      }
      assertThat(names)
          .containsExactly(
              "[Content_Types].xml",
              "_rels/.rels",
              "xl/workbook.xml",
              "xl/_rels/workbook.xml.rels",
              "xl/styles.xml",
              "xl/worksheets/sheet1.xml");
      int before = out.flushes;
      Object[] row = {"item", null, null, 1L, null, null, null};
      for (int i = 0; i < XlsxExportWriter.FLUSH_EVERY; i++) xlsx.row(row);
      assertThat(out.flushes).isGreaterThan(before);
      xlsx.finish();
    }
  }

  @Test
  void aFailedExportIsLeftWithoutTheZipDirectory() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxExportWriter xlsx = new XlsxExportWriter(out, COLUMNS, ids -> ids)) {
      xlsx.row(new Object[] {"item", null, null, 1L, null, null, null});
      // the cursor failed here: no finish()
    }
    assertThat(indexOf(out.toByteArray(), new byte[] {'P', 'K', 5, 6})).isNegative();
  }

  @Test
  void columnLettersFollowExcel() {
    assertThat(XlsxExportWriter.columnLetters(0)).isEqualTo("A");
    assertThat(XlsxExportWriter.columnLetters(25)).isEqualTo("Z");
    assertThat(XlsxExportWriter.columnLetters(26)).isEqualTo("AA");
    assertThat(XlsxExportWriter.columnLetters(701)).isEqualTo("ZZ");
    assertThat(XlsxExportWriter.columnLetters(702)).isEqualTo("AAA");
  }

  private static List<String> roundTrip(List<String> texts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxExportWriter xlsx =
        new XlsxExportWriter(out, List.of(column("notes", ColumnType.TEXT)), ids -> ids)) {
      for (String t : texts) xlsx.row(new Object[] {t});
      xlsx.finish();
    }
    List<String> read = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      for (int i = 1; i <= texts.size(); i++) {
        read.add(sheet.getRow(i).getCell(0).getStringCellValue());
      }
    }
    return read;
  }

  private static ExportColumn column(String key, ColumnType type) {
    return new ExportColumn(key, type, "i." + key, Source.ITEM);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
      return i;
    }
    return -1;
  }

  private static final class FlushCountingStream extends ByteArrayOutputStream {
    int flushes;

    @Override
    public void flush() {
      flushes++;
    }
  }
}

package app.resell.imports.control.sheet;

import static app.resell.imports.control.sheet.SheetField.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.imports.control.sheet.Workbooks.Formula;
import app.resell.imports.control.sheet.Workbooks.Serial;
import app.resell.tabular.SheetReadException;
import app.resell.tabular.UncheckedSheetReadException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
class SheetImportReaderTest {

  @TempDir Path dir;

  private static final Object[][] AUCTION_SHEET = {
    {"Spring 2024 buys"},
    {"Kept by Ann", null, "updated weekly"},
    null,
    {"Item", "Qty", "Paid", "BP", "Date Bought", "Where Bought", "Lot #"},
    {"Löwenbräu stein", 1, 12.5, 1.88, LocalDate.of(2024, 3, 4), "Hibid", "101"},
    {"Limoges — café set", 2, "$1,234.50", "", "3/15/2024", "Estate sale", "102"},
    {"Brass lamp", "", new Formula("10+2.25"), null, new Serial(LocalDate.of(2024, 4, 1)), null},
    {"=SUM(A1:A3) mug", 1, 3, null, "2024-04-02", null, "104"},
  };

  @Test
  void findsTheHeaderBelowTitleRowsAndMapsSynonyms() throws Exception {
    Path file = Workbooks.xlsx(dir, "buys.xlsx", AUCTION_SHEET);
    try (SheetImportReader reader = open(file, Map.of())) {
      SheetLayout layout = reader.layout();
      assertThat(layout.format()).isEqualTo(SheetFormat.XLSX);
      assertThat(layout.sheetName()).isEqualTo("Inventory");
      assertThat(layout.headerRowNumber()).isEqualTo(4);
      assertThat(layout.columns())
          .containsEntry(0, ColumnTarget.of(ITEM_NAME))
          .containsEntry(1, ColumnTarget.of(QUANTITY))
          .containsEntry(2, ColumnTarget.of(BID_AMOUNT))
          .containsEntry(3, ColumnTarget.of(BUYERS_PREMIUM))
          .containsEntry(4, ColumnTarget.of(ACQUISITION_DATE))
          .containsEntry(5, ColumnTarget.of(ACQUISITION_SOURCE))
          .containsEntry(6, ColumnTarget.of(LOT_NUMBER));
      List<SheetRow> rows = drain(reader);
      assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(5, 6, 7, 8);
    }
  }

  @Test
  void countsToTheLastRowWithContentAsIteratingDoes() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("count.csv"),
            "Stock list\n\nItem,Qty\nVase,1\n\nLamp,2\n\"Quilt\nking size\",1\n\n\n");
    try (SheetImportReader counting = open(csv, Map.of());
        SheetImportReader iterating = open(csv, Map.of())) {
      List<SheetRow> rows = drain(iterating);
      assertThat(counting.lastRowNumber())
          .isEqualTo(rows.get(rows.size() - 1).rowNumber())
          .isEqualTo(7);
    }
    Path headerOnly = Files.writeString(dir.resolve("empty.csv"), "Item,Qty\n");
    try (SheetImportReader reader = open(headerOnly, Map.of())) {
      assertThat(reader.lastRowNumber()).isEqualTo(1);
    }
  }

  @Test
  void readsValuesAsTheSheetMeansThem() throws Exception {
    Path file = Workbooks.xlsx(dir, "buys.xlsx", AUCTION_SHEET);
    List<ParsedRow> items = parsed(file, Map.of());
    ParsedRow stein = items.get(0);
    assertThat(stein.itemName()).isEqualTo("Löwenbräu stein");
    assertThat(stein.bidAmount()).isEqualByComparingTo("12.50");
    assertThat(stein.buyersPremium()).isEqualByComparingTo("1.88");
    assertThat(stein.acquisitionDate()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(stein.lotNumber()).isEqualTo("101");
    ParsedRow limoges = items.get(1);
    assertThat(limoges.itemName()).isEqualTo("Limoges — café set");
    assertThat(limoges.quantity()).isEqualTo(2);
    assertThat(limoges.bidAmount()).isEqualByComparingTo("1234.50");
    assertThat(limoges.acquisitionDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    ParsedRow lamp = items.get(2);
    assertThat(lamp.bidAmount()).as("cached formula result").isEqualByComparingTo("12.25");
    assertThat(lamp.acquisitionDate())
        .as("serial number in a date column")
        .isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(lamp.quantity()).isEqualTo(1);
    assertThat(items.get(3).itemName())
        .as("text starting with = stays text")
        .isEqualTo("=SUM(A1:A3) mug");
  }

  @Test
  void keepsPercentCellsAsPercentages() throws Exception {
    Path file = dir.resolve("bp.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
      var sheet = wb.createSheet("Buys");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Item");
      header.createCell(1).setCellValue("Hammer");
      header.createCell(2).setCellValue("BP");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("Clock");
      row.createCell(1).setCellValue(40);
      row.createCell(2).setCellValue(0.18);
      row.getCell(2).setCellStyle(pct);
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    ParsedRow clock = parsed(file, Map.of()).get(0);
    assertThat(clock.buyersPremium()).isEqualByComparingTo("7.20");
  }

  @Test
  void reportsExcelErrorCellsAsTheSheetShowsThem() throws Exception {
    Object[][] rows = {
      {"Item", "Cost"},
      {"Jug", new Workbooks.Error(org.apache.poi.ss.usermodel.FormulaError.NA)},
    };
    Path file = Workbooks.xlsx(dir, "errors.xlsx", rows);
    try (SheetImportReader reader = open(file, Map.of())) {
      RowResult r = new SheetRowParser().parse(reader.next(), reader.layout());
      assertThat(r)
          .isEqualTo(
              new RejectedRow(
                  2, "Jug | #N/A", "'#N/A' in column 'Cost' is not an amount of money"));
    }
  }

  @Test
  void readsLegacyXlsLikeXlsx() throws Exception {
    Path file = dir.resolve("old.xls");
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      var dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("d-mmm-yy"));
      var sheet = wb.createSheet("Stock");
      sheet.createRow(0).createCell(0).setCellValue("My 1999 list");
      var header = sheet.createRow(2);
      String[] names = {"Item", "Cost", "Date Bought", "Total"};
      for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
      var row = sheet.createRow(3);
      row.createCell(0).setCellValue("Crème jug");
      row.createCell(1).setCellValue(4.5);
      row.createCell(2).setCellValue(LocalDate.of(1999, 12, 31));
      row.getCell(2).setCellStyle(dateStyle);
      row.createCell(3).setCellFormula("B4*2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (SheetImportReader reader = open(file, Map.of())) {
      assertThat(reader.layout().format()).isEqualTo(SheetFormat.XLS);
      assertThat(reader.layout().sheetName()).isEqualTo("Stock");
      assertThat(reader.layout().headerRowNumber()).isEqualTo(3);
      SheetRow row = reader.next();
      assertThat(row.values()).containsExactly("Crème jug", "4.5", "1999-12-31", "9");
    }
    ParsedRow jug = parsed(file, Map.of()).get(0);
    assertThat(jug.bidAmount()).isEqualByComparingTo("4.50");
    assertThat(jug.acquisitionDate()).isEqualTo(LocalDate.of(1999, 12, 31));
  }

  @Test
  void userMappingOverridesDetection() throws Exception {
    Object[][] rows = {
      {"Thing", "Paid", "Whatever"},
      {"Vase", "5.00", "12.00"},
    };
    Path file = Workbooks.xlsx(dir, "mapped.xlsx", rows);
    Map<String, String> mapping =
        Map.of("thing", "item_name", "PAID", "ignore", "Whatever", "bid_amount");
    try (SheetImportReader reader = open(file, mapping)) {
      assertThat(reader.layout().columns())
          .containsEntry(0, ColumnTarget.of(ITEM_NAME))
          .containsEntry(2, ColumnTarget.of(BID_AMOUNT))
          .doesNotContainKey(1);
      assertThat(reader.layout().unmappedColumns()).containsExactly("Paid");
    }
    assertThat(parsed(file, mapping).get(0).bidAmount()).isEqualByComparingTo("12.00");
  }

  @Test
  void refusesAMappingToAnUnknownField() throws Exception {
    Path file = Workbooks.xlsx(dir, "m.xlsx", new Object[][] {{"Item"}, {"Vase"}});
    assertThatThrownBy(() -> open(file, Map.of("Item", "itme_name")))
        .isInstanceOf(SheetReadException.class)
        .hasMessageContaining("itme_name")
        .extracting(e -> ((SheetReadException) e).code())
        .isEqualTo("bad_mapping");
  }

  @Test
  void skipToResumesWithIdenticalRows() throws Exception {
    Object[][] rows = new Object[60][];
    rows[0] = new Object[] {"Title", "Cost", "Sold For", "Where Listed"};
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new Object[] {"Item " + i, i + 0.5, i * 2, i % 2 == 0 ? "eBay / Etsy" : "FB"};
    }
    Path file = Workbooks.xlsx(dir, "resume.xlsx", rows);
    List<SheetRow> all;
    try (SheetImportReader reader = open(file, Map.of())) {
      all = drain(reader);
    }
    try (SheetImportReader again = open(file, Map.of())) {
      again.skipTo(31);
      List<SheetRow> rest = drain(again);
      assertThat(rest.get(0).rowNumber()).isEqualTo(31);
      assertThat(rest).isEqualTo(all.subList(29, all.size()));
      assertThat(again.layout()).isEqualTo(reader(file).layout());
    }
  }

  @Test
  void closingMidwayStopsTheXlsxParserThread() throws Exception {
    Object[][] rows = new Object[2000][];
    rows[0] = new Object[] {"Item", "Cost"};
    for (int i = 1; i < rows.length; i++) rows[i] = new Object[] {"Item " + i, i};
    Path file = Workbooks.xlsx(dir, "many.xlsx", rows);
    List<Thread> threads = new ArrayList<>();
    SheetImportReader reader =
        SheetImportReader.open(
            file,
            SheetFormat.XLSX,
            Map.of(),
            10_000,
            null,
            r -> {
              Thread t = new Thread(r);
              threads.add(t);
              return t;
            });
    assertThat(reader.next().rowNumber()).isEqualTo(2);
    reader.close();
    assertThat(threads).singleElement().satisfies(t -> assertThat(t.isAlive()).isFalse());
  }

  @Test
  void readsANamedSheet() throws Exception {
    Path file =
        Workbooks.xlsx(
            dir, "named.xlsx", "Sold 2023", new Object[][] {{"Item", "Cost"}, {"Clock", 4}});
    try (SheetImportReader reader =
        SheetImportReader.open(file, SheetFormat.DETECT, Map.of(), 100, "sold 2023", Thread::new)) {
      assertThat(drain(reader))
          .singleElement()
          .satisfies(r -> assertThat(r.get(ITEM_NAME)).isEqualTo("Clock"));
    }
    assertThatThrownBy(
            () ->
                SheetImportReader.open(
                    file, SheetFormat.DETECT, Map.of(), 100, "Nope", Thread::new))
        .extracting(e -> ((SheetReadException) e).code())
        .isEqualTo("no_sheet");
  }

  @Test
  void skipsAnInstructionsSheetWithoutHeader() throws Exception {
    Path file = dir.resolve("tabs.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("Read me").createRow(0).createCell(0).setCellValue("Fill in one row per item");
      wb.createSheet("Sheet2");
      var sheet = wb.createSheet("Stock");
      sheet.createRow(0).createCell(0).setCellValue("Item");
      sheet.getRow(0).createCell(1).setCellValue("Cost");
      sheet.createRow(1).createCell(0).setCellValue("Teapot");
      try (var out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    try (SheetImportReader reader = open(file, Map.of())) {
      assertThat(reader.layout().sheetName()).isEqualTo("Stock");
      assertThat(reader.next().get(ITEM_NAME)).isEqualTo("Teapot");
    }
  }

  @Test
  void refusesASheetWithoutHeader() throws Exception {
    Path file = Workbooks.xlsx(dir, "noheader.xlsx", new Object[][] {{"Vase", 12}, {"Lamp", 3}});
    assertThatThrownBy(() -> open(file, Map.of()))
        .isInstanceOf(SheetReadException.class)
        .extracting(e -> ((SheetReadException) e).code())
        .isEqualTo("no_header");
  }

  @Test
  void capsTheNumberOfRows() throws Exception {
    Object[][] rows = new Object[30][];
    rows[0] = new Object[] {"Item", "Cost"};
    for (int i = 1; i < rows.length; i++) rows[i] = new Object[] {"Item " + i, i};
    Path file = Workbooks.xlsx(dir, "big.xlsx", rows);
    try (SheetImportReader reader = SheetImportReader.open(file, SheetFormat.XLSX, Map.of(), 10)) {
      assertThatThrownBy(() -> drain(reader))
          .isInstanceOf(UncheckedSheetReadException.class)
          .extracting(e -> ((UncheckedSheetReadException) e).code())
          .isEqualTo("too_many_rows");
    }
    SheetImportReader.open(file, SheetFormat.XLSX, Map.of(), 30).close();
  }

  @Test
  void refusesFilesThatAreNotSpreadsheets() throws IOException {
    Path pdf = Files.write(dir.resolve("inventory.xlsx"), "%PDF-1.7\n%âãÏÓ\n".getBytes());
    Path png =
        Files.write(
            dir.resolve("inventory.csv"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Path html =
        Files.writeString(dir.resolve("export.xls"), "<!DOCTYPE html><html><table></table></html>");
    Path word = dir.resolve("letter.xls");
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
            new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        var out = Files.newOutputStream(word)) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
      fs.writeFilesystem(out);
    }
    for (Path p : List.of(pdf, png, html, word)) {
      assertThatThrownBy(() -> open(p, Map.of()))
          .isInstanceOf(SheetReadException.class)
          .extracting(e -> ((SheetReadException) e).code())
          .isEqualTo("not_spreadsheet");
    }
  }

  @Test
  void refusesAZipBomb() throws Exception {
    Path file = ZipBombs.xlsxWithPaddedSheet(dir.resolve("bomb.xlsx"), 200L * 1024 * 1024);
    assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);
    assertThatThrownBy(() -> open(file, Map.of()))
        .isInstanceOf(SheetReadException.class)
        .hasMessageContaining("zip bomb")
        .extracting(e -> ((SheetReadException) e).code())
        .isEqualTo("zip_bomb");
  }

  @Test
  void refusesAZipThatIsNoWorkbook() throws IOException {
    Path zip = dir.resolve("photos.xlsx");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
      out.write("hello".getBytes());
      out.closeEntry();
    }
    assertThatThrownBy(() -> open(zip, Map.of()))
        .extracting(e -> ((SheetReadException) e).code())
        .isIn("not_spreadsheet", "corrupt");
  }

  static SheetImportReader open(Path file, Map<String, String> mapping) throws SheetReadException {
    return SheetImportReader.open(
        file, SheetFormat.DETECT, mapping, SheetImportReader.DEFAULT_MAX_ROWS);
  }

  private static SheetImportReader reader(Path file) throws SheetReadException {
    try (SheetImportReader r = open(file, Map.of())) {
      return r;
    }
  }

  static List<SheetRow> drain(SheetImportReader reader) {
    List<SheetRow> rows = new ArrayList<>();
    reader.forEachRemaining(rows::add);
    return rows;
  }

  static List<ParsedRow> parsed(Path file, Map<String, String> mapping) throws SheetReadException {
    List<ParsedRow> out = new ArrayList<>();
    SheetRowParser parser = new SheetRowParser();
    try (SheetImportReader reader = open(file, mapping)) {
      while (reader.hasNext()) {
        RowResult r = parser.parse(reader.next(), reader.layout());
        if (r instanceof ParsedRow p) out.add(p);
        else if (r instanceof RejectedRow rej) throw new AssertionError("rejected: " + rej);
      }
    }
    return out;
  }

  static BigDecimal money(String s) {
    return new BigDecimal(s);
  }
}

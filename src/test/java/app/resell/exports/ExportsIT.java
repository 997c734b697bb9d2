package app.resell.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@ResellIT
class ExportsIT {

  @Test
  void csvByDefaultIsTheFlattenedExportViewRowForRow(Api api, ResellServer server) {
    Catalogue c = Catalogue.create(server, "csvview");
    List<CSVRecord> rows = ExportData.csv(api, c.word(), null);
    List<Map<String, Object>> view =
        server
            .database()
            .rows(
                "SELECT * FROM inventory_export WHERE lot_id IN (?, ?, ?)",
                c.vase(),
                c.bowl(),
                c.lamp());
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactlyElementsOf(view.get(0).keySet());
    assertThat(rows).hasSize(3);
    for (Map<String, Object> expected : view) {
      CSVRecord row =
          rows.stream()
              .filter(r -> r.get("lot_id").equals(expected.get("lot_id").toString()))
              .findFirst()
              .orElseThrow();
      expected.forEach(
          (column, value) -> {
            String cell = row.get(column);
            if (value == null) {
              assertThat(cell).as(column).isEmpty();
            } else if (value instanceof BigDecimal d) {
              assertThat(new BigDecimal(cell)).as(column).isEqualByComparingTo(d);
            } else if (value instanceof java.sql.Timestamp t) {
              String date = t.toInstant().toString().substring(0, 10);
              assertThat(cell).as(column).startsWith(date);
            } else if (column.equals("keywords")) {
              assertThat(value.toString())
                  .as(column)
                  .isEqualTo(cell.isEmpty() ? "[]" : "[\"" + cell.replace(", ", "\", \"") + "\"]");
            } else {
              assertThat(cell).as(column).isEqualTo(value.toString());
            }
          });
    }
    CSVRecord lamp = byLot(rows, c.lamp());
    assertThat(lamp.get("etsy_sold")).isEqualTo("true");
    assertThat(lamp.get("sale_price")).isEqualTo("55.00");
    assertThat(lamp.get("sale_date")).isEqualTo("2024-06-10");
    assertThat(lamp.get("net_profit")).isEqualTo("31.35");
    assertThat(lamp.get("days_to_sell")).isEqualTo("40");
    assertThat(byLot(rows, c.bowl()).get("ebay_listed")).isEqualTo("true");
    assertThat(byLot(rows, c.bowl()).get("ebay_url")).isEqualTo("https://www.ebay.com/itm/1234");
  }

  @Test
  void xlsxCellsAreTypedUnderABoldFrozenFilteredHeader(Api api, ResellServer server)
      throws IOException {
    Catalogue c = Catalogue.create(server, "xlsxtypes");
    Response r = api.as("viewer").queryParam("search", c.word()).get(ExportData.EXCEL);
    r.then()
        .statusCode(200)
        .contentType(containsString("spreadsheetml.sheet"))
        .header(
            "Content-Disposition",
            equalTo(
                "attachment; filename=\"resell-inventory-"
                    + LocalDate.now(java.time.ZoneOffset.UTC)
                    + ".xlsx\""));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
      assertThat(sheet.getColumnWidth(column(header, "item_name")))
          .isGreaterThan(sheet.getColumnWidth(column(header, "quantity")));
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      Row vase = rowOf(sheet, header, c.vase());
      Cell cost = vase.getCell(column(header, "total_cost"));
      assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cost.getNumericCellValue()).isEqualTo(29.5);
      assertThat(cost.getCellStyle().getDataFormatString()).contains("$").contains("0.00");
      Cell acquired = vase.getCell(column(header, "acquisition_date"));
      assertThat(acquired.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(acquired)).isTrue();
      assertThat(acquired.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 3, 5));
      assertThat(vase.getCell(column(header, "quantity")).getNumericCellValue()).isEqualTo(1);
      assertThat(vase.getCell(column(header, "ebay_listed")).getCellType())
          .isEqualTo(CellType.BOOLEAN);
      assertThat(vase.getCell(column(header, "item_name")).getCellType())
          .isEqualTo(CellType.STRING);
      Row lamp = rowOf(sheet, header, c.lamp());
      assertThat(lamp.getCell(column(header, "sale_price")).getNumericCellValue()).isEqualTo(55);
      assertThat(lamp.getCell(column(header, "roi_percent")).getNumericCellValue())
          .isEqualTo(181.74);
      assertThat(lamp.getCell(column(header, "etsy_sold")).getBooleanCellValue()).isTrue();
    }
  }

  @Test
  void columnsAndFiltersChooseWhatIsExported(Api api, ResellServer server) {
    Catalogue c = Catalogue.create(server, "colsfilters");
    List<CSVRecord> rows =
        ExportData.parseCsv(
            api.as("viewer")
                .queryParam("format", "csv")
                .queryParam("search", c.word())
                .queryParam("columns", "item_name,total_cost,ebay_status,etsy_status,net_profit")
                .queryParam("sort", "name")
                .get(ExportData.EXCEL)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly("item_name", "total_cost", "ebay_status", "etsy_status", "net_profit");
    assertThat(rows)
        .extracting(r -> r.get("item_name"))
        .containsExactly(
            "Brass " + c.word() + " lamp",
            "Pyrex " + c.word() + " bowl",
            "Roseville " + c.word() + " vase");
    assertThat(rows.get(1).get("ebay_status")).isEqualTo("active");
    assertThat(rows.get(0).get("etsy_status")).isEqualTo("sold");
    assertThat(rows.get(0).get("net_profit")).isEqualTo("31.35");
    assertThat(rows.get(2).get("net_profit")).isEmpty();

    assertThat(filtered(api, c, Map.of("status", "sold")))
        .containsExactly("Brass " + c.word() + " lamp");
    assertThat(filtered(api, c, Map.of("platform", "ebay")))
        .containsExactly("Pyrex " + c.word() + " bowl");
    assertThat(filtered(api, c, Map.of("category", "pottery", "storage_location", "garage")))
        .containsExactly("Roseville " + c.word() + " vase");
    assertThat(filtered(api, c, Map.of("acquired_from", "2024-04-01", "acquired_to", "2024-04-30")))
        .containsExactly("Pyrex " + c.word() + " bowl");
    assertThat(filtered(api, c, Map.of("status", "unlisted")))
        .containsExactly("Roseville " + c.word() + " vase");
  }

  @Test
  void wrongParametersAnswer400AsTheInventoryListDoes(Api api) {
    api.as("viewer")
        .queryParam("format", "pdf")
        .get(ExportData.EXCEL)
        .then()
        .statusCode(400)
        .contentType(containsString("problem+json"))
        .body("errors[0].field", equalTo("format"))
        .body("errors[0].message", containsString("xlsx, csv"));
    api.as("viewer")
        .queryParam("columns", "item_name,profit")
        .get(ExportData.EXCEL)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("columns"))
        .body("errors[0].message", containsString("'profit' is not allowed"))
        .body("errors[0].message", containsString("ebay_price"));
    for (String[] wrong :
        List.of(
            new String[] {"category", "spaceships"},
            new String[] {"status", "gone"},
            new String[] {"sort", "price"},
            new String[] {"acquired_from", "yesterday"},
            new String[] {"platform", "myspace"})) {
      String inventory =
          api.as("viewer")
              .queryParam(wrong[0], wrong[1])
              .get("/api/v1/inventory")
              .then()
              .statusCode(400)
              .extract()
              .path("errors[0].message");
      for (String path : List.of(ExportData.EXCEL, "/api/v1/export/json", "/api/v1/export/pdf")) {
        api.as("viewer")
            .queryParam(wrong[0], wrong[1])
            .get(path)
            .then()
            .statusCode(400)
            .body("errors[0].field", equalTo(wrong[0]))
            .body("errors[0].message", equalTo(inventory));
      }
    }
    api.as("viewer")
        .queryParam("include_deleted", "maybe")
        .get("/api/v1/export/json")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("include_deleted"));
    api.anonymous().get(ExportData.EXCEL).then().statusCode(401);
    api.anonymous().get("/api/v1/export/json").then().statusCode(401);
    api.anonymous().get("/api/v1/export/pdf").then().statusCode(401);
  }

  @Test
  void textThatLooksLikeAFormulaStaysText(Api api, ResellServer server) throws IOException {
    String word = ExportData.unique("formula");
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://evil.test\",\"" + word + "\")",
            "+" + word + "+1",
            "-" + word + "-1",
            "@SUM(" + word + ")",
            "\t" + word + " tab",
            "\r" + word + " cr");
    for (String name : names) {
      Map<String, Object> item = new HashMap<>();
      item.put("item_name", name);
      item.put("notes", "=1+1");
      item.put("other_fees", new BigDecimal("-5.00"));
      ExportData.item(server, item);
    }
    byte[] csvBody =
        api.as("viewer")
            .queryParam("format", "csv")
            .queryParam("search", word)
            .queryParam("columns", "item_name,notes,other_fees")
            .get(ExportData.EXCEL)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    List<CSVRecord> rows = ExportData.parseCsv(csvBody);
    assertThat(rows).hasSize(names.size());
    assertThat(rows)
        .extracting(r -> r.get("item_name"))
        .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> "'" + n).toList());
    assertThat(rows).allSatisfy(r -> assertThat(r.get("notes")).isEqualTo("'=1+1"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("other_fees")).isEqualTo("-5.00"));

    byte[] xlsxBody =
        api.as("viewer")
            .queryParam("search", word)
            .queryParam("columns", "item_name,notes,other_fees")
            .get(ExportData.EXCEL)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsxBody))) {
      XSSFSheet sheet = book.getSheetAt(0);
      List<String> read = new java.util.ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("=1+1");
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(-5.0);
        read.add(row.getCell(0).getStringCellValue());
      }
      assertThat(read).containsExactlyInAnyOrderElementsOf(names);
    }
  }

  @Test
  void jsonHasTheDesignsInventoryListingsAndMetadataPlusSales(Api api, ResellServer server) {
    Catalogue c = Catalogue.create(server, "jsonexp");
    server.database().execute("UPDATE inventory SET deleted_at = now() WHERE lot_id = ?", c.vase());
    JsonPath live =
        api.as("viewer")
            .queryParam("search", c.word())
            .get("/api/v1/export/json")
            .then()
            .statusCode(200)
            .header("Content-Disposition", containsString(".json\""))
            .extract()
            .jsonPath();
    assertThat(live.getList("inventory.lot_id"))
        .containsExactlyInAnyOrder(c.bowl().toString(), c.lamp().toString());
    assertThat(live.getMap("$")).doesNotContainKey("items");
    assertThat(live.getInt("metadata.total_items")).isEqualTo(2);
    assertThat(live.getString("metadata.filters_applied.search")).isEqualTo(c.word());
    assertThat(live.getString("metadata.export_date")).endsWith("Z");
    assertThat(live.getList("platform_listings.platform"))
        .containsExactlyInAnyOrder("ebay", "etsy", "etsy");
    assertThat(live.getList("sales")).hasSize(1);
    assertThat(live.getString("sales[0].lot_id")).isEqualTo(c.lamp().toString());
    assertThat(live.getDouble("sales[0].net_proceeds")).isEqualTo(48.60);
    Map<String, Object> lamp = live.getMap("inventory.find { it.lot_id == '" + c.lamp() + "' }");
    assertThat(lamp.get("total_cost")).isEqualTo(17.25f);
    assertThat(lamp.get("keywords")).isEqualTo(List.of());
    assertThat(lamp.get("acquisition_date").toString()).startsWith("2024-05-01T00:00Z");

    JsonPath all =
        api.as("viewer")
            .queryParam("search", c.word())
            .queryParam("include_deleted", "true")
            .queryParam("date_from", "2024-03-01")
            .queryParam("date_to", "2024-04-15")
            .get("/api/v1/export/json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("inventory.lot_id"))
        .containsExactlyInAnyOrder(c.vase().toString(), c.bowl().toString());
    assertThat(all.getList("inventory.find { it.lot_id == '" + c.vase() + "' }.keywords"))
        .containsExactly("pottery", "roseville");
    assertThat(all.getString("inventory.find { it.lot_id == '" + c.vase() + "' }.deleted_at"))
        .isNotNull();
    assertThat(all.getString("metadata.filters_applied.include_deleted")).isEqualTo("true");
  }

  @Test
  void pdfReportListsItemsWithTotalsAndPageNumbers(Api api, ResellServer server)
      throws IOException {
    Catalogue c = Catalogue.create(server, "pdfrep");
    byte[] pdf =
        api.as("viewer")
            .queryParam("search", c.word())
            .get("/api/v1/export/pdf")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Content-Disposition", containsString(".pdf\""))
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Resell inventory report")
          .contains("Items: 3")
          .contains("Total cost: $58.75")
          .contains("Estimated value: $125.00")
          .contains("Roseville " + c.word() + " vase")
          .contains("Totals of the 3 items listed")
          .contains("Page 1 of " + doc.getNumberOfPages());
    }
  }

  private static List<String> filtered(Api api, Catalogue c, Map<String, String> filter) {
    return ExportData.parseCsv(
            api.as("viewer")
                .queryParam("format", "csv")
                .queryParam("search", c.word())
                .queryParam("columns", "item_name")
                .queryParams(filter)
                .get(ExportData.EXCEL)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray())
        .stream()
        .map(r -> r.get("item_name"))
        .toList();
  }

  private static CSVRecord byLot(List<CSVRecord> rows, UUID lot) {
    return rows.stream()
        .filter(r -> r.get("lot_id").equals(lot.toString()))
        .findFirst()
        .orElseThrow();
  }

  private static int column(Row header, String key) {
    for (Cell cell : header)
      if (cell.getStringCellValue().equals(key)) return cell.getColumnIndex();
    throw new AssertionError("no column " + key);
  }

  private static Row rowOf(XSSFSheet sheet, Row header, UUID lot) {
    int col = column(header, "lot_id");
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      if (sheet.getRow(i).getCell(col).getStringCellValue().equals(lot.toString())) {
        return sheet.getRow(i);
      }
    }
    throw new AssertionError("no row for " + lot);
  }
}

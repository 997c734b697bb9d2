package app.resell.exports;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.photos.PhotoClient;
import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The item exports carry the items' photos: a {@code photo_urls} column on request (CSV and xlsx)
 * and a {@code photos} array in the JSON export, each photo a signed link on the server's address
 * that opens without signing in, first photo first, as in the listing files.
 */
@ResellIT
class PhotoColumnsExportIT {

  private static final String SHOP = "photos.example:8443";

  @Test
  void spreadsheetsCarryThePhotoLinksColumnWhenAskedFirstPhotoFirst(Api api) throws IOException {
    String word = ExportData.unique("phx");
    String lamp = item(api, word + " lamp", "PX-" + word);
    String bare = item(api, word + " shade", "PB-" + word);
    String first = photo(api, lamp, 40, 30);
    String second = photo(api, lamp, 30, 40);

    Response csv = excel(api, word, "csv", "sku,photo_urls");
    List<CSVRecord> rows = ExportData.parseCsv(csv.asByteArray());
    CSVRecord lampRow = by(rows, "PX-" + word);
    String[] links = lampRow.get("photo_urls").split("\\|");
    assertThat(links).hasSize(2);
    assertThat(links[0]).matches(signedLink(first));
    assertThat(links[1]).matches(signedLink(second));
    assertThat(by(rows, "PB-" + word).get("photo_urls")).isEmpty();
    String path = links[1].substring(("http://" + SHOP).length());
    api.anonymous().get(path).then().statusCode(200).contentType("image/png");

    try (XSSFWorkbook book =
        new XSSFWorkbook(
            new ByteArrayInputStream(excel(api, word, "xlsx", "sku,photo_urls").asByteArray()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("photo_urls");
      Row row = null;
      for (Row r : sheet) {
        if (r.getCell(0).getStringCellValue().equals("PX-" + word)) row = r;
      }
      assertThat(row).isNotNull();
      assertThat(row.getCell(1).getStringCellValue().split("\\|"))
          .satisfiesExactly(
              one -> assertThat(one).matches(signedLink(first)),
              two -> assertThat(two).matches(signedLink(second)));
    }

    // the default columns stay the flattened export of the design, without links
    assertThat(ExportData.csv(api, word, null).get(0).isMapped("photo_urls")).isFalse();
    assertThat(bare).isNotBlank();
  }

  @Test
  void theJsonExportListsTheItemsPhotosWithTheirLinks(Api api) {
    String word = ExportData.unique("phj");
    String lamp = item(api, word + " lamp", "PJ-" + word);
    item(api, word + " shade", "PK-" + word);
    String first = photo(api, lamp, 20, 10);
    String second = photo(api, lamp, 10, 20);

    JsonPath json =
        api.as("viewer")
            .header("Host", SHOP)
            .queryParam("search", word)
            .get("/api/v1/export/json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(json.getList("inventory")).hasSize(2);
    assertThat(json.getList("photos.id")).containsExactly(first, second);
    assertThat(json.getList("photos.lot_id")).containsOnly(lamp);
    assertThat(json.getList("photos.position", Integer.class)).containsExactly(1, 2);
    assertThat(json.getList("photos.width", Integer.class)).containsExactly(20, 10);
    assertThat(json.getString("photos[0].url")).matches(signedLink(first));
    assertThat(json.getMap("photos[0]")).doesNotContainKey("sha256");
  }

  private static Response excel(Api api, String word, String format, String columns) {
    Response r =
        api.as("viewer")
            .header("Host", SHOP)
            .queryParam("format", format)
            .queryParam("search", word)
            .queryParam("columns", columns)
            .get(ExportData.EXCEL);
    r.then().statusCode(200);
    return r;
  }

  private static String item(Api api, String name, String sku) {
    return new PhotoClient(api).newItem(name, sku);
  }

  private static String photo(Api api, String lotId, int width, int height) {
    return new PhotoClient(api).added(lotId, PhotoClient.png(width, height)).getString("[0].id");
  }

  private static CSVRecord by(List<CSVRecord> rows, String sku) {
    return rows.stream()
        .filter(r -> r.get("sku").equals(sku))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with sku " + sku));
  }

  private static String signedLink(String photo) {
    return ListingExportIT.signedLink(SHOP, photo);
  }
}

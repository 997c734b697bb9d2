package app.resell.photos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The zip import of photos over HTTP: files named by SKU or lot id land on their items in name
 * order, the rest is reported; a hostile zip is refused whole and keeps nothing, and the same zip
 * without its hostile part is taken.
 */
@ResellIT
class PhotoImportIT {

  private static final byte[] HTML =
      "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

  @Test
  void photosLandOnTheItemsNamedBySkuOrLotIdInNameOrder(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    String bySku = itemWithSku(api, sku);
    String byLot = photos.newItem("Named by lot id");
    Map<String, byte[]> zip = new LinkedHashMap<>();
    zip.put(sku + "_10.jpg", jpeg(30));
    zip.put(sku + "_2.jpg", jpeg(20));
    zip.put("shoot/" + sku + "_1.png", TestImages.encode(TestImages.quadrants(10, 10), "png"));
    zip.put(sku + "_3.jpg", HTML);
    zip.put(byLot.toUpperCase() + "_1.jpg", jpeg(40));
    zip.put("NO-SUCH-SKU_1.jpg", jpeg(50));
    zip.put("__MACOSX/shoot/._" + sku + "_1.png", HTML);
    zip.put(".DS_Store", HTML);
    zip.put("../" + sku + "_4.jpg", jpeg(60));

    JsonPath report = ok(importZip(api, "staff", zip(zip)));

    assertThat(photos.list(bySku).getList("width", Integer.class)).containsExactly(10, 20, 30);
    assertThat(photos.list(byLot).getList("width", Integer.class)).containsExactly(40);
    assertThat(report.getList("attached.findAll { it.lot_id == '" + bySku + "' }.name"))
        .containsExactly("shoot/" + sku + "_1.png", sku + "_2.jpg", sku + "_10.jpg");
    assertThat(report.getList("attached.findAll { it.lot_id == '" + byLot + "' }.name"))
        .containsExactly(byLot.toUpperCase() + "_1.jpg");
    assertThat(report.getList("attached")).hasSize(4);
    String first = "attached.find { it.name == 'shoot/" + sku + "_1.png' }";
    assertThat(report.getString(first + ".sku")).isEqualTo(sku);
    assertThat(report.getString(first + ".photo.url"))
        .isEqualTo(photos.list(bySku).getString("[0].url"));
    assertThat(report.getList("unmatched")).containsExactly("NO-SUCH-SKU_1.jpg");
    assertThat(report.getList("refused.name"))
        .containsExactlyInAnyOrder(sku + "_3.jpg", "../" + sku + "_4.jpg");
    assertThat(report.getInt("refused.find { it.name == '" + sku + "_3.jpg' }.status"))
        .isEqualTo(415);
    assertThat(report.getString("refused.find { it.name == '" + sku + "_3.jpg' }.reason"))
        .contains("not a JPEG, PNG or WebP");
    assertThat(report.getList("ignored"))
        .containsExactlyInAnyOrder("__MACOSX/shoot/._" + sku + "_1.png", ".DS_Store");
  }

  @Test
  void anItemAtItsPhotoLimitTakesNoMoreAndTheRestIsReported(Api api) {
    String sku = "FULL-" + UUID.randomUUID().toString().substring(0, 8);
    String lot = itemWithSku(api, sku);
    Map<String, byte[]> zip = new LinkedHashMap<>();
    for (int i = 1; i <= 25; i++) zip.put(sku + "_" + i + ".jpg", jpeg(8 + i));

    JsonPath report = ok(importZip(api, "staff", zip(zip)));

    assertThat(report.getList("attached")).hasSize(24);
    assertThat(report.getList("refused.name")).containsExactly(sku + "_25.jpg");
    assertThat(report.getInt("refused[0].status")).isEqualTo(409);
    assertThat(report.getString("refused[0].reason")).contains("24 photos");
    assertThat(new PhotoClient(api).list(lot).getList("width", Integer.class))
        .hasSize(24)
        .last()
        .isEqualTo(32);
  }

  @Test
  void aZipBombIsRefusedWhole413AndTheZipWithoutItIsTaken(Api api, ResellServer server) {
    refusedThenTaken(
        api, server, "zip bomb", (sku, zip) -> zip.put(sku + "_2.jpg", new byte[40 * 1024 * 1024]));
  }

  @Test
  void aZipOfTooManyFilesIsRefusedWhole413AndASmallerOneIsTaken(Api api, ResellServer server) {
    refusedThenTaken(
        api,
        server,
        "more than 1000 files",
        (sku, zip) -> {
          for (int i = 0; i < 1000; i++) zip.put("note-" + i + ".txt", new byte[] {'x'});
        });
  }

  @Test
  void aViewerCannotImportPhotosAndAFileThatIsNoZipIs415(Api api) {
    String sku = "VIEW-" + UUID.randomUUID().toString().substring(0, 8);
    String lot = itemWithSku(api, sku);
    byte[] zip = zip(Map.of(sku + "_1.jpg", jpeg(16)));

    importZip(api, "viewer", zip).then().statusCode(403).contentType("application/problem+json");
    assertThat(new PhotoClient(api).list(lot).getList("id")).isEmpty();
    importZip(api, "staff", jpeg(16))
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"));
    ok(importZip(api, "staff", zip));
    assertThat(new PhotoClient(api).list(lot).getList("id")).hasSize(1);
  }

  /** A zip of one good photo refused whole once {@code hostile} added to it, and taken without. */
  private static void refusedThenTaken(
      Api api,
      ResellServer server,
      String detail,
      BiConsumer<String, Map<String, byte[]>> hostile) {
    PhotoClient photos = new PhotoClient(api);
    String sku = "HOSTILE-" + UUID.randomUUID().toString().substring(0, 8);
    String lot = photos.newItem("Zipped " + sku, sku);
    Map<String, byte[]> good = Map.of(sku + "_1.jpg", jpeg(12));
    Map<String, byte[]> bad = new LinkedHashMap<>(good);
    hostile.accept(sku, bad);
    List<Path> before = PhotoClient.storedImages(server);
    photos.refusedKeepingNothing(
        importZip(api, "staff", zip(bad)), 413, detail, lot, before, server);
    assertThat(ok(importZip(api, "staff", zip(good))).getList("attached")).hasSize(1);
    assertThat(photos.list(lot).getList("id")).hasSize(1);
  }

  private static String itemWithSku(Api api, String sku) {
    return new PhotoClient(api).newItem("Zipped " + sku, sku);
  }

  private static Response importZip(Api api, String role, byte[] zip) {
    return api.as(role)
        .contentType("multipart/form-data")
        .multiPart("file", "photos.zip", zip, "application/zip")
        .post("/api/v1/import/photos");
  }

  private static JsonPath ok(Response response) {
    return response.then().statusCode(200).extract().jsonPath();
  }

  /** A small JPEG told apart by its width. */
  private static byte[] jpeg(int width) {
    return TestImages.encode(TestImages.quadrants(width, 8), "jpg");
  }

  private static byte[] zip(Map<String, byte[]> files) {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}

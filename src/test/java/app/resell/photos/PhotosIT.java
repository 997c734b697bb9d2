package app.resell.photos;

import static app.resell.photos.PhotoClient.jpeg;
import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Photos over HTTP on the real server: what a reseller uploads, what the item page then shows. */
@ResellIT
class PhotosIT {

  @Test
  void jpegPngAndWebpAreStoredCleanedAndServedWithLongLivedStrongTags(Api api, ResellServer server)
      throws IOException {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Camera lens");
    byte[] phone = TestImages.phoneJpeg(TestImages.quadrants(64, 32), 6);
    byte[] png = TestImages.encode(TestImages.quadrants(40, 20), "png");
    JsonPath added =
        photos.added(
            lot,
            jpeg(phone),
            new PhotoClient.Upload("scan.png", png, "application/octet-stream"),
            PhotoClient.fixture("quadrants-64x32.webp", "image/webp"));

    assertThat(added.getList("position", Integer.class)).containsExactly(1, 2, 3);
    assertThat(added.getList("content_type"))
        .containsExactly("image/jpeg", "image/png", "image/jpeg");
    assertThat(added.getList("width", Integer.class)).containsExactly(32, 40, 64);
    assertThat(added.getList("height", Integer.class)).containsExactly(64, 20, 32);
    String id = added.getString("[0].id");
    assertThat(added.getString("[0].url")).isEqualTo("/api/v1/photos/" + id);
    assertThat(added.getString("[0].thumbnail_url"))
        .startsWith("/api/v1/photos/" + id + "/thumbnail");
    assertThat(added.getString("[0].created_at")).isNotBlank();

    Response image = api.as("viewer").get(added.getString("[0].url"));
    image.then().statusCode(200).contentType("image/jpeg");
    byte[] served = image.asByteArray();
    assertThat(served).hasSize(added.getInt("[0].bytes"));
    assertThat(TestImages.contains(served, TestImages.GPS_MARKER)).isFalse();
    assertThat(TestImages.markers(served)).doesNotContain(0xe1);
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(served));
    assertThat(upright.getWidth()).isEqualTo(32);
    assertThat(red(upright.getRGB(24, 8))).as("turned by its EXIF orientation").isTrue();

    String tag = image.getHeader("ETag");
    assertThat(tag).matches("\"[0-9a-f]{64}\"");
    assertThat(image.getHeader("Cache-Control")).isEqualTo("private, max-age=31536000, immutable");
    api.as("viewer")
        .header("If-None-Match", tag)
        .get(added.getString("[0].url"))
        .then()
        .statusCode(304)
        .header("ETag", tag);
    api.as("viewer")
        .get(added.getString("[1].url"))
        .then()
        .statusCode(200)
        .contentType("image/png");
    for (int i = 0; i < 3; i++) {
      String sha = api.as("viewer").get(added.getString("[" + i + "].url")).getHeader("ETag");
      String ext = added.getString("[" + i + "].content_type").equals("image/png") ? "png" : "jpg";
      sha = sha.replace("\"", "");
      assertThat(server.dataDir().resolve("photos/" + sha.substring(0, 2) + "/" + sha + "." + ext))
          .isRegularFile()
          .hasSize(added.getLong("[" + i + "].bytes"));
    }
    assertThat(photos.list(lot).getList("id")).isEqualTo(added.getList("id"));
  }

  @Test
  void thumbnailsComeInThreeSizesAndAreKept(Api api, ResellServer server) throws IOException {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Rug");
    JsonPath added =
        photos.added(lot, jpeg(TestImages.encode(TestImages.quadrants(2000, 1000), "jpg")));
    String url = added.getString("[0].url");
    for (int size : List.of(160, 320, 640)) {
      Response thumb = api.as("viewer").queryParam("size", size).get(url + "/thumbnail");
      thumb.then().statusCode(200).contentType("image/jpeg");
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb.asByteArray()));
      assertThat(image.getWidth()).isEqualTo(size);
      assertThat(image.getHeight()).isEqualTo(size / 2);
      api.as("viewer")
          .header("If-None-Match", thumb.getHeader("ETag"))
          .queryParam("size", size)
          .get(url + "/thumbnail")
          .then()
          .statusCode(304);
    }
    BufferedImage standard =
        ImageIO.read(
            new ByteArrayInputStream(
                api.as("viewer").get(added.getString("[0].thumbnail_url")).asByteArray()));
    assertThat(standard.getWidth()).isEqualTo(320);
    String sha = api.as("viewer").get(url).getHeader("ETag").replace("\"", "");
    assertThat(server.dataDir().resolve("photos/thumbnails/640/" + sha + ".jpg")).isRegularFile();
    api.as("viewer")
        .queryParam("size", "100")
        .get(url + "/thumbnail")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("size"));
  }

  /** An iPhone's HEIC is converted with libheif's heif-convert and kept as a clean JPEG. */
  @Test
  void heicIsTakenAsAJpegWhenLibheifIsInstalled(Api api) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        PhotoClient.heifToolsInstalled(), "libheif-examples (heif-convert) is not installed");
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("iPhone shot");
    JsonPath added = photos.added(lot, PhotoClient.fixture("quadrants-64x32.heic", "image/heic"));

    assertThat(added.getString("[0].content_type")).isEqualTo("image/jpeg");
    assertThat(added.getInt("[0].width")).isEqualTo(64);
    assertThat(added.getInt("[0].height")).isEqualTo(32);
    byte[] served = api.as("viewer").get(added.getString("[0].url")).asByteArray();
    assertThat(TestImages.markers(served)).doesNotContain(0xe1);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
    assertThat(red(image.getRGB(8, 8))).isTrue();
    assertThat(red(image.getRGB(48, 24))).isFalse();
  }

  @Test
  void theInventoryListShowsEachItemsFirstThumbnailOrNull(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String word =
        "Thumbed" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String pictured = photos.newItem(word + " lamp");
    String bare = photos.newItem(word + " shade");
    List<String> ids =
        photos
            .added(
                pictured,
                jpeg(TestImages.encode(TestImages.quadrants(20, 10), "jpg")),
                jpeg(TestImages.encode(TestImages.quadrants(30, 10), "jpg")))
            .getList("id");

    assertThat(listedThumbnail(api, word, pictured))
        .isEqualTo("/api/v1/photos/" + ids.get(0) + "/thumbnail?size=160");
    assertThat(listedThumbnail(api, word, bare)).isNull();
    api.as("viewer").get(listedThumbnail(api, word, pictured)).then().statusCode(200);

    api.as("staff")
        .contentType("application/json")
        .body(List.of(ids.get(1), ids.get(0)))
        .put("/api/v1/inventory/" + pictured + "/photos/order")
        .then()
        .statusCode(200);
    assertThat(listedThumbnail(api, word, pictured)).contains(ids.get(1));
  }

  /** The thumbnail_url the inventory list shows for an item, checking the key is there. */
  private static String listedThumbnail(Api api, String search, String lotId) {
    JsonPath page =
        api.as("viewer")
            .queryParam("search", search)
            .get("/api/v1/inventory")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String item = "items.find { it.lot_id == '" + lotId + "' }";
    assertThat(page.getMap(item)).containsKey("thumbnail_url");
    return page.getString(item + ".thumbnail_url");
  }

  @Test
  void photosAreReorderedByTheirIdsAndOnlyByAllOfThem(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Vase");
    JsonPath added =
        photos.added(
            lot,
            jpeg(TestImages.encode(TestImages.quadrants(20, 10), "jpg")),
            jpeg(TestImages.encode(TestImages.quadrants(30, 10), "jpg")),
            jpeg(TestImages.encode(TestImages.quadrants(40, 10), "jpg")));
    List<String> ids = added.getList("id");
    String other =
        photos
            .added(
                photos.newItem("Other"), jpeg(TestImages.encode(TestImages.quadrants(8, 8), "jpg")))
            .getString("[0].id");

    for (List<String> wrong :
        List.of(
            List.of(ids.get(0), ids.get(1)),
            List.of(ids.get(0), ids.get(1), other),
            List.of(ids.get(0), ids.get(0), ids.get(1)))) {
      api.as("staff")
          .body(wrong)
          .put("/api/v1/inventory/" + lot + "/photos/order")
          .then()
          .statusCode(400)
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("ids"));
    }
    for (Object malformed : List.of(List.of("not-an-id"), java.util.Map.of("ids", ids))) {
      api.as("staff")
          .body(malformed)
          .put("/api/v1/inventory/" + lot + "/photos/order")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    List<String> reversed = List.of(ids.get(2), ids.get(1), ids.get(0));
    api.as("staff")
        .body(reversed)
        .put("/api/v1/inventory/" + lot + "/photos/order")
        .then()
        .statusCode(200);
    JsonPath listed = photos.list(lot);
    assertThat(listed.getList("id")).isEqualTo(reversed);
    assertThat(listed.getList("position", Integer.class)).containsExactly(1, 2, 3);
    assertThat(listed.getList("width", Integer.class)).containsExactly(40, 30, 20);
  }

  @Test
  void theSameImageIsKeptOnceAndItsFileGoesWithItsLastPhoto(Api api, ResellServer server) {
    PhotoClient photos = new PhotoClient(api);
    byte[] bytes = TestImages.encode(TestImages.quadrants(24, 24), "png");
    String first = photos.newItem("Twin A");
    String second = photos.newItem("Twin B");
    String a =
        photos
            .added(first, new PhotoClient.Upload("a.png", bytes, "image/png"))
            .getString("[0].id");
    JsonPath b =
        photos.added(
            second,
            new PhotoClient.Upload("b.png", bytes, "image/png"),
            jpeg(TestImages.encode(TestImages.quadrants(16, 16), "jpg")));
    var file = server.dataDir().resolve("photos");
    long before =
        PhotoClient.storedImages(server).stream()
            .filter(p -> p.toString().endsWith(".png"))
            .count();

    api.as("staff").delete("/api/v1/photos/" + a).then().statusCode(204);
    api.as("viewer").get("/api/v1/photos/" + a).then().statusCode(404);
    api.as("viewer").get(b.getString("[0].url")).then().statusCode(200);
    assertThat(
            PhotoClient.storedImages(server).stream()
                .filter(p -> p.toString().endsWith(".png"))
                .count())
        .isEqualTo(before);

    api.as("staff").delete(b.getString("[0].url")).then().statusCode(204);
    assertThat(
            PhotoClient.storedImages(server).stream()
                .filter(p -> p.toString().endsWith(".png"))
                .count())
        .isEqualTo(before - 1);
    JsonPath left = photos.list(second);
    assertThat(left.getList("id")).containsExactly(b.getString("[1].id"));
    assertThat(left.getList("position", Integer.class)).containsExactly(1);
    assertThat(PhotoClient.leftovers(server)).as("temp or trash files under %s", file).isEmpty();
  }

  @Test
  void theItemPageShowsThePhotosAndANewPhotoChangesItsTag(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Clock");
    Response before = api.as("viewer").get("/api/v1/inventory/" + lot);
    before.then().statusCode(200);
    assertThat(before.jsonPath().getList("photos")).isEmpty();
    String id =
        photos
            .added(lot, jpeg(TestImages.encode(TestImages.quadrants(20, 20), "jpg")))
            .getString("[0].id");

    Response after =
        api.as("viewer")
            .header("If-None-Match", before.getHeader("ETag"))
            .get("/api/v1/inventory/" + lot);
    after.then().statusCode(200);
    assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
    assertThat(after.jsonPath().getList("photos.id")).containsExactly(id);
    assertThat(after.jsonPath().getString("photos[0].thumbnail_url")).contains(id);
  }

  @Test
  void aSoftDeleteKeepsThePhotosAndAPermanentDeleteRemovesThem(Api api, ResellServer server) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Teapot");
    JsonPath added =
        photos.added(lot, jpeg(TestImages.encode(TestImages.quadrants(36, 12), "jpg")));
    String url = added.getString("[0].url");
    int kept = PhotoClient.storedImages(server).size();

    api.as("staff").delete("/api/v1/inventory/" + lot).then().statusCode(204);
    api.as("viewer").get(url).then().statusCode(404);
    api.as("staff").post("/api/v1/inventory/" + lot + "/restore").then().statusCode(200);
    api.as("viewer").get(url).then().statusCode(200);
    assertThat(PhotoClient.storedImages(server)).hasSize(kept);

    api.asAdmin()
        .queryParam("permanent", "true")
        .delete("/api/v1/inventory/" + lot)
        .then()
        .statusCode(204);
    api.as("viewer").get(url).then().statusCode(404);
    assertThat(PhotoClient.storedImages(server)).hasSize(kept - 1);
    assertThat(server.database().rows("SELECT 1 FROM photos WHERE lot_id = ?::uuid", lot))
        .isEmpty();
  }

  private static boolean red(int rgb) {
    return ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
  }
}

package app.resell.photos;

import static app.resell.photos.PhotoClient.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Photo uploads the server refuses, over HTTP: each answered with a problem naming the file, no row
 * and no file left behind; and each time the good request, sent next, succeeds.
 */
@ResellIT
class PhotoRefusalsIT {

  private static final PhotoClient.Upload GOOD =
      jpeg(TestImages.encode(TestImages.quadrants(30, 20), "jpg"));

  @Test
  void aPageNamedLikeAPhotoIsRefusedAs415(Api api, ResellServer server) {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    refusedThenTaken(
        api,
        server,
        415,
        "not a JPEG, PNG or WebP",
        new PhotoClient.Upload("holiday.jpg", html, "image/jpeg"));
  }

  /**
   * Without libheif's tools the server refuses HEIC saying what to do (415); with them, a file that
   * only starts like a HEIC is refused as unreadable (422). A real HEIC is taken: PhotosIT.
   */
  @Test
  void heicIsRefusedSayingWhatToDo(Api api, ResellServer server) {
    byte[] heic = new byte[64];
    System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
    boolean tools = PhotoClient.heifToolsInstalled();
    refusedThenTaken(
        api,
        server,
        tools ? 422 : 415,
        tools ? "HEIC photo could not be read" : "HEIC",
        new PhotoClient.Upload("IMG_0002.HEIC", heic, "image/heic"));
  }

  @Test
  void pixelBombsAreRefusedAs413(Api api, ResellServer server) {
    refusedThenTaken(
        api,
        server,
        413,
        "megapixels",
        new PhotoClient.Upload("bomb.png", TestImages.pngClaiming(50_000, 50_000), "image/png"));
    refusedThenTaken(api, server, 413, "megapixels", jpeg(TestImages.jpegClaiming(65_000, 65_000)));
  }

  @Test
  void oneBadFileAmongGoodOnesKeepsNone(Api api, ResellServer server) {
    refusedThenTaken(
        api,
        server,
        413,
        "megapixels",
        jpeg(TestImages.encode(TestImages.quadrants(22, 22), "jpg")),
        new PhotoClient.Upload("bomb.png", TestImages.pngClaiming(50_000, 50_000), "image/png"));
  }

  @Test
  void anItemTakesAtMost24Photos(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Crowded");
    List<PhotoClient.Upload> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) many.add(GOOD);
    photos
        .upload("staff", lot, many.toArray(PhotoClient.Upload[]::new))
        .then()
        .statusCode(409)
        .body("detail", containsString("24"));
    assertThat(photos.list(lot).getList("id")).isEmpty();
    photos.added(lot, many.subList(0, 24).toArray(PhotoClient.Upload[]::new));
    photos.upload("staff", lot, GOOD).then().statusCode(409);
  }

  @Test
  void aViewerSeesPhotosButCannotAddOrRemoveThem(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Guarded");
    photos
        .upload("viewer", lot, GOOD)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String url = photos.added(lot, GOOD).getString("[0].url");
    api.as("viewer").get(url).then().statusCode(200);
    api.as("viewer").delete(url).then().statusCode(403);
    api.anonymous().get(url).then().statusCode(401);
    assertThat(photos.list(lot).getList("id")).hasSize(1);
  }

  @Test
  void anItemThatDoesNotExistTakesNoPhotos(Api api) {
    PhotoClient photos = new PhotoClient(api);
    photos.upload("staff", "00000000-0000-4000-8000-000000000000", GOOD).then().statusCode(404);
    photos.added(photos.newItem("Exists"), GOOD);
  }

  @Test
  void aPhotoWhoseFileWentMissingAnswers404NotA500(Api api, ResellServer server)
      throws java.io.IOException {
    PhotoClient photos = new PhotoClient(api);
    byte[] own = TestImages.encode(TestImages.quadrants(26, 14), "png");
    String url =
        photos
            .added(photos.newItem("Lost file"), new PhotoClient.Upload("x.png", own, "image/png"))
            .getString("[0].url");
    String sha = api.as("viewer").get(url).then().statusCode(200).extract().header("ETag");
    sha = sha.replace("\"", "");
    java.nio.file.Files.delete(
        server.dataDir().resolve("photos/" + sha.substring(0, 2) + "/" + sha + ".png"));
    java.nio.file.Files.delete(server.dataDir().resolve("photos/thumbnails/160/" + sha + ".jpg"));
    api.as("viewer").get(url).then().statusCode(404).contentType("application/problem+json");
    api.as("viewer")
        .queryParam("size", "160")
        .get(url + "/thumbnail")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    api.as("viewer").queryParam("size", "640").get(url + "/thumbnail").then().statusCode(200);
  }

  private static void refusedThenTaken(
      Api api, ResellServer server, int status, String detail, PhotoClient.Upload... files) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Refused");
    List<Path> before = PhotoClient.storedImages(server);
    photos.refusedKeepingNothing(
        photos.upload("staff", lot, files), status, detail, lot, before, server);
    assertThat(photos.added(lot, GOOD).getList("id")).hasSize(1);
  }
}

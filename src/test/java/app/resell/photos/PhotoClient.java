package app.resell.photos;

import app.resell.testing.Api;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The photo ITs' way to the API: items of their own, uploads, and a look at the stored files. */
public final class PhotoClient {

  /** A file to upload: its name and declared type say nothing the server may trust. */
  public record Upload(String name, byte[] bytes, String type) {}

  private final Api api;

  public PhotoClient(Api api) {
    this.api = api;
  }

  String newItem(String name) {
    return newItem(name + " " + UUID.randomUUID().toString().substring(0, 8), null);
  }

  /** A new item of this name (and SKU, unless null); its lot id. */
  public String newItem(String name, String sku) {
    Map<String, Object> item = new java.util.HashMap<>();
    item.put("item_name", name);
    item.put("bid_amount", new BigDecimal("10.00"));
    item.put("category", "furniture");
    if (sku != null) item.put("sku", sku);
    return api.as("staff")
        .body(item)
        .post("/api/v1/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("lot_id");
  }

  Response upload(String role, String lotId, Upload... files) {
    RequestSpecification request = api.as(role).contentType("multipart/form-data");
    for (Upload f : files) request = request.multiPart("file", f.name(), f.bytes(), f.type());
    return request.post("/api/v1/inventory/" + lotId + "/photos");
  }

  /** Uploads as staff and answers the created photos (201 checked). */
  public JsonPath added(String lotId, Upload... files) {
    return upload("staff", lotId, files).then().statusCode(201).extract().jsonPath();
  }

  JsonPath list(String lotId) {
    return api.as("viewer")
        .get("/api/v1/inventory/" + lotId + "/photos")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A PNG of quadrants, told apart by its size. */
  public static Upload png(int width, int height) {
    return new Upload(
        "p.png", TestImages.encode(TestImages.quadrants(width, height), "png"), "image/png");
  }

  /**
   * Checks a refusal of files (a problem naming the field {@code file}) and that it kept nothing:
   * no photo on the item, no new stored image, no temp file left.
   */
  void refusedKeepingNothing(
      Response response,
      int status,
      String detail,
      String lotId,
      List<Path> storedBefore,
      ResellServer server) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString(detail))
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("file"));
    org.assertj.core.api.Assertions.assertThat(list(lotId).getList("id")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(storedImages(server)).isEqualTo(storedBefore);
    org.assertj.core.api.Assertions.assertThat(leftovers(server)).isEmpty();
  }

  /** Whether libheif's heif-info and heif-convert are on the PATH (the server's too, here). */
  static boolean heifToolsInstalled() {
    return Stream.of("heif-info", "heif-convert")
        .allMatch(
            tool ->
                Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool))));
  }

  static Upload jpeg(byte[] bytes) {
    return new Upload("IMG_0001.JPG", bytes, "image/jpeg");
  }

  static Upload fixture(String name, String type) {
    try (InputStream in = PhotoClient.class.getResourceAsStream("/photos/" + name)) {
      return new Upload(name, in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String KEPT = "[0-9a-f]{64}\\.(jpg|png)";

  /** The stored images (not thumbnails or temp files) under the data dir's photos/. */
  static List<Path> storedImages(ResellServer server) {
    return files(
        server,
        p ->
            p.getFileName().toString().matches(KEPT)
                && p.getParent().getFileName().toString().length() == 2);
  }

  /** Every file under photos/ that is not a kept image or thumbnail: temp files, trash. */
  static List<Path> leftovers(ResellServer server) {
    return files(server, p -> !p.getFileName().toString().matches(KEPT));
  }

  private static List<Path> files(ResellServer server, Predicate<Path> which) {
    Path root = server.dataDir().resolve("photos");
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(which).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

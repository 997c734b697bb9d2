package app.resell.photos;

import static app.resell.photos.PhotoClient.jpeg;
import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A 12-megapixel phone JPEG held upright is stored whole, turned, with its thumbnail. The times are
 * printed for information only (docs/PHOTOS.md); timed assertions belong in {@code bench/}, not in
 * tests on a shared machine.
 */
@ResellIT
class LargePhotoIT {

  @Test
  void aTwelveMegapixelPhonePhotoIsStoredTurnedWithItsThumbnail(Api api) throws IOException {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Big photo");
    BufferedImage picture = TestImages.photoLike(4000, 3000);
    long start = System.nanoTime();
    photos.added(lot, jpeg(TestImages.phoneJpeg(picture, 1))); // the server's first big photo
    long first = (System.nanoTime() - start) / 1_000_000;
    byte[] big = TestImages.phoneJpeg(picture, 6); // a phone held upright: turned when stored
    start = System.nanoTime();
    JsonPath added = photos.added(lot, jpeg(big));
    api.as("viewer").get(added.getString("[0].thumbnail_url")).then().statusCode(200);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "LargePhotoIT: 12 MP JPEG (%d KB) stored over HTTP in %d ms the first time; turned, stored"
            + " and its thumbnail fetched in %d ms the next%n",
        big.length / 1024, first, millis);
    assertThat(added.getInt("[0].width")).isEqualTo(3000);
    assertThat(added.getInt("[0].height")).isEqualTo(4000);
  }
}

package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.photos.TestImages;
import app.resell.photos.entity.ImageKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailMakerTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({"160, 160, 80", "320, 320, 160", "640, 640, 320"})
  void theLongerSideIsTheSizeAskedFor(int size, int w, int h) throws IOException {
    Path photo =
        Files.write(
            dir.resolve("p.jpg"), TestImages.encode(TestImages.quadrants(2000, 1000), "jpg"));
    BufferedImage thumb = read(ThumbnailMaker.make(photo, ImageKind.JPEG, size));
    assertThat(thumb.getWidth()).isEqualTo(w);
    assertThat(thumb.getHeight()).isEqualTo(h);
    assertThat(PhotoCleanerTest.red(thumb, w / 4, h / 4)).isTrue();
    assertThat(PhotoCleanerTest.red(thumb, 3 * w / 4, 3 * h / 4)).isFalse();
  }

  @Test
  void anUploadGetsEverySizeFromItsDecodedPixels() throws IOException {
    var all = ThumbnailMaker.all(TestImages.quadrants(1000, 2000));
    assertThat(all).containsOnlyKeys(160, 320, 640);
    assertThat(read(all.get(640)).getHeight()).isEqualTo(640);
    assertThat(read(all.get(640)).getWidth()).isEqualTo(320);
    assertThat(read(all.get(160)).getHeight()).isEqualTo(160);
    assertThat(PhotoCleanerTest.red(read(all.get(160)), 20, 40)).isTrue();
  }

  @Test
  void aSmallPhotoIsNotBlownUp() throws IOException {
    Path photo =
        Files.write(dir.resolve("p.png"), TestImages.encode(TestImages.quadrants(100, 50), "png"));
    BufferedImage thumb = read(ThumbnailMaker.make(photo, ImageKind.PNG, 640));
    assertThat(thumb.getWidth()).isEqualTo(100);
    assertThat(thumb.getHeight()).isEqualTo(50);
  }

  /**
   * The budget: a 12-megapixel phone JPEG stored (decoded, turned, re-encoded) and its
   * thumbnails made within 1.5 s. Only printed here (a unit test asserts no time: a loaded machine
   * fails it for nothing); the figures are in docs/PHOTOS.md, "Timing".
   */
  @Test
  void aTwelveMegapixelPhotoIsStoredAndThumbnailed() throws IOException {
    Path upload =
        Files.write(
            dir.resolve("big.jpg"), TestImages.phoneJpeg(TestImages.photoLike(4000, 3000), 6));
    PhotoCleaner.clean(upload, ImageKind.JPEG, 60_000_000); // warm the codecs up
    long start = System.nanoTime();
    PhotoCleaner.Cleaned cleaned = PhotoCleaner.clean(upload, ImageKind.JPEG, 60_000_000);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "12 MP JPEG: cleaned (%d KB) with its three thumbnails in %d ms%n",
        cleaned.bytes().length / 1024, millis);
    assertThat(cleaned.width()).isEqualTo(3000);
    assertThat(read(cleaned.thumbnails().get(320)).getHeight()).isEqualTo(320);
    start = System.nanoTime();
    Path stored = Files.write(dir.resolve("stored.jpg"), cleaned.bytes());
    byte[] again = ThumbnailMaker.make(stored, ImageKind.JPEG, 640);
    System.out.printf(
        "12 MP JPEG: a missing 640 thumbnail made again from the file in %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    assertThat(read(again).getHeight()).isEqualTo(640);
  }

  private static BufferedImage read(byte[] bytes) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(bytes));
  }
}

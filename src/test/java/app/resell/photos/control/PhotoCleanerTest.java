package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.photos.TestImages;
import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.ProblemException;
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

class PhotoCleanerTest {

  static final long MAX_PIXELS = 60_000_000;

  @TempDir Path dir;

  @Test
  void aPhoneJpegLosesItsExifAndGpsAndIsTurnedUpright() throws IOException {
    byte[] phone = TestImages.phoneJpeg(TestImages.quadrants(64, 32), 6);
    assertThat(TestImages.markers(phone)).contains(0xe1);
    assertThat(TestImages.contains(phone, TestImages.GPS_MARKER)).isTrue();

    PhotoCleaner.Cleaned cleaned = clean(phone, ImageKind.JPEG);

    assertThat(cleaned.kind()).isEqualTo(ImageKind.JPEG);
    assertThat(TestImages.markers(cleaned.bytes()))
        .doesNotContain(0xe1, 0xe2, 0xed, 0xfe); // no EXIF/XMP, ICC, IPTC, comment
    assertThat(TestImages.contains(cleaned.bytes(), TestImages.GPS_MARKER)).isFalse();
    assertThat(TestImages.contains(cleaned.bytes(), "Exif".getBytes())).isFalse();
    BufferedImage upright = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
    assertThat(upright.getWidth()).isEqualTo(32);
    assertThat(upright.getHeight()).isEqualTo(64);
    assertThat(cleaned.width()).isEqualTo(32);
    assertThat(cleaned.height()).isEqualTo(64);
    // orientation 6: the stored top-left shows at the top right once turned a quarter clockwise
    assertThat(red(upright, 24, 8)).isTrue();
    assertThat(red(upright, 8, 8)).isFalse();
    assertThat(red(upright, 24, 56)).isFalse();
  }

  /** Where the red quadrant (stored top-left of a 64 x 32 picture) shows once upright. */
  @ParameterizedTest
  @CsvSource({
    "1, 64, 32, 16, 8",
    "2, 64, 32, 48, 8",
    "3, 64, 32, 48, 24",
    "4, 64, 32, 16, 24",
    "5, 32, 64, 8, 16",
    "6, 32, 64, 24, 16",
    "7, 32, 64, 24, 48",
    "8, 32, 64, 8, 48"
  })
  void everyOrientationEndsUpright(int orientation, int w, int h, int redX, int redY)
      throws IOException {
    byte[] phone = TestImages.phoneJpeg(TestImages.quadrants(64, 32), orientation);
    BufferedImage upright =
        ImageIO.read(new ByteArrayInputStream(clean(phone, ImageKind.JPEG).bytes()));
    assertThat(upright.getWidth()).isEqualTo(w);
    assertThat(upright.getHeight()).isEqualTo(h);
    assertThat(red(upright, redX, redY)).as("red at %d,%d", redX, redY).isTrue();
    assertThat(red(upright, w - 1 - redX, h - 1 - redY)).isFalse();
  }

  @Test
  void aPngStaysAPngWithItsTransparency() throws IOException {
    BufferedImage clear = new BufferedImage(10, 6, BufferedImage.TYPE_INT_ARGB);
    clear.setRGB(1, 1, 0xff00ff00);
    PhotoCleaner.Cleaned cleaned = clean(TestImages.encode(clear, "png"), ImageKind.PNG);
    assertThat(cleaned.kind()).isEqualTo(ImageKind.PNG);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
    assertThat(back.getRGB(1, 1)).isEqualTo(0xff00ff00);
    assertThat(back.getRGB(5, 5) >>> 24).isZero();
  }

  @ParameterizedTest
  @CsvSource({"quadrants-64x32.webp", "quadrants-64x32-lossless.webp"})
  void aWebpIsKeptAsJpeg(String fixture) throws IOException {
    PhotoCleaner.Cleaned cleaned = clean(ImageSnifferTest.fixture(fixture), ImageKind.WEBP);
    assertThat(cleaned.kind()).isEqualTo(ImageKind.JPEG);
    assertThat(cleaned.width()).isEqualTo(64);
    assertThat(cleaned.height()).isEqualTo(32);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
    assertThat(red(back, 16, 8)).isTrue();
    assertThat(red(back, 48, 24)).isFalse();
  }

  @Test
  void aPngClaimingTooManyPixelsIsRefusedBeforeItsPixelsAreRead() {
    // 40,000 x 40,000 would need 4.8 GB decoded; garbage pixel data would fail with 422 if read
    byte[] bomb = TestImages.pngClaiming(40_000, 40_000);
    assertThatThrownBy(() -> clean(bomb, ImageKind.PNG))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(413);
              assertThat(p.getMessage()).contains("40000 x 40000").contains("60 megapixels");
            });
  }

  @Test
  void aJpegClaimingTooManyPixelsIsRefusedBeforeItsPixelsAreRead() {
    byte[] bomb = TestImages.jpegClaiming(65_000, 65_000);
    assertThatThrownBy(() -> clean(bomb, ImageKind.JPEG))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(413));
  }

  @Test
  void anImageJustUnderTheLimitIsTaken() throws IOException {
    byte[] png = TestImages.encode(TestImages.quadrants(100, 50), "png");
    assertThat(PhotoCleaner.clean(write(png), ImageKind.PNG, 5000).width()).isEqualTo(100);
    assertThatThrownBy(() -> PhotoCleaner.clean(write(png), ImageKind.PNG, 4999))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(413));
  }

  @Test
  void aDamagedImageIsRefusedWith422() {
    byte[] png = TestImages.encode(TestImages.quadrants(32, 32), "png");
    byte[] cut = java.util.Arrays.copyOf(png, 40);
    assertThatThrownBy(() -> clean(cut, ImageKind.PNG))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
  }

  private PhotoCleaner.Cleaned clean(byte[] bytes, ImageKind kind) throws IOException {
    return PhotoCleaner.clean(write(bytes), kind, MAX_PIXELS);
  }

  private Path write(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "upload", ".bin"), bytes);
  }

  static boolean red(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
  }
}

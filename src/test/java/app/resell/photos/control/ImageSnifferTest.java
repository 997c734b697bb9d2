package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.photos.TestImages;
import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageSnifferTest {

  @Test
  void tellsJpegPngAndWebpByTheirFirstBytes() throws IOException {
    var image = TestImages.quadrants(8, 8);
    assertThat(ImageSniffer.kind(head(TestImages.encode(image, "jpg")))).isEqualTo(ImageKind.JPEG);
    assertThat(ImageSniffer.kind(head(TestImages.encode(image, "png")))).isEqualTo(ImageKind.PNG);
    assertThat(ImageSniffer.kind(head(fixture("quadrants-64x32.webp")))).isEqualTo(ImageKind.WEBP);
  }

  @Test
  void refusesAPageOrScriptWhateverItIsCalled() {
    byte[] html = "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ImageSniffer.kind(head(html)))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(415);
              assertThat(p.errors().get(0).field()).isEqualTo("file");
              assertThat(p.getMessage()).contains("not a JPEG, PNG or WebP");
            });
  }

  @Test
  void refusesHeicNamingItAndWhatToDoInstead() {
    byte[] heic = new byte[16];
    System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
    assertThatThrownBy(() -> ImageSniffer.kind(heic))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(415);
              assertThat(p.slug()).isEqualTo("heic");
              assertThat(p.getMessage()).contains("HEIC").contains("JPEG");
            });
  }

  @Test
  void refusesFilesTooShortToTell() {
    assertThatThrownBy(() -> ImageSniffer.kind(new byte[] {(byte) 0xff, (byte) 0xd8}))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(415));
  }

  static byte[] head(byte[] bytes) {
    return Arrays.copyOf(bytes, Math.min(bytes.length, ImageSniffer.HEAD_BYTES));
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = ImageSnifferTest.class.getResourceAsStream("/photos/" + name)) {
      return in.readAllBytes();
    }
  }
}

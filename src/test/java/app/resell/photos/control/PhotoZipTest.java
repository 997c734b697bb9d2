package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoZipTest {

  @TempDir Path dir;

  private final PhotoLimits limits = limits();

  @Test
  void namesWrittenInTheDosCodePageAreRead() throws IOException {
    Path zip = zip(Charset.forName("IBM437"), Map.of("Café_1.jpg", new byte[] {1}));
    try (PhotoZip photos = PhotoZip.open(zip, limits)) {
      assertThat(photos.photos()).extracting(PhotoZip.Entry::name).containsExactly("Café_1.jpg");
      assertThat(photos.photos().get(0).fileName().key()).isEqualTo("Café");
    }
  }

  @Test
  void litterIsPassedOverAndClimbingNamesAreSetApart() throws IOException {
    Path zip =
        zip(
            StandardCharsets.UTF_8,
            Map.of(
                "shoot/A_1.jpg", new byte[] {1},
                "__MACOSX/shoot/._A_1.jpg", new byte[] {1},
                ".DS_Store", new byte[] {1},
                "Thumbs.db", new byte[] {1},
                "../A_2.jpg", new byte[] {1},
                "/etc/A_3.jpg", new byte[] {1}));
    try (PhotoZip photos = PhotoZip.open(zip, limits)) {
      assertThat(photos.photos()).extracting(PhotoZip.Entry::name).containsExactly("shoot/A_1.jpg");
      assertThat(photos.ignored())
          .containsExactlyInAnyOrder("__MACOSX/shoot/._A_1.jpg", ".DS_Store", "Thumbs.db");
      assertThat(photos.unsafe()).containsExactlyInAnyOrder("../A_2.jpg", "/etc/A_3.jpg");
    }
  }

  @Test
  void aFileUnpackingFarPastItsPackedSizeIsABomb() throws IOException {
    Path zip =
        zip(
            StandardCharsets.UTF_8,
            Map.of("A_1.jpg", new byte[] {1}, "A_2.jpg", new byte[8 << 20]));
    assertThatThrownBy(() -> PhotoZip.open(zip, limits))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> {
              assertThat(p.status()).isEqualTo(413);
              assertThat(p.getMessage()).contains("A_2.jpg").contains("zip bomb");
            });
    try (PhotoZip photos =
        PhotoZip.open(zip(StandardCharsets.UTF_8, Map.of("A_1.jpg", new byte[] {1})), limits)) {
      assertThat(photos.photos()).hasSize(1);
    }
  }

  @Test
  void aFileThatIsNoZipIs415AndACutOneIs422() throws IOException {
    Path text = Files.writeString(dir.resolve("x.zip"), "hello, not a zip");
    assertThatThrownBy(() -> PhotoZip.open(text, limits))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(415));
    byte[] whole =
        Files.readAllBytes(zip(StandardCharsets.UTF_8, Map.of("A_1.jpg", new byte[4096])));
    Path cut =
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> PhotoZip.open(cut, limits))
        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
  }

  private Path zip(Charset names, Map<String, byte[]> files) throws IOException {
    Path file = Files.createTempFile(dir, "photos-", ".zip");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out, names)) {
      for (var f : new java.util.TreeMap<>(files).entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static PhotoLimits limits() {
    PhotoLimits limits = new PhotoLimits();
    limits.maxBytes = 25 << 20;
    limits.maxZipEntries = 1000;
    limits.maxZipTotalBytes = 1L << 30;
    limits.maxZipRatio = 100;
    return limits;
  }
}

package app.resell.backup.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup archive is read only when every byte is the one written. */
class BackupArchiveTest {

  @TempDir Path dir;
  Path archive;

  @BeforeEach
  void writeArchive() throws IOException {
    Path dump = Files.write(dir.resolve("dump"), bytes(300_000, 7));
    Path upload = Files.write(dir.resolve("u.pdf"), bytes(50_000, 3));
    Path key = Files.writeString(dir.resolve("k.pem"), "-----BEGIN KEY-----");
    TreeMap<String, Path> files = new TreeMap<>();
    files.put("files/uploads/u.pdf", upload);
    files.put("files/keys/k.pem", key);
    archive = dir.resolve("backup.zip");
    BackupArchive.write(archive, dump, files, entries -> manifest(entries).toJson());
  }

  @Test
  void aWholeArchiveOpensAndGivesBackEveryFileAndTheDump() throws IOException {
    try (BackupArchive a = BackupArchive.open(archive)) {
      assertThat(a.manifest().schemaVersion()).isEqualTo("16");
      assertThat(a.manifest().census().money())
          .containsEntry("sales.sold_price", new BigDecimal("12.34"));
      Path data = dir.resolve("data");
      List<BackupManifest.Entry> written = a.extractFiles(data);
      assertThat(written).hasSize(2);
      assertThat(Files.readAllBytes(data.resolve("uploads/u.pdf"))).isEqualTo(bytes(50_000, 3));
      a.extractDump(dir.resolve("restored.dump"));
      assertThat(Files.readAllBytes(dir.resolve("restored.dump"))).isEqualTo(bytes(300_000, 7));
    }
  }

  @Test
  void oneFlippedByteAnywhereIsRefused() throws IOException {
    long size = Files.size(archive);
    for (long at : new long[] {10, 1_000, 150_000, 320_000, size - 200, size - 60, size - 3}) {
      Path copy = Files.copy(archive, dir.resolve("flipped-" + at + ".zip"));
      try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
        f.seek(at);
        int b = f.read();
        f.seek(at);
        f.write(b ^ 0x01);
      }
      assertThatThrownBy(() -> BackupArchive.open(copy).close())
          .as("byte %d of %d flipped", at, size)
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("Nothing was restored");
    }
  }

  @Test
  void anArchiveCutShortIsRefused() throws IOException {
    Path cut = dir.resolve("cut.zip");
    byte[] all = Files.readAllBytes(archive);
    for (int keep : new int[] {0, 100, all.length / 2, all.length - 1}) {
      Files.write(cut, java.util.Arrays.copyOf(all, keep));
      assertThatThrownBy(() -> BackupArchive.open(cut).close())
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("incomplete");
    }
  }

  @Test
  void aFileThatIsNoBackupIsRefused() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.zip"), "not a backup at all, just text");
    assertThatThrownBy(() -> BackupArchive.open(text)).isInstanceOf(BackupException.class);
    assertThatThrownBy(() -> BackupArchive.open(dir.resolve("absent.zip")))
        .hasMessageContaining("There is no file");
  }

  @Test
  void entriesThatWouldLandOutsideTheDataDirAreRefused() throws IOException {
    Path dump = Files.write(dir.resolve("dump2"), bytes(10, 1));
    Path evil = dir.resolve("evil.zip");
    BackupArchive.write(
        evil,
        dump,
        new TreeMap<>(Map.of("files/../../escaped", dump)),
        entries -> manifest(entries).toJson());
    try (BackupArchive a = BackupArchive.open(evil)) {
      assertThatThrownBy(() -> a.extractFiles(dir.resolve("data2")))
          .hasMessageContaining("outside the data directory");
    }
    assertThat(dir.getParent().resolve("escaped")).doesNotExist();
  }

  private static BackupManifest manifest(List<BackupManifest.Entry> entries) {
    return new BackupManifest(
        "1.0",
        "16",
        Instant.parse("2026-12-06T03:00:00Z"),
        "15.20",
        "/srv/resell/data",
        new BooksCensus(
            Map.of("inventory", 3L, "sales", 1L),
            Map.of("sales.sold_price", new BigDecimal("12.34"))),
        entries,
        List.of());
  }

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    new java.util.Random(seed).nextBytes(b);
    return b;
  }

  static String text(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}

package app.resell.backup.control;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip holding {@code database.dump} (stored as is, pg_dump compresses it), the
 * data directory's durable files under {@code files/}, and {@code manifest.json} last, sealed by
 * {@link ArchiveSeal}. Reading checks the seal, then every entry against the manifest, before the
 * caller may use anything in it.
 */
public final class BackupArchive implements AutoCloseable {

  private final ZipFile zip;
  private final BackupManifest manifest;

  private BackupArchive(ZipFile zip, BackupManifest manifest) {
    this.zip = zip;
    this.manifest = manifest;
  }

  /** Writes and seals the archive; {@code manifest} turns the written entries into its JSON. */
  static void write(
      Path target,
      Path dump,
      Map<String, Path> files,
      Function<List<BackupManifest.Entry>, byte[]> manifest)
      throws IOException {
    List<BackupManifest.Entry> entries = new ArrayList<>();
    try (OutputStream file = Files.newOutputStream(target);
        ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
      out.setLevel(Deflater.BEST_SPEED);
      ZipEntry dumpEntry = new ZipEntry(BackupManifest.DUMP);
      dumpEntry.setMethod(ZipEntry.STORED);
      dumpEntry.setSize(Files.size(dump));
      dumpEntry.setCrc(crc(dump));
      out.putNextEntry(dumpEntry);
      try (InputStream in = Files.newInputStream(dump)) {
        entries.add(Digests.copy(BackupManifest.DUMP, in, out));
      }
      for (var f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        try (InputStream in = Files.newInputStream(f.getValue())) {
          entries.add(Digests.copy(f.getKey(), in, out));
        }
      }
      out.putNextEntry(new ZipEntry(BackupManifest.NAME));
      out.write(manifest.apply(entries));
      out.closeEntry();
    }
    ArchiveSeal.seal(target);
  }

  /**
   * Opens a backup after checking that it is whole: its seal, its manifest, and every entry's size
   * and SHA-256. Throws {@link BackupException} with the reason otherwise.
   */
  public static BackupArchive open(Path file) {
    if (!Files.isRegularFile(file)) throw new BackupException("There is no file " + file);
    ArchiveSeal.check(file);
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new BackupException("The archive is not a readable zip file: " + e.getMessage(), e);
    }
    try {
      ZipEntry m = zip.getEntry(BackupManifest.NAME);
      if (m == null) throw new BackupException("The archive has no manifest.json.");
      BackupManifest manifest;
      try (InputStream in = zip.getInputStream(m)) {
        manifest = BackupManifest.fromJson(in.readAllBytes());
      }
      verify(zip, manifest);
      return new BackupArchive(zip, manifest);
    } catch (IOException | RuntimeException e) {
      closeQuietly(zip);
      if (e instanceof BackupException b) throw b;
      throw new BackupException("The archive cannot be read: " + e.getMessage(), e);
    }
  }

  public BackupManifest manifest() {
    return manifest;
  }

  public void extractDump(Path target) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.DUMP))) {
      Files.copy(in, target);
    }
  }

  /** Writes the {@code files/} entries into the data directory; answers what was written. */
  public List<BackupManifest.Entry> extractFiles(Path dataDir) throws IOException {
    Path root = dataDir.toAbsolutePath().normalize();
    List<BackupManifest.Entry> written = new ArrayList<>();
    for (BackupManifest.Entry e : manifest.entries()) {
      if (!e.path().startsWith(BackupManifest.FILES)) continue;
      Path target = root.resolve(e.path().substring(BackupManifest.FILES.length())).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        throw new BackupException(
            "The archive names a file outside the data directory: " + e.path());
      }
      Files.createDirectories(target.getParent());
      try (InputStream in = zip.getInputStream(zip.getEntry(e.path()));
          OutputStream out = Files.newOutputStream(target)) {
        written.add(Digests.copy(e.path(), in, out));
      }
    }
    return written;
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void verify(ZipFile zip, BackupManifest manifest) throws IOException {
    Set<String> inZip = new TreeSet<>();
    for (ZipEntry e : Collections.list(zip.entries())) {
      if (!e.getName().equals(BackupManifest.NAME)) inZip.add(e.getName());
    }
    Set<String> listed = new TreeSet<>();
    manifest.entries().forEach(e -> listed.add(e.path()));
    if (!inZip.equals(listed) || !listed.contains(BackupManifest.DUMP)) {
      throw new BackupException("The archive's entries are not the ones its manifest lists.");
    }
    for (BackupManifest.Entry expected : manifest.entries()) {
      BackupManifest.Entry actual;
      try (InputStream in = zip.getInputStream(zip.getEntry(expected.path()))) {
        actual = Digests.copy(expected.path(), in, null);
      }
      if (!actual.equals(expected)) {
        throw new BackupException(
            "The archive is damaged: " + expected.path() + " does not match its checksum.");
      }
    }
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) crc.update(buffer, 0, n);
    }
    return crc.getValue();
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // nothing was written through it
    }
  }
}

package app.resell.photos.control;

import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip of photos for an import, read once whole before any photo is kept: too many files, a file
 * that unpacks to far more than its packed size (a zip bomb) or files that together unpack past the
 * limit refuse the whole zip with 413, so nothing of it is stored. Each file is unpacked into
 * nothing while counting, at most one photo's byte limit of it; the photos are unpacked again, one
 * at a time, when they are kept. Folders, macOS's {@code __MACOSX} copies and hidden files are
 * passed over. A name is never used as a path on the server (only its last part is read, to find
 * the item); names that try to climb out of the zip ({@code ../}, {@code /etc/...}) are refused.
 */
public final class PhotoZip implements Closeable {

  private static final int GRACE_BYTES = 1024 * 1024;
  private static final List<String> LITTER = List.of("thumbs.db", "desktop.ini");

  /** A file of the zip that may be a photo. */
  public final class Entry implements ItemPhotos.Source {
    private final ZipEntry entry;
    private final PhotoFileName name;

    Entry(ZipEntry entry) {
      this.entry = entry;
      this.name = PhotoFileName.of(entry.getName());
    }

    @Override
    public String name() {
      return entry.getName();
    }

    public PhotoFileName fileName() {
      return name;
    }

    @Override
    public InputStream open() throws IOException {
      return zip.getInputStream(entry);
    }
  }

  private final ZipFile zip;
  private final List<Entry> photos = new ArrayList<>();
  private final List<String> ignored = new ArrayList<>();
  private final List<String> unsafe = new ArrayList<>();

  private PhotoZip(ZipFile zip) {
    this.zip = zip;
  }

  /** Opens and checks the zip; 415 when it is none, 422 when damaged, 413 when hostile. */
  public static PhotoZip open(Path file, PhotoLimits limits) throws IOException {
    if (!looksLikeZip(file)) {
      throw refused(415, "not-a-zip", "Unsupported file type", "The file is not a zip archive.");
    }
    ZipFile zip = names(file, StandardCharsets.UTF_8);
    // Windows' "Send to compressed folder" writes names in the old DOS code page
    if (zip == null) zip = names(file, Charset.forName("IBM437"));
    if (zip == null) throw damaged();
    PhotoZip photos = new PhotoZip(zip);
    try {
      photos.check(limits);
      return photos;
    } catch (IOException e) {
      zip.close();
      throw damaged();
    } catch (RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** The files that may be photos, in the zip's order. */
  public List<Entry> photos() {
    return Collections.unmodifiableList(photos);
  }

  /** Folders, {@code __MACOSX} and hidden files, passed over. */
  public List<String> ignored() {
    return Collections.unmodifiableList(ignored);
  }

  /** Names that try to reach outside the zip, refused. */
  public List<String> unsafe() {
    return Collections.unmodifiableList(unsafe);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private void check(PhotoLimits limits) throws IOException {
    List<? extends ZipEntry> entries = Collections.list(zip.entries());
    if (entries.size() > limits.maxZipEntries()) {
      throw tooLarge("The zip holds more than " + limits.maxZipEntries() + " files.");
    }
    long total = 0;
    for (ZipEntry entry : entries) {
      String name = entry.getName();
      if (entry.isDirectory() || litter(name)) {
        ignored.add(name);
      } else if (climbs(name)) {
        unsafe.add(name);
      } else {
        total += unpacked(entry, limits);
        if (total > limits.maxZipTotalBytes()) {
          throw tooLarge(
              "The zip's files unpack to more than "
                  + limits.maxZipTotalBytes() / (1024 * 1024)
                  + " MB together; send the photos in several zips.");
        }
        photos.add(new Entry(entry));
      }
    }
  }

  /** Unpacks an entry into nothing: its size, up to just past one photo's limit. */
  private long unpacked(ZipEntry entry, PhotoLimits limits) throws IOException {
    long packed = Math.max(1, entry.getCompressedSize());
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > GRACE_BYTES && size > packed * limits.maxZipRatio()) {
          throw tooLarge(
              "'"
                  + printable(entry.getName())
                  + "' unpacks to more than "
                  + limits.maxZipRatio()
                  + " times its packed size; no photo does that (a zip bomb?).");
        }
        if (size > limits.maxBytes()) break; // refused as too large when it is kept
      }
    }
    return size;
  }

  private static boolean litter(String name) {
    List<String> parts = Arrays.asList(name.split("[/\\\\]"));
    String file = parts.get(parts.size() - 1);
    return parts.contains("__MACOSX")
        || file.startsWith(".")
        || LITTER.contains(file.toLowerCase(Locale.ROOT));
  }

  private static boolean climbs(String name) {
    return name.startsWith("/")
        || name.startsWith("\\")
        || name.matches("^[A-Za-z]:.*")
        || Arrays.asList(name.split("[/\\\\]")).contains("..");
  }

  /** The zip with its names read in this charset; null when they cannot be (or it is damaged). */
  private static ZipFile names(Path file, Charset charset) {
    ZipFile zip = null;
    try {
      zip = new ZipFile(file.toFile(), charset);
      Collections.list(zip.entries()).forEach(ZipEntry::getName);
      return zip;
    } catch (IOException | IllegalArgumentException e) {
      try {
        if (zip != null) zip.close();
      } catch (IOException ignored) {
        // the file is ours and about to be deleted
      }
      return null;
    }
  }

  private static boolean looksLikeZip(Path file) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4) return false;
    }
    return head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5);
  }

  static String printable(String name) {
    String shown = name.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 120 ? shown.substring(0, 120) + "..." : shown;
  }

  private static ProblemException tooLarge(String detail) {
    return refused(413, "zip-too-large", "Zip too large", detail);
  }

  private static ProblemException damaged() {
    return refused(
        422,
        "zip-damaged",
        "Damaged zip",
        "The zip is damaged and cannot be read to its end; zip the photos again.");
  }

  private static ProblemException refused(int status, String slug, String title, String detail) {
    return new ProblemException(
        status, slug, title, detail, List.of(new Problem.FieldError("file", detail)));
  }
}

package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Takes one uploaded file to the image that will be kept: counts its bytes while spooling it to a
 * temp file (413 past the limit; a multipart part has no cap of its own), tells its format by
 * content (415; HEIC is first turned into JPEG by {@link HeifConverter}), refuses too many pixels
 * before decoding (413), then cleans it ({@link PhotoCleaner}) and hashes the result. The temp file
 * is gone when this returns, whatever happened; nothing is kept until {@link ItemPhotos} stores the
 * answer.
 */
@ApplicationScoped
public class PhotoIntake {

  /** An image ready to keep. */
  public record Prepared(
      byte[] bytes,
      ImageKind kind,
      int width,
      int height,
      String sha256,
      Map<Integer, byte[]> thumbnails) {}

  @Inject PhotoLimits limits;
  @Inject PhotoFiles files;
  @Inject HeifConverter heif;
  private Semaphore decoding;

  @PostConstruct
  void init() {
    decoding = new Semaphore(limits.maxDecoding(), true);
  }

  public Prepared prepare(EntityPart part) throws IOException {
    return prepare(part.getContent());
  }

  /** The same for a file read from elsewhere (an entry of a zip); closes {@code content}. */
  public Prepared prepare(InputStream content) throws IOException {
    Path incoming = files.root().resolve(".incoming");
    Files.createDirectories(incoming);
    Path upload = Files.createTempFile(incoming, "photo-", ".part");
    try {
      byte[] head = spool(content, upload);
      if (ImageSniffer.heif(head)) head = heifToJpeg(upload);
      ImageKind kind = ImageSniffer.kind(head);
      PhotoCleaner.Cleaned cleaned = clean(upload, kind);
      return new Prepared(
          cleaned.bytes(),
          cleaned.kind(),
          cleaned.width(),
          cleaned.height(),
          sha256(cleaned.bytes()),
          cleaned.thumbnails());
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private PhotoCleaner.Cleaned clean(Path upload, ImageKind kind) throws IOException {
    return inTurn(() -> PhotoCleaner.clean(upload, kind, limits.maxPixels()));
  }

  /** A HEIC decodes as heavily as any image: it takes its turn too. */
  private byte[] heifToJpeg(Path upload) throws IOException {
    return inTurn(() -> heif.toJpeg(upload, limits.maxPixels()));
  }

  private interface Decoding<T> {
    T run() throws IOException;
  }

  private <T> T inTurn(Decoding<T> work) throws IOException {
    try {
      decoding.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(503, "busy", "Busy", "The server is shutting down.");
    }
    try {
      return work.run();
    } finally {
      decoding.release();
    }
  }

  /** Copies the file to {@code target}, at most the byte limit; answers its first bytes. */
  private byte[] spool(InputStream content, Path target) throws IOException {
    byte[] head = new byte[ImageSniffer.HEAD_BYTES];
    int headLength = 0;
    long size = 0;
    try (InputStream in = content;
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > limits.maxBytes()) {
          throw ImageReaders.refused(
              413,
              "photo-too-large",
              "Photo too large",
              "The file is larger than the "
                  + limits.maxBytes() / (1024 * 1024)
                  + " MB a photo may have.");
        }
        int take = Math.min(n, head.length - headLength);
        System.arraycopy(buffer, 0, head, headLength, take);
        headLength += take;
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) throw ProblemException.invalid("file", "the uploaded file is empty");
    return Arrays.copyOf(head, headLength);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

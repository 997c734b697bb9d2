package app.resell.imports.control;

import app.resell.problems.control.ProblemException;
import app.resell.setup.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps uploaded files in {@code <data dir>/uploads}, named by import job, whatever later happens
 * to the import: a failed import can be inspected and restarted from the same bytes. Counts bytes
 * while storing (a multipart part has no size cap of its own) and hashes them (SHA-256) to spot the
 * same file uploaded twice.
 */
@ApplicationScoped
public class UploadStore {

  @Inject
  @ConfigProperty(name = "resell.upload.max-bytes", defaultValue = "104857600")
  long maxBytes;

  /** A stored upload. */
  public record Stored(Path path, String fileName, String sha256, long size) {}

  public Stored store(EntityPart part, UUID jobId) throws IOException {
    String fileName = safeName(part.getFileName().orElse("upload"));
    Path dir = Settings.dataDir().resolve("uploads");
    Files.createDirectories(dir);
    Path target = dir.resolve(jobId + extension(fileName));
    Path tmp = Files.createTempFile(dir, "upload-", ".part");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    try (InputStream in = part.getContent();
        OutputStream out = Files.newOutputStream(tmp)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        size += n;
        if (size > maxBytes) {
          throw ProblemException.tooLarge(
              "The file is larger than the "
                  + (maxBytes / (1024 * 1024))
                  + " MB an upload may have.");
        }
        sha.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    if (size == 0) {
      Files.deleteIfExists(tmp);
      throw ProblemException.invalid("file", "the uploaded file is empty");
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    return new Stored(target, fileName, HexFormat.of().formatHex(sha.digest()), size);
  }

  /** A file name fit for a header or a log: no path, no control characters, at most 200 chars. */
  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base =
        base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "_").strip();
    if (base.isEmpty()) base = "upload";
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".bin";
  }
}

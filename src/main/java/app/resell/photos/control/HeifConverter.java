package app.resell.photos.control;

import app.resell.problems.control.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a HEIC/HEIF upload into a JPEG with Debian's libheif tools ({@code libheif-examples}), run
 * as separate processes: no HEVC decoder runs inside the server, and each process is killed past
 * {@code resell.photos.heif-timeout-seconds}. {@code heif-info} reads the size first, so an image
 * over the pixel limit is refused (413) before anything decodes it; {@code heif-convert} then
 * decodes the primary image turned upright. The JPEG goes on through the usual intake (its metadata
 * dropped there). Without the tools on the PATH, HEIC is refused with 415 saying so.
 */
@ApplicationScoped
public class HeifConverter {

  private static final Logger LOG = Logger.getLogger(HeifConverter.class.getName());
  private static final Pattern SIZE = Pattern.compile("image: (\\d+)x(\\d+)");

  @Inject
  @ConfigProperty(name = "resell.photos.heif-timeout-seconds", defaultValue = "30")
  long timeoutSeconds;

  private Path info;
  private Path convert;

  @PostConstruct
  void findTools() {
    info = onPath("heif-info");
    convert = onPath("heif-convert");
    LOG.info(
        available()
            ? "HEIC photos are converted with " + convert
            : "HEIC photos are refused: install libheif-examples (heif-convert) to take them");
  }

  public boolean available() {
    return info != null && convert != null;
  }

  /** Replaces the HEIC file by its JPEG; answers the JPEG's first bytes. */
  byte[] toJpeg(Path heic, long maxPixels) throws IOException {
    if (!available()) throw ImageSniffer.heicRefused();
    String described = run(List.of(info.toString(), heic.toString()));
    Matcher size = SIZE.matcher(described == null ? "" : described);
    if (!size.find()) throw unreadable();
    long width = Long.parseLong(size.group(1));
    long height = Long.parseLong(size.group(2));
    if (width * height > maxPixels) throw ImageReaders.tooManyPixels(width, height, maxPixels);
    Path jpeg = heic.resolveSibling(heic.getFileName() + ".jpg");
    try {
      String converted =
          run(List.of(convert.toString(), "-q", "95", heic.toString(), jpeg.toString()));
      if (converted == null || !Files.isRegularFile(jpeg)) throw unreadable();
      Files.move(jpeg, heic, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(jpeg);
    }
    try (InputStream in = Files.newInputStream(heic)) {
      return in.readNBytes(ImageSniffer.HEAD_BYTES);
    }
  }

  /** The process's output when it ends well in time; null when it fails; killed when late. */
  private String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      process.getOutputStream().close();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw ImageReaders.refused(
            422,
            "heic-too-slow",
            "Photo could not be read",
            "The HEIC photo took longer than "
                + timeoutSeconds
                + " s to read; export it as JPEG and upload that.");
      }
      String output =
          new String(process.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
      return process.exitValue() == 0 ? output : null;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading a HEIC photo", e);
    }
  }

  private static ProblemException unreadable() {
    return ImageReaders.refused(
        422,
        "heic-unreadable",
        "Photo could not be read",
        "The HEIC photo could not be read: it is damaged or holds no image.");
  }

  private static Path onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }
}

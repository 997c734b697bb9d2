package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tells an upload's image format by its first bytes, never by its name or declared type: a file
 * named {@code photo.jpg} that is really HTML or a script is refused (415) before any decoder sees
 * it. HEIC (an iPhone's default) is converted by {@link HeifConverter} when libheif's tools are
 * installed, and otherwise named in its refusal, so the user knows to export as JPEG.
 */
public final class ImageSniffer {

  /** Bytes enough to tell every format here. */
  public static final int HEAD_BYTES = 16;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Set<String> HEIF_BRANDS =
      Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif");

  private ImageSniffer() {}

  /** The format of an image starting with {@code head}; 415 when it is none that is taken. */
  public static ImageKind kind(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xff) == 0xff
        && (head[1] & 0xff) == 0xd8
        && (head[2] & 0xff) == 0xff) {
      return ImageKind.JPEG;
    }
    if (head.length >= PNG.length && Arrays.equals(head, 0, PNG.length, PNG, 0, PNG.length)) {
      return ImageKind.PNG;
    }
    if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
      return ImageKind.WEBP;
    }
    if (heif(head)) throw heicRefused();
    throw refused("not-an-image", "The file is not a JPEG, PNG or WebP image.");
  }

  /** Whether the file is HEIC/HEIF (an iPhone's default), which only libheif's tools read. */
  public static boolean heif(byte[] head) {
    return head.length >= 12
        && ascii(head, 4, 4).equals("ftyp")
        && HEIF_BRANDS.contains(ascii(head, 8, 4));
  }

  static ProblemException heicRefused() {
    return refused(
        "heic",
        "HEIC/HEIF photos are not taken on this server (libheif's heif-convert is not installed):"
            + " set the camera to 'Most Compatible' (JPEG) or export the photo as JPEG, then"
            + " upload it again.");
  }

  private static String ascii(byte[] bytes, int from, int length) {
    return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
  }

  static ProblemException refused(String slug, String detail) {
    return new ProblemException(
        415,
        slug,
        "Unsupported file type",
        detail,
        List.of(new Problem.FieldError("file", detail)));
  }
}

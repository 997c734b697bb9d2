package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.Problem;
import app.resell.problems.control.ProblemException;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The decoder of each format: the JDK's for JPEG and PNG, TwelveMonkeys' for WebP (created
 * directly, not through the JVM-wide ImageIO registry, which would keep this application's classes
 * alive across redeploys). Every reader reads the size from the header first, so an image of more
 * pixels than allowed is refused before its pixels are decoded.
 */
final class ImageReaders {

  private ImageReaders() {}

  /** A reader on {@code input}, its image's size checked against {@code maxPixels}. */
  static ImageReader open(ImageKind kind, ImageInputStream input, long maxPixels) {
    ImageReader reader = create(kind);
    reader.setInput(input, true, true);
    try {
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width * height > maxPixels) {
        reader.dispose();
        throw tooManyPixels(width, height, maxPixels);
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException p) throw p;
      reader.dispose();
      throw unreadable();
    }
  }

  static ProblemException unreadable() {
    return refused(
        422,
        "unreadable-image",
        "The photo cannot be read",
        "The file looks like an image but cannot be decoded (damaged, cut short, or a variant"
            + " such as CMYK that is not taken).");
  }

  static ProblemException tooManyPixels(long width, long height, long maxPixels) {
    return refused(
        413,
        "too-many-pixels",
        "Photo too large",
        "The image is "
            + width
            + " x "
            + height
            + " pixels; at most "
            + maxPixels / 1_000_000
            + " megapixels are taken.");
  }

  static ProblemException refused(int status, String slug, String title, String detail) {
    return new ProblemException(
        status, slug, title, detail, List.of(new Problem.FieldError("file", detail)));
  }

  private static ImageReader create(ImageKind kind) {
    if (kind == ImageKind.WEBP) return new WebPImageReaderSpi().createReaderInstance(null);
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.extension());
    if (!readers.hasNext()) throw new IllegalStateException("no " + kind + " decoder in the JDK");
    return readers.next();
  }
}

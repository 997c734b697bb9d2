package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import app.resell.problems.control.ProblemException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns an uploaded image into the one that is kept: decoded, turned upright by its EXIF
 * orientation, and encoded anew (JPEG at quality 0.9, PNG as PNG) with no metadata at all. Nothing
 * of the upload's EXIF, XMP, ICC or comments survives, above all not the GPS position of a phone
 * photo, which tells where the reseller lives and keeps the stock.
 */
public final class PhotoCleaner {

  static final float JPEG_QUALITY = 0.9f;

  /**
   * The image as stored: its bytes, format and upright size, and its thumbnails by size (made from
   * the decoded pixels while they are at hand, so the first thumbnail request decodes nothing).
   */
  public record Cleaned(
      byte[] bytes, ImageKind kind, int width, int height, Map<Integer, byte[]> thumbnails) {}

  private PhotoCleaner() {}

  public static Cleaned clean(Path upload, ImageKind kind, long maxPixels) throws IOException {
    int orientation = 1;
    if (kind == ImageKind.JPEG) {
      try (InputStream in = Files.newInputStream(upload)) {
        orientation = ExifOrientation.of(new BufferedInputStream(in));
      }
    }
    BufferedImage decoded;
    try (ImageInputStream in = ImageIO.createImageInputStream(upload.toFile())) {
      ImageReader reader = ImageReaders.open(kind, in, maxPixels);
      try {
        decoded = reader.read(0);
      } catch (IOException | RuntimeException e) {
        if (e instanceof ProblemException p) throw p;
        throw ImageReaders.unreadable();
      } finally {
        reader.dispose();
      }
    }
    ImageKind stored = kind.stored();
    BufferedImage upright = upright(decoded, orientation, stored == ImageKind.JPEG);
    return new Cleaned(
        encode(upright, stored, JPEG_QUALITY),
        stored,
        upright.getWidth(),
        upright.getHeight(),
        ThumbnailMaker.all(upright));
  }

  /**
   * The image turned upright; for JPEG also flattened onto white (JPEG has no transparency) in an
   * RGB or gray raster the JPEG encoder takes.
   */
  static BufferedImage upright(BufferedImage image, int orientation, boolean forJpeg) {
    boolean jpegReady =
        image.getType() == BufferedImage.TYPE_3BYTE_BGR
            || image.getType() == BufferedImage.TYPE_INT_RGB
            || image.getType() == BufferedImage.TYPE_BYTE_GRAY;
    if (orientation == 1 && (!forJpeg || jpegReady)) return image;
    int w = image.getWidth();
    int h = image.getHeight();
    boolean swap = Orientation.swapsSides(orientation);
    int type =
        forJpeg || !image.getColorModel().hasAlpha()
            ? BufferedImage.TYPE_INT_RGB
            : BufferedImage.TYPE_INT_ARGB;
    BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, type);
    Graphics2D g = out.createGraphics();
    try {
      if (type == BufferedImage.TYPE_INT_RGB) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
      }
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      g.drawImage(image, Orientation.upright(orientation, w, h), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Encodes with no metadata: the writer is given none, so it writes none of the source's. */
  static byte[] encode(BufferedImage image, ImageKind kind, float jpegQuality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(kind.extension()).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (kind == ImageKind.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(jpegQuality);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}

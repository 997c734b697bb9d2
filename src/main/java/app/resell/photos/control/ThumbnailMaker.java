package app.resell.photos.control;

import app.resell.photos.entity.ImageKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes thumbnails: JPEGs whose longer side is the size asked for (never larger than the photo);
 * all sizes at upload from the decoded pixels, or one from a stored photo when its file is missing
 * (a restore without them). The decoder skips pixels it does not need (source subsampling), so a
 * 12-megapixel photo is read as a few hundred thousand pixels, then halved in steps of smooth
 * scaling.
 */
public final class ThumbnailMaker {

  static final float QUALITY = 0.85f;

  private ThumbnailMaker() {}

  public static byte[] make(Path photo, ImageKind kind, int size) throws IOException {
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
      ImageReader reader = ImageReaders.open(kind, in, Long.MAX_VALUE);
      try {
        int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
        int step = Math.max(1, longer / (size * 2)); // keep at least twice the pixels to scale from
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        image = reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
    return PhotoCleaner.encode(scaled(image, size), ImageKind.JPEG, QUALITY);
  }

  /** Every thumbnail size of an upright image, each scaled from the next larger one. */
  static Map<Integer, byte[]> all(BufferedImage upright) throws IOException {
    Map<Integer, byte[]> thumbnails = new TreeMap<>();
    BufferedImage from = upright;
    for (int i = Thumbnails.SIZES.size() - 1; i >= 0; i--) {
      int size = Thumbnails.SIZES.get(i);
      from = scaled(from, size);
      thumbnails.put(size, PhotoCleaner.encode(from, ImageKind.JPEG, QUALITY));
    }
    return thumbnails;
  }

  /** The image with its longer side at most {@code size}, on white, in RGB. */
  static BufferedImage scaled(BufferedImage image, int size) {
    double factor = Math.min(1.0, (double) size / Math.max(image.getWidth(), image.getHeight()));
    int targetW = Math.max(1, (int) Math.round(image.getWidth() * factor));
    int targetH = Math.max(1, (int) Math.round(image.getHeight() * factor));
    BufferedImage current = image;
    int w = image.getWidth();
    int h = image.getHeight();
    do {
      w = Math.max(targetW, w / 2);
      h = Math.max(targetH, h / 2);
      current = draw(current, w, h);
    } while (w != targetW || h != targetH);
    return current;
  }

  private static BufferedImage draw(BufferedImage source, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}

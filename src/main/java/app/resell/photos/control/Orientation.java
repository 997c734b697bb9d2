package app.resell.photos.control;

import java.awt.geom.AffineTransform;

/**
 * The EXIF orientations (TIFF tag 0x0112) as the transform that turns the stored pixels upright.
 * Orientations 5-8 swap width and height.
 */
final class Orientation {

  private Orientation() {}

  static boolean swapsSides(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /** Maps a pixel of a {@code w} x {@code h} image as stored to where it shows upright. */
  static AffineTransform upright(int orientation, int w, int h) {
    return switch (orientation) {
      case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
      case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
      case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
      case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
      case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned a quarter clockwise to show
      case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
      case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned a quarter counter-clockwise
      default -> new AffineTransform();
    };
  }
}

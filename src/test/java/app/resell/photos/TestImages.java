package app.resell.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made for the tests: a picture whose top-left quadrant is red (so a turn shows where it
 * went), a phone-like JPEG carrying an EXIF segment with an orientation and a GPS position written
 * by hand, and files whose headers claim far more pixels than they hold.
 */
public final class TestImages {

  /** The latitude written into the GPS directory: a rational 51/1 nobody else writes. */
  public static final byte[] GPS_MARKER = "RESELL-GPS-TEST".getBytes(StandardCharsets.US_ASCII);

  private TestImages() {}

  /** {@code w} x {@code h}, red top-left quadrant, the rest blue. */
  public static BufferedImage quadrants(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h / 2);
    g.dispose();
    return image;
  }

  /** Smooth colour with some grain, so it compresses like a photo rather than a flat card. */
  public static BufferedImage photoLike(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random grain = new Random(19);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int n = grain.nextInt(24);
        int r = Math.min(255, x * 200 / w + n);
        int g = Math.min(255, y * 200 / h + n);
        int b = Math.min(255, (x + y) * 100 / (w + h) + n);
        row[x] = (r << 16) | (g << 8) | b;
      }
      image.setRGB(0, y, w, 1, row, 0, w);
    }
    return image;
  }

  public static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) throw new IllegalStateException(format);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG as a phone writes it: SOI, then an Exif APP1 segment (IFD0 with the orientation and a
   * pointer to a GPS directory holding latitude N 51 and a GPS processing method naming {@link
   * #GPS_MARKER}), then the picture; the JFIF segment of the JDK's encoder is dropped.
   */
  public static byte[] phoneJpeg(BufferedImage image, int orientation) {
    byte[] plain = encode(image, "jpg");
    int app0Length = ((plain[4] & 0xff) << 8) | (plain[5] & 0xff);
    int rest = 2 + 2 + app0Length; // after SOI and APP0
    byte[] tiff = tiff(orientation);
    ByteBuffer out = ByteBuffer.allocate(plain.length + 10 + tiff.length);
    out.put(plain, 0, 2);
    out.put((byte) 0xff).put((byte) 0xe1).putShort((short) (2 + 6 + tiff.length));
    out.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
    out.put(plain, rest, plain.length - rest);
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  /** A big-endian TIFF structure: IFD0 (orientation, GPS pointer), the GPS IFD, its values. */
  static byte[] tiff(int orientation) {
    int gpsIfd = 8 + 2 + 2 * 12 + 4;
    int values = gpsIfd + 2 + 3 * 12 + 4;
    ByteBuffer b = ByteBuffer.allocate(values + 24 + 8 + GPS_MARKER.length);
    b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    b.putShort((short) 2);
    b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    b.putShort((short) 0);
    b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
    b.putInt(0);
    b.putShort((short) 3);
    b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0);
    b.putShort((short) 0);
    b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(values);
    b.putShort((short) 0x001b).putShort((short) 7).putInt(8 + GPS_MARKER.length);
    b.putInt(values + 24);
    b.putInt(0);
    b.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
    b.put("ASCII\0\0\0".getBytes(StandardCharsets.US_ASCII)).put(GPS_MARKER);
    return b.array();
  }

  /** A PNG whose header says {@code w} x {@code h} pixels, with a few bytes of image data. */
  public static byte[] pngClaiming(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13).putInt(w).putInt(h).put(new byte[] {8, 2, 0, 0, 0}).array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /** A real small JPEG whose frame header is changed to claim {@code w} x {@code h} pixels. */
  public static byte[] jpegClaiming(int w, int h) {
    byte[] jpeg = encode(quadrants(16, 16), "jpg");
    for (int i = 2; i + 9 < jpeg.length; i++) {
      if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == 0xc0) {
        ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) h).putShort((short) w);
        return jpeg;
      }
    }
    throw new IllegalStateException("no SOF0 in the JDK's JPEG");
  }

  /** The markers of a JPEG's segments before its image data (0xe1 is APP1: EXIF or XMP). */
  public static List<Integer> markers(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>();
    int i = 2;
    while (i + 3 < jpeg.length && (jpeg[i] & 0xff) == 0xff) {
      int type = jpeg[i + 1] & 0xff;
      markers.add(type);
      if (type == 0xda) break;
      i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
    }
    return markers;
  }

  /** Whether {@code needle} occurs anywhere in {@code haystack}. */
  public static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return true;
    }
    return false;
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}

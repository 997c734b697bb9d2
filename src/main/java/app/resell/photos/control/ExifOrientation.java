package app.resell.photos.control;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the EXIF orientation (1-8) of a JPEG: the way a phone says "this picture was taken with the
 * camera turned". Walks the segments up to the image data, finds the {@code Exif} APP1 segment and
 * reads tag 0x0112 of its first TIFF directory. Anything missing or malformed answers 1 (as
 * stored): orientation is a courtesy, never a reason to refuse a photo.
 */
public final class ExifOrientation {

  private static final int ORIENTATION_TAG = 0x0112;
  private static final int SHORT = 3;

  private ExifOrientation() {}

  public static int of(InputStream jpeg) throws IOException {
    DataInputStream in = new DataInputStream(jpeg);
    try {
      if (in.readUnsignedShort() != 0xffd8) return 1;
      while (true) {
        int marker = in.readUnsignedByte();
        if (marker != 0xff) return 1;
        int type = in.readUnsignedByte();
        while (type == 0xff) type = in.readUnsignedByte(); // fill bytes
        if (type == 0xda || type == 0xd9) return 1; // image data or end: no EXIF before it
        if (type == 0x01 || (type >= 0xd0 && type <= 0xd7)) continue; // markers without length
        int length = in.readUnsignedShort() - 2;
        if (length < 0) return 1;
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) return 1;
        if (type == 0xe1 && isExif(payload))
          return fromTiff(ByteBuffer.wrap(payload, 6, length - 6).slice());
      }
    } catch (EOFException e) {
      return 1;
    }
  }

  private static boolean isExif(byte[] payload) {
    return payload.length >= 14
        && payload[0] == 'E'
        && payload[1] == 'x'
        && payload[2] == 'i'
        && payload[3] == 'f'
        && payload[4] == 0
        && payload[5] == 0;
  }

  /** Tag 0x0112 of the first directory of a TIFF structure, or 1. */
  static int fromTiff(ByteBuffer tiff) {
    try {
      if (tiff.get(0) == 'I' && tiff.get(1) == 'I') tiff.order(ByteOrder.LITTLE_ENDIAN);
      else if (tiff.get(0) == 'M' && tiff.get(1) == 'M') tiff.order(ByteOrder.BIG_ENDIAN);
      else return 1;
      if (tiff.getShort(2) != 42) return 1;
      int directory = tiff.getInt(4);
      int entries = Short.toUnsignedInt(tiff.getShort(directory));
      for (int i = 0; i < entries; i++) {
        int entry = directory + 2 + 12 * i;
        if (Short.toUnsignedInt(tiff.getShort(entry)) != ORIENTATION_TAG) continue;
        if (tiff.getShort(entry + 2) != SHORT) return 1;
        int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
        return value >= 1 && value <= 8 ? value : 1;
      }
      return 1;
    } catch (IndexOutOfBoundsException e) {
      return 1;
    }
  }
}

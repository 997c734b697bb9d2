package app.resell.locations.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for labels and the QR endpoints, drawn from ZXing's bit matrix (ZXing's javase module is
 * not needed).
 *
 * <p>Every code is read back before it is handed out: for some texts the mask pattern the encoder
 * picks yields a code that ZXing's own detector (the reader in many Android scanner apps) misreads
 * at camera resolutions, because a data area looks like an alignment pattern. The read-back decodes
 * the code at every size from 2 to 12 pixels per module (a printed label meets a camera or a
 * renderer at any of them: one code read at 6 and failed at 7 to 12); a code that fails at one is
 * re-encoded with the mask pattern that reads at the most sizes, the first that reads at all of
 * them if one does. The text and error correction stay the same.
 */
public final class QrCodes {

  /** Pixels per module of the read-back check's images, and their quiet zone in modules. */
  private static final int MIN_CHECK_SCALE = 2;

  private static final int MAX_CHECK_SCALE = 12;

  private static final int QUIET = 4;
  private static final int MASK_PATTERNS = 8;

  private QrCodes() {}

  public static byte[] png(String text, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(text, size), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The code as a black-and-white image of at most size x size pixels (at least one pixel per
   * module), with whole pixels per module and a two-module quiet zone.
   */
  public static BufferedImage image(String text, int size) {
    BitMatrix modules = modules(text);
    int scale = Math.max(1, size / (modules.getWidth() + 4));
    return render(modules, scale, 2);
  }

  /**
   * The code's modules, one matrix cell per module and no quiet zone, for printing as vector
   * squares: a scaled bitmap blurs module edges when a renderer or printer resamples it.
   */
  public static BitMatrix modules(String text) {
    BitMatrix chosen = encode(text, null);
    int best = sizesRead(chosen, text);
    for (int mask = 0; mask < MASK_PATTERNS && best < CHECKED_SIZES; mask++) {
      BitMatrix candidate = encode(text, mask);
      int read = sizesRead(candidate, text);
      if (read > best) {
        chosen = candidate;
        best = read;
      }
    }
    return chosen;
  }

  private static final int CHECKED_SIZES = MAX_CHECK_SCALE - MIN_CHECK_SCALE + 1;

  /** At how many of the checked sizes the code decodes to the text. */
  private static int sizesRead(BitMatrix modules, String text) {
    int read = 0;
    for (int scale = MIN_CHECK_SCALE; scale <= MAX_CHECK_SCALE; scale++) {
      if (readsBack(modules, text, scale)) read++;
    }
    return read;
  }

  private static boolean readsBack(BitMatrix modules, String text, int scale) {
    BufferedImage image = render(modules, scale, QUIET);
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    try {
      return text.equals(new QRCodeReader().decode(bitmap).getText());
    } catch (ReaderException e) {
      return false;
    }
  }

  private static BufferedImage render(BitMatrix modules, int scale, int quiet) {
    int side = (modules.getWidth() + 2 * quiet) * scale;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      int row = y / scale - quiet;
      for (int x = 0; x < side; x++) {
        int column = x / scale - quiet;
        boolean dark =
            row >= 0
                && column >= 0
                && row < modules.getHeight()
                && column < modules.getWidth()
                && modules.get(column, row);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }

  private static BitMatrix encode(String text, Integer maskPattern) {
    Map<EncodeHintType, Object> hints = new HashMap<>();
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 0);
    if (maskPattern != null) hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
    }
  }
}

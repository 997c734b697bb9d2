package app.resell.inventory;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads back the QR code of every label of an Avery 5160 sheet page, as a phone camera would: the
 * page is rendered, cut into the standard's 30 label cells (3 x 10, 2 5/8 x 1 inch, 1/2 inch top
 * margin, 3/16 inch left margin, 2 3/4 inch column pitch) and each cell's code decoded. A label
 * printed off its cell is therefore not read.
 */
final class QrPages {

  private static final int DPI = 300;
  private static final double INCH = DPI;

  private QrPages() {}

  static List<String> decode(PDDocument pdf, int page) throws IOException {
    BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, DPI);
    List<String> codes = new ArrayList<>();
    for (int row = 0; row < 10; row++) {
      for (int column = 0; column < 3; column++) {
        int x = (int) Math.round((0.1875 + column * 2.75) * INCH);
        int y = (int) Math.round((0.5 + row) * INCH);
        BufferedImage cell = image.getSubimage(x, y, (int) INCH, (int) INCH);
        String code = decodeCell(cell);
        if (code != null) codes.add(code);
      }
    }
    return codes;
  }

  private static String decodeCell(BufferedImage cell) {
    int[] pixels = cell.getRGB(0, 0, cell.getWidth(), cell.getHeight(), null, 0, cell.getWidth());
    BinaryBitmap bitmap =
        new BinaryBitmap(
            new HybridBinarizer(new RGBLuminanceSource(cell.getWidth(), cell.getHeight(), pixels)));
    try {
      return new QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      return null;
    }
  }
}

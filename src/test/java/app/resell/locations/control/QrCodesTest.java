package app.resell.locations.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT) // long and pure: runs beside the other unit tests
public class QrCodesTest {

  /** Decodes a PNG the way a phone would, with ZXing's reader over the image's pixels. */
  public static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }

  @Test
  void pngDecodesToTheText() throws Exception {
    byte[] png = QrCodes.png("RESELL-LOC:GS2", 300);
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    assertThat(decode(png)).isEqualTo("RESELL-LOC:GS2");
  }

  @Test
  void aTextWhoseDefaultMaskZxingMisreadsIsReEncodedWithAMaskThatReads() throws Exception {
    // the encoder's own mask choice for this link gives a code ZXing fails on above ~3 px/module
    String link = "http://127.0.0.1:39789/#/items/05125e49-4f17-8dfe-2d0f-d12439a05a10";
    for (int size : new int[] {150, 300, 600}) {
      assertThat(decode(QrCodes.png(link, size))).as("%d px", size).isEqualTo(link);
    }
  }

  @Test
  void aCodeIsReadAtEverySizeNotJustOne() throws Exception {
    // the mask chosen when one size was checked read at 6 px/module and failed at 5 and 7 to 12
    String link = "http://127.0.0.1:46613/#/storage/P8E5AC118";
    int width = QrCodes.modules(link).getWidth() + 4;
    for (int perModule = 2; perModule <= 12; perModule++) {
      assertThat(decode(QrCodes.png(link, width * perModule)))
          .as("%d px a module", perModule)
          .isEqualTo(link);
    }
  }

  @Test
  void codesAreMadeFromNames() {
    assertThat(LocationStore.codeFrom("Garage shelf 12")).isEqualTo("GS12");
    assertThat(LocationStore.codeFrom("  ")).isEqualTo("LOC");
    assertThat(LocationStore.codeFrom("Büro, Regal 3")).isEqualTo("BR3");
  }
}

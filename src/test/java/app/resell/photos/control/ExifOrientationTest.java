package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.photos.TestImages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

  @Test
  void readsTheOrientationOfAPhoneJpeg() throws IOException {
    for (int orientation = 1; orientation <= 8; orientation++) {
      byte[] jpeg = TestImages.phoneJpeg(TestImages.quadrants(16, 16), orientation);
      assertThat(ExifOrientation.of(new ByteArrayInputStream(jpeg))).isEqualTo(orientation);
    }
  }

  @Test
  void readsLittleEndianTiff() {
    ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 1);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 8);
    assertThat(ExifOrientation.fromTiff(tiff.clear())).isEqualTo(8);
  }

  @Test
  void anythingMissingOrBrokenMeansAsStored() throws IOException {
    byte[] plain = TestImages.encode(TestImages.quadrants(16, 16), "jpg");
    assertThat(ExifOrientation.of(new ByteArrayInputStream(plain))).isEqualTo(1);
    byte[] phone = TestImages.phoneJpeg(TestImages.quadrants(16, 16), 6);
    byte[] cut = java.util.Arrays.copyOf(phone, 30);
    assertThat(ExifOrientation.of(new ByteArrayInputStream(cut))).isEqualTo(1);
    ByteBuffer pointingAway = ByteBuffer.allocate(12);
    pointingAway.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(1_000_000);
    assertThat(ExifOrientation.fromTiff(pointingAway.clear())).isEqualTo(1);
  }
}

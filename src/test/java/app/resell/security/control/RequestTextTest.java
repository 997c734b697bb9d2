package app.resell.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.RequestTextRefused;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestTextTest {

  @Test
  void goodJsonPassesInAnyChunks() throws Exception {
    byte[] body =
        "{\"name\":\"Caf\u00e9 \\u00e9 \\\\u0000 \ud83d\udce6 \u20ac\"}"
            .getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= body.length; chunk++) {
      RequestText scan = RequestText.json();
      for (int at = 0; at < body.length; at += chunk) {
        scan.feed(body, at, Math.min(chunk, body.length - at));
      }
      scan.end();
    }
  }

  @Test
  void nulRawOrEscapedIsRefusedEvenAcrossChunks() {
    assertThatThrownBy(() -> scan("{\"a\":\"x\\u0000\"}".getBytes(StandardCharsets.UTF_8), 3))
        .isInstanceOf(RequestTextRefused.class)
        .hasMessage(RequestText.NUL);
    assertThatCode(() -> scan("{\"a\":\"\\\\u0000\"}".getBytes(StandardCharsets.UTF_8), 1))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> scan(new byte[] {'{', 0, '}'}, 1)).hasMessage(RequestText.NUL);
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[][] bad = {
      {(byte) 0xC3}, // cut off
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
      {(byte) 0xFF},
      {'a', (byte) 0x80}
    };
    for (byte[] b : bad) {
      assertThatThrownBy(() -> scan(b, 1)).hasMessage(RequestText.NOT_UTF8);
    }
  }

  @Test
  void queryValuesAreDecodedBeforeTheyAreChecked() {
    assertThat(RequestText.problemInEncoded("q=%00")).isEqualTo(RequestText.NUL);
    assertThat(RequestText.problemInEncoded("q=%C3")).isEqualTo(RequestText.NOT_UTF8);
    assertThat(RequestText.problemInEncoded("q=%C3%A9t%C3%A9+lamp")).isNull();
    assertThat(RequestText.problemInEncoded("q=100%")).isNull();
    assertThatCode(() -> RequestText.problemInEncoded("%")).doesNotThrowAnyException();
  }

  private static void scan(byte[] bytes, int chunk) throws RequestTextRefused {
    RequestText scan = RequestText.json();
    for (int at = 0; at < bytes.length; at += chunk) {
      scan.feed(bytes, at, Math.min(chunk, bytes.length - at));
    }
    scan.end();
  }
}

package app.resell.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out how a csv's text is encoded. A byte-order mark says it outright (UTF-8, UTF-16 LE or
 * BE). Without one, the whole file is checked as UTF-8 — one stray "é" typed in Excel on Windows at
 * row 90,000 is enough to make it Windows-1252, and reading that as UTF-8 would turn it into "�"
 * without a word. UTF-16 without a mark is recognised by its zero bytes.
 */
public final class TextEncodings {

  /** The charset and how many bytes of byte-order mark to skip. */
  record Detected(Charset charset, int bomLength) {}

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextEncodings() {}

  static Detected detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    }
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Detected(StandardCharsets.UTF_8, 3);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Detected(StandardCharsets.UTF_16LE, 2);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Detected(StandardCharsets.UTF_16BE, 2);
    }
    Charset utf16 = utf16(head);
    if (utf16 != null) return new Detected(utf16, 0);
    return new Detected(validUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  /** UTF-16 without a mark: ASCII text leaves every other byte zero. */
  public static Charset utf16(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    int pairs = head.length / 2;
    if (pairs < 2) return null;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      if (head[i] == 0) evenZeros++;
      if (head[i + 1] == 0) oddZeros++;
    }
    if (oddZeros * 10 > pairs * 7 && evenZeros * 10 < pairs) return StandardCharsets.UTF_16LE;
    if (evenZeros * 10 > pairs * 7 && oddZeros * 10 < pairs) return StandardCharsets.UTF_16BE;
    return null;
  }

  private static boolean validUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    try (InputStream stream = Files.newInputStream(file)) {
      byte[] chunk = new byte[32 * 1024];
      int n;
      while ((n = stream.read(chunk)) > 0) {
        in.put(chunk, 0, n).flip();
        CoderResult r = decoder.decode(in, out, false);
        if (r.isError()) return false;
        out.clear();
        in.compact();
      }
      in.flip();
      CoderResult r = decoder.decode(in, out, true);
      return !r.isError() && !decoder.flush(out).isError();
    }
  }
}

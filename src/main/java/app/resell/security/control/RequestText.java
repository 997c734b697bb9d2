package app.resell.security.control;

import app.resell.problems.control.RequestTextRefused;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads request text byte by byte and refuses what no field of Resell may hold: a NUL character
 * (PostgreSQL cannot store it in text, so it failed deep inside with a 500) and bytes that are not
 * well-formed UTF-8 (the JSON reader used to replace them silently with U+FFFD). In a JSON body the
 * escape {@code \u0000} is a NUL as well; an escaped backslash before it ({@code \\u0000}) is not.
 * Feed bytes in any chunks, then call {@link #end()}.
 */
public final class RequestText {

  public static final String NUL = "must not contain a NUL character (\\u0000)";
  public static final String NOT_UTF8 = "is not valid UTF-8 text";

  private final boolean json;
  private int continuations; // bytes still expected in the current UTF-8 sequence
  private int low = 0x80;
  private int high = 0xBF;
  private int escape; // JSON: 0 outside an escape, 1 after a backslash, 2..5 in the hex of \\u
  private boolean allZero;

  private RequestText(boolean json) {
    this.json = json;
  }

  /** A scanner for a JSON body (also refuses the NUL escape). */
  public static RequestText json() {
    return new RequestText(true);
  }

  /** A scanner for plain text, such as a decoded query parameter. */
  public static RequestText plain() {
    return new RequestText(false);
  }

  public void feed(byte[] bytes, int offset, int length) throws RequestTextRefused {
    for (int i = offset; i < offset + length; i++) feed(bytes[i] & 0xFF);
  }

  public void feed(int b) throws RequestTextRefused {
    if (b == 0) throw new RequestTextRefused(NUL);
    utf8(b);
    if (json) escapes(b);
  }

  /** The text has ended: a sequence cut off in the middle is not UTF-8. */
  public void end() throws RequestTextRefused {
    if (continuations > 0) throw new RequestTextRefused(NOT_UTF8);
  }

  /** The first problem with a percent-encoded query value, or null when it is good text. */
  public static String problemInEncoded(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && hex(encoded, i + 1) >= 0) {
        bytes.write(hex(encoded, i + 1));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    RequestText scan = plain();
    try {
      byte[] all = bytes.toByteArray();
      scan.feed(all, 0, all.length);
      scan.end();
      return null;
    } catch (RequestTextRefused refused) {
      return refused.getMessage();
    }
  }

  private static int hex(String s, int at) {
    if (at + 1 >= s.length()) return -1;
    int hi = Character.digit(s.charAt(at), 16);
    int lo = Character.digit(s.charAt(at + 1), 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  /**
   * Well-formed UTF-8 (Unicode 15, table 3-7): no overlong forms, surrogates or values past 10FFFF.
   */
  private void utf8(int b) throws RequestTextRefused {
    if (continuations > 0) {
      if (b < low || b > high) throw new RequestTextRefused(NOT_UTF8);
      continuations--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b < 0x80) return;
    if (b >= 0xC2 && b <= 0xDF) {
      continuations = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      continuations = 2;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      continuations = 3;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      throw new RequestTextRefused(NOT_UTF8);
    }
  }

  private void escapes(int b) throws RequestTextRefused {
    if (escape == 0) {
      if (b == '\\') escape = 1;
    } else if (escape == 1) {
      escape = b == 'u' ? 2 : 0;
      allZero = true;
    } else {
      allZero &= b == '0';
      if (++escape == 6) {
        escape = 0;
        if (allZero) throw new RequestTextRefused(NUL);
      }
    }
  }
}

package app.resell.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends: a body that claims 2 GB,
 * a chunked body of half a gigabyte, header bytes such as NUL. The body is written on its own
 * thread while the answer is read, so an early answer is seen and the rest is never sent.
 */
final class RawUpload {

  /** What came back, how long it took, and how much of the body went out before it did. */
  record Answer(int status, String headers, String body, long millis, long bytesSent) {}

  /** Produces the request body; stops when told to. */
  interface Body {
    void write(OutputStream out, AtomicBoolean stop) throws IOException;
  }

  private RawUpload() {}

  /**
   * Sends the request and returns once the answer is read.
   *
   * @param contentLength the declared length, or -1 to send the body chunked
   */
  static Answer post(
      int port, String path, String token, String contentType, long contentLength, Body body)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      long start = System.nanoTime();
      OutputStream raw = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: "
              + contentType
              + "\r\nConnection: close\r\n"
              + (contentLength >= 0
                  ? "Content-Length: " + contentLength + "\r\n"
                  : "Transfer-Encoding: chunked\r\n")
              + "\r\n";
      raw.write(head.getBytes(StandardCharsets.ISO_8859_1));
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong sent = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                try {
                  OutputStream counted = new Counting(raw, sent, contentLength < 0);
                  body.write(counted, stop);
                  if (contentLength < 0) raw.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  raw.flush();
                } catch (IOException e) {
                  // the server stopped reading: expected when it answers early
                }
              });
      writer.setDaemon(true);
      writer.start();
      long[] firstByte = new long[1];
      byte[] answer = readAnswer(socket.getInputStream(), start, firstByte);
      long millis = (firstByte[0] - start) / 1_000_000;
      stop.set(true);
      writer.join(10_000);
      String text = new String(answer, StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      if (split < 0) throw new IOException("no HTTP answer: " + text);
      String headers = text.substring(0, split);
      String content = text.substring(split + 4);
      if (headers.toLowerCase().contains("transfer-encoding: chunked")) content = unchunk(content);
      int status = Integer.parseInt(headers.substring(9, 12));
      return new Answer(status, headers, content, millis, sent.get());
    }
  }

  /**
   * Reads until the answer is complete (its Content-Length, the last chunk, or the end of the
   * connection), noting when its first byte came: a server may go on reading and discarding the
   * rest of a refused body, so the end of the connection says nothing about how soon it answered.
   */
  private static byte[] readAnswer(InputStream in, long start, long[] firstByte)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() == 0) firstByte[0] = System.nanoTime();
        out.write(buffer, 0, n);
        if (complete(out.toString(StandardCharsets.ISO_8859_1))) break;
      }
    } catch (java.net.SocketException e) {
      // a reset after the answer: keep what arrived
    }
    if (firstByte[0] == 0) firstByte[0] = System.nanoTime();
    return out.toByteArray();
  }

  private static boolean complete(String text) {
    int split = text.indexOf("\r\n\r\n");
    if (split < 0) return false;
    String headers = text.substring(0, split).toLowerCase(java.util.Locale.ROOT);
    int length = headers.indexOf("content-length:");
    if (length >= 0) {
      int eol = headers.indexOf("\r\n", length);
      long expected =
          Long.parseLong(headers.substring(length + 15, eol < 0 ? headers.length() : eol).strip());
      return text.length() - split - 4 >= expected;
    }
    return headers.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int eol = chunked.indexOf("\r\n", at);
      if (eol < 0) break;
      int size = Integer.parseInt(chunked.substring(at, eol).strip(), 16);
      if (size == 0) break;
      out.append(chunked, eol + 2, Math.min(chunked.length(), eol + 2 + size));
      at = eol + 2 + size + 2;
    }
    return out.toString();
  }

  /** Counts body bytes; frames each write as a chunk when sending chunked. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    private final AtomicLong sent;
    private final boolean chunked;

    Counting(OutputStream out, AtomicLong sent, boolean chunked) {
      this.out = out;
      this.sent = sent;
      this.chunked = chunked;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len == 0) return;
      if (chunked)
        out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(b, off, len);
      if (chunked) out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      sent.addAndGet(len);
    }
  }
}

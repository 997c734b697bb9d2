package app.resell.security.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that shows every byte read to {@link #seen} and its end to {@link #ended}, either
 * of which may fail the read: how the body cap counts a body and the text check scans one while the
 * application reads it, without buffering it.
 */
abstract class WatchedInputStream extends ServletInputStream {

  private final ServletInputStream in;
  private final byte[] one = new byte[1];

  WatchedInputStream(ServletInputStream in) {
    this.in = in;
  }

  /** Bytes {@code off} to {@code off + n} of {@code b} have just been read. */
  protected abstract void seen(byte[] b, int off, int n) throws IOException;

  /** The body has been read to its end. */
  protected void ended() throws IOException {}

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b < 0) {
      ended();
    } else {
      one[0] = (byte) b;
      seen(one, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) ended();
    else if (n > 0) seen(b, off, n);
    return n;
  }

  @Override
  public boolean isFinished() {
    return in.isFinished();
  }

  @Override
  public boolean isReady() {
    return in.isReady();
  }

  @Override
  public void setReadListener(ReadListener listener) {
    in.setReadListener(listener);
  }
}

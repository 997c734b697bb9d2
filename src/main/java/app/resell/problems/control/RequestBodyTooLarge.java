package app.resell.problems.control;

import java.io.IOException;

/**
 * Thrown while a request body without a declared length is read past the server's cap; whoever was
 * reading (JSON-B, the multipart parser) fails with it somewhere in its cause chain, and the answer
 * is a 413 problem rather than the reader's own error.
 */
public class RequestBodyTooLarge extends IOException {

  public RequestBodyTooLarge(long maxBytes) {
    super("The request body is larger than the " + maxBytes + " bytes this server accepts.");
  }
}

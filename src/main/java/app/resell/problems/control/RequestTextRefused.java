package app.resell.problems.control;

import java.io.IOException;

/**
 * Thrown while a request body is read when it holds a NUL character or bytes that are not UTF-8;
 * whoever was reading (JSON-B, JSON-P) fails with it somewhere in its cause chain, and the answer
 * is a 400 problem rather than the reader's own error, or worse, the database's.
 */
public class RequestTextRefused extends IOException {

  public RequestTextRefused(String detail) {
    super(detail);
  }

  /** The 400 problem this refusal answers. */
  public Problem problem(String instance) {
    return Problems.of(400, "The body " + getMessage(), instance);
  }
}

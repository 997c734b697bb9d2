package app.resell.security.control;

import app.resell.problems.control.ProblemException;

/** A request refused by a limit: answered 429 with the limit's headers. */
public class RateLimitedException extends ProblemException {

  private final transient Verdict verdict;

  public RateLimitedException(Verdict verdict, String detail) {
    super(429, "too-many-requests", "Too many requests", detail);
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}

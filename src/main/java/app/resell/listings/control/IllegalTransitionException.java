package app.resell.listings.control;

import app.resell.listings.entity.ListingStatus;
import app.resell.problems.control.ProblemException;
import java.util.List;

/**
 * 409: a listing cannot move to the status asked for. Carries the statuses it can move to, which
 * the answer lists as the problem's {@code allowed} member, so a client can offer the right
 * choices.
 */
public class IllegalTransitionException extends ProblemException {

  private final List<String> allowed;

  public IllegalTransitionException(String detail, List<ListingStatus> allowed) {
    super(409, "illegal-transition", "Status change not allowed", detail);
    this.allowed = allowed.stream().map(ListingStatus::value).toList();
  }

  public List<String> allowed() {
    return allowed;
  }
}

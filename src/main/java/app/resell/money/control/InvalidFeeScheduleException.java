package app.resell.money.control;

import java.util.List;

/**
 * Fee schedules that cannot be used, with one message per problem, each starting with the path of
 * the offending field (e.g. {@code ebay.commission[default].tiers[1].upTo}) so an administrator
 * editing them through the API knows what to fix.
 */
public class InvalidFeeScheduleException extends RuntimeException {

  private final List<String> violations;

  public InvalidFeeScheduleException(List<String> violations) {
    super("invalid fee schedules: " + String.join("; ", violations));
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }
}

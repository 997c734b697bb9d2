package app.resell.money.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fixed fee per order whose size depends on the order total.
 *
 * @param base what "order total" means for this platform, a {@link FeeBase} spelling
 * @param steps ascending by {@code upTo}; the first step whose {@code upTo} is at least the total
 *     applies; the last step has no upper limit
 */
public record PerOrderFee(String base, List<OrderFeeStep> steps) {
  public PerOrderFee {
    steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
  }
}

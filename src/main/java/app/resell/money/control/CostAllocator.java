package app.resell.money.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount of money across shares in proportion to weights, exact to the cent.
 *
 * <p>Used wherever one cost belongs to several items: an invoice's premium, tax and fees spread
 * over its lines by bid, a box lot's cost spread over the items split from it by estimated value.
 * The rule (largest remainder, documented in docs/MONEY.md):
 *
 * <ol>
 *   <li>every share first gets its exact proportional amount rounded <em>down</em> to the cent;
 *   <li>the cents still missing go one each to the shares with the largest discarded remainder;
 *   <li>ties go to the share with the larger weight, then to the earlier share.
 * </ol>
 *
 * When every weight is zero the amount is split in equal shares by the same rule. The shares always
 * add up to the amount exactly; negative amounts (credits) are allocated by the same rule on their
 * absolute value.
 */
public final class CostAllocator {

  private CostAllocator() {}

  public static List<BigDecimal> allocate(BigDecimal amount, List<BigDecimal> weights) {
    if (amount == null) throw new IllegalArgumentException("amount is required");
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("at least one share is required");
    }
    if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
      throw new IllegalArgumentException("weights must be zero or positive");
    }
    if (amount.signum() < 0) {
      return allocate(amount.negate(), weights).stream().map(BigDecimal::negate).toList();
    }
    BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> effective =
        weightSum.signum() == 0 ? weights.stream().map(w -> BigDecimal.ONE).toList() : weights;
    BigDecimal total = weightSum.signum() == 0 ? BigDecimal.valueOf(weights.size()) : weightSum;

    long cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    BigDecimal centsExact = BigDecimal.valueOf(cents);
    long[] floor = new long[effective.size()];
    BigDecimal[] remainder = new BigDecimal[effective.size()];
    long assigned = 0;
    for (int i = 0; i < effective.size(); i++) {
      BigDecimal exact = centsExact.multiply(effective.get(i));
      BigDecimal[] qr = exact.divideAndRemainder(total);
      floor[i] = qr[0].longValueExact();
      remainder[i] = qr[1];
      assigned += floor[i];
    }
    long missing = cents - assigned;
    List<Integer> order =
        IntStream.range(0, effective.size())
            .boxed()
            .sorted(
                Comparator.<Integer, BigDecimal>comparing(i -> remainder[i])
                    .reversed()
                    .thenComparing(i -> effective.get(i), Comparator.reverseOrder())
                    .thenComparing(i -> i))
            .toList();
    for (int k = 0; k < missing; k++) {
      floor[order.get(k)]++;
    }
    List<BigDecimal> shares = new ArrayList<>(effective.size());
    for (long share : floor) {
      shares.add(BigDecimal.valueOf(share, 2));
    }
    return shares;
  }

  /**
   * Splits an invoice charge printed only as a total (shipping, packing, crating, handling,
   * delivery) over the lots in printed order, the way auction houses state it: each lot but the
   * last gets its proportional share rounded half-up to the cent, the last lot the rest, so the
   * shares add up to the printed amount. A share is cut to what is left when the roundings up
   * before it would otherwise leave the last lot less than nothing (a cent of premium over lots of
   * 0.02, 0.02 and 0.00: 0.01, 0.00, 0.00). With every weight zero the shares are equal.
   */
  public static List<BigDecimal> allocateRemainderLast(
      BigDecimal amount, List<BigDecimal> weights) {
    if (amount == null) throw new IllegalArgumentException("amount is required");
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("at least one share is required");
    }
    if (weights.stream().anyMatch(w -> w == null || w.signum() < 0)) {
      throw new IllegalArgumentException("weights must be zero or positive");
    }
    BigDecimal total = amount.setScale(2, RoundingMode.HALF_UP);
    BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = new ArrayList<>(weights.size());
    BigDecimal given = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < weights.size() - 1; i++) {
      BigDecimal share =
          weightSum.signum() == 0
              ? total.divide(BigDecimal.valueOf(weights.size()), 2, RoundingMode.HALF_UP)
              : total.multiply(weights.get(i)).divide(weightSum, 2, RoundingMode.HALF_UP);
      // rounding up never hands out more than the total: the last lot's rest is never negative
      BigDecimal left = total.subtract(given);
      if (total.signum() >= 0 ? share.compareTo(left) > 0 : share.compareTo(left) < 0) share = left;
      shares.add(share);
      given = given.add(share);
    }
    shares.add(total.subtract(given));
    return shares;
  }
}

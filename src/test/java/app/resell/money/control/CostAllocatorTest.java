package app.resell.money.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CostAllocatorTest {

  @Property
  void sharesAlwaysSumExactlyToTheAmount(
      @ForAll @BigRange(min = "-100000", max = "100000") @Scale(2) BigDecimal amount,
      @ForAll @Size(min = 1, max = 40)
          List<@BigRange(min = "0", max = "5000") @Scale(2) BigDecimal> weights) {
    List<BigDecimal> shares = CostAllocator.allocate(amount, weights);

    assertThat(shares).hasSize(weights.size());
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(amount);
    assertThat(shares).allSatisfy(s -> assertThat(s.scale()).isEqualTo(2));
  }

  @Property
  void noShareIsMoreThanOneCentFromItsExactProportion(
      @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal amount,
      @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 1000) Integer> weights) {
    List<BigDecimal> w = weights.stream().map(BigDecimal::valueOf).toList();
    BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> shares = CostAllocator.allocate(amount, w);
    for (int i = 0; i < w.size(); i++) {
      BigDecimal exact = amount.multiply(w.get(i)).divide(sum, 10, java.math.RoundingMode.HALF_UP);
      assertThat(shares.get(i).subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
    }
  }

  @Test
  void splitsPremiumByBidWithTheRemainderToTheLargestFraction() {
    // 10% of 3 bids: 1.50 on 5 + 5 + 5 -> 0.50 each; 1.00 over 3 equal bids -> 0.34, 0.33, 0.33.
    assertThat(CostAllocator.allocate(new BigDecimal("1.00"), weights("5", "5", "5")))
        .containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
    // 0.10 over 1 and 2: exact 0.0333 and 0.0667 -> the larger remainder gets the extra cent.
    assertThat(CostAllocator.allocate(new BigDecimal("0.10"), weights("1", "2")))
        .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.07"));
  }

  @Test
  void tiesGoToTheLargerWeightThenTheEarlierShare() {
    // 0.02 over 1 and 3: exact 0.005 and 0.015, equal remainders -> the larger weight wins.
    assertThat(CostAllocator.allocate(new BigDecimal("0.02"), weights("1", "3")))
        .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.02"));
    // 0.01 over two equal weights: the earlier share wins.
    assertThat(CostAllocator.allocate(new BigDecimal("0.01"), weights("2", "2")))
        .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"));
  }

  @Test
  void splitsEquallyWhenNoWeightIsGiven() {
    assertThat(CostAllocator.allocate(new BigDecimal("100.00"), weights("0", "0", "0")))
        .containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
  }

  @Test
  void allocatesCreditsAsNegativeShares() {
    assertThat(CostAllocator.allocate(new BigDecimal("-1.00"), weights("1", "1", "1")))
        .containsExactly(new BigDecimal("-0.34"), new BigDecimal("-0.33"), new BigDecimal("-0.33"));
  }

  @Test
  void refusesNegativeWeightsAndEmptyShares() {
    assertThatThrownBy(() -> CostAllocator.allocate(BigDecimal.ONE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CostAllocator.allocate(BigDecimal.ONE, weights("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<BigDecimal> weights(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  @Test
  void splitsShippingByHammerWithTheCentsLeftToTheLastLot() {
    List<BigDecimal> shares =
        CostAllocator.allocateRemainderLast(
            new BigDecimal("10.00"),
            List.of(new BigDecimal("1.00"), new BigDecimal("1.00"), new BigDecimal("1.00")));
    assertThat(shares)
        .containsExactly(new BigDecimal("3.33"), new BigDecimal("3.33"), new BigDecimal("3.34"));
  }

  @Test
  void roundingUpNeverLeavesTheLastLotLessThanNothing() {
    List<BigDecimal> shares =
        CostAllocator.allocateRemainderLast(
            new BigDecimal("0.01"), weights("0.02", "0.02", "0.00"));
    assertThat(shares)
        .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"), new BigDecimal("0.00"));
    assertThat(
            CostAllocator.allocateRemainderLast(
                new BigDecimal("-0.01"), weights("0.02", "0.02", "0.00")))
        .containsExactly(new BigDecimal("-0.01"), new BigDecimal("0.00"), new BigDecimal("0.00"));
  }
}

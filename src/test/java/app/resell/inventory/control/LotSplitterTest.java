package app.resell.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LotSplitterTest {

  @Property
  void piecesAlwaysAddUpToTheLotExactly(
      @ForAll @BigRange(min = "0", max = "99999.99") @Scale(2) BigDecimal bid,
      @ForAll @BigRange(min = "0", max = "9999.99") @Scale(2) BigDecimal premium,
      @ForAll @BigRange(min = "0", max = "999.99") @Scale(2) BigDecimal tax,
      @ForAll @BigRange(min = "0", max = "999.99") @Scale(2) BigDecimal shipping,
      @ForAll @BigRange(min = "-99.99", max = "99.99") @Scale(2) BigDecimal other,
      @ForAll @Size(min = 2, max = 30)
          List<@BigRange(min = "0", max = "5000") @Scale(2) BigDecimal> weights) {
    LotSplitter.Costs lot = new LotSplitter.Costs(bid, premium, tax, shipping, other);
    List<LotSplitter.Costs> pieces = LotSplitter.allocate(lot, weights);

    assertThat(pieces).hasSize(weights.size());
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::total).toList()))
        .isEqualByComparingTo(lot.total());
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::bid).toList())).isEqualByComparingTo(bid);
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::premium).toList()))
        .isEqualByComparingTo(premium);
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::tax).toList())).isEqualByComparingTo(tax);
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::shipping).toList()))
        .isEqualByComparingTo(shipping);
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::other).toList()))
        .isEqualByComparingTo(other);
    assertThat(pieces).allSatisfy(p -> assertThat(p.total().scale()).isLessThanOrEqualTo(2));
  }

  @Property
  void equalWeightsGiveSharesWithinACentOfEachOther(
      @ForAll @BigRange(min = "0", max = "99999.99") @Scale(2) BigDecimal bid,
      @ForAll @IntRange(min = 2, max = 20) int count) {
    List<BigDecimal> zeros = java.util.Collections.nCopies(count, BigDecimal.ZERO);
    List<LotSplitter.Costs> pieces =
        LotSplitter.allocate(
            new LotSplitter.Costs(
                bid, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
            zeros);
    BigDecimal min = pieces.stream().map(LotSplitter.Costs::bid).min(BigDecimal::compareTo).get();
    BigDecimal max = pieces.stream().map(LotSplitter.Costs::bid).max(BigDecimal::compareTo).get();
    assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
  }

  @Test
  void splitsAThreePieceLotByEstimatedValue() {
    LotSplitter.Costs lot =
        new LotSplitter.Costs(
            new BigDecimal("100.00"),
            new BigDecimal("18.00"),
            new BigDecimal("8.26"),
            new BigDecimal("10.00"),
            BigDecimal.ZERO);
    List<LotSplitter.Costs> pieces =
        LotSplitter.allocate(
            lot, List.of(new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("20")));
    assertThat(pieces.get(0).bid()).isEqualByComparingTo("50.00");
    assertThat(pieces.get(1).tax()).isEqualByComparingTo("2.48");
    assertThat(sum(pieces.stream().map(LotSplitter.Costs::total).toList()))
        .isEqualByComparingTo("136.26");
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

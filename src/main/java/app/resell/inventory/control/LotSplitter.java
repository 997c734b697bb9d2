package app.resell.inventory.control;

import app.resell.money.control.CostAllocator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads a box lot's costs over the items split from it. Each cost component (bid, premium, tax,
 * shipping, other fees) is allocated on its own with {@link CostAllocator} by the items' estimated
 * values, so every component, and therefore the landed cost, of the pieces adds up to the lot's
 * exactly, to the cent. Without estimates (or all zero) the shares are equal.
 */
public final class LotSplitter {

  private LotSplitter() {}

  /** The five cost components of an item. */
  public record Costs(
      BigDecimal bid, BigDecimal premium, BigDecimal tax, BigDecimal shipping, BigDecimal other) {

    public BigDecimal total() {
      return bid.add(premium).add(tax).add(shipping).add(other);
    }
  }

  /**
   * One share of the lot's costs per weight, in the weights' order. A null weight list entry is not
   * allowed: give every piece an estimate, or none (all zero).
   */
  public static List<Costs> allocate(Costs lot, List<BigDecimal> weights) {
    List<BigDecimal> bid = CostAllocator.allocate(lot.bid(), weights);
    List<BigDecimal> premium = CostAllocator.allocate(lot.premium(), weights);
    List<BigDecimal> tax = CostAllocator.allocate(lot.tax(), weights);
    List<BigDecimal> shipping = CostAllocator.allocate(lot.shipping(), weights);
    List<BigDecimal> other = CostAllocator.allocate(lot.other(), weights);
    List<Costs> pieces = new ArrayList<>(weights.size());
    for (int i = 0; i < weights.size(); i++) {
      pieces.add(new Costs(bid.get(i), premium.get(i), tax.get(i), shipping.get(i), other.get(i)));
    }
    return pieces;
  }
}

package app.resell.money.control;

import app.resell.money.entity.SaleFacts;
import app.resell.money.entity.SaleProfit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * What a sale really made. Net proceeds are what reaches the seller's pocket from the buyer's
 * payment: the item and the shipping the buyer paid, less the platform's fees and the postage the
 * seller actually bought. Sales tax is the buyer's money passing through, so it is neither revenue
 * nor cost. Net profit subtracts the landed cost of the units sold.
 *
 * <p>Items bought as several units (a lot of 3 identical plates) sell in parts; each unit's cost is
 * its share of the item's landed cost split equally by {@link CostAllocator}, and sales take units
 * in order, so the costs of all partial sales add up to the item's cost exactly.
 */
public class ProfitCalculator {

  public SaleProfit compute(SaleFacts sale) {
    if (sale.soldPrice() == null || sale.platformFees() == null || sale.itemCost() == null) {
      throw new IllegalArgumentException("soldPrice, platformFees and itemCost are required");
    }
    BigDecimal revenue =
        Cents.round(
            sale.soldPrice()
                .multiply(BigDecimal.valueOf(sale.quantity()))
                .add(Cents.orZero(sale.shippingCharged())));
    BigDecimal netProceeds =
        Cents.round(
            revenue
                .subtract(sale.platformFees())
                .subtract(Cents.orZero(sale.actualShippingCost())));
    BigDecimal landedCost =
        landedCostOfUnits(
            sale.itemCost(), sale.itemQuantity(), sale.unitsSoldBefore(), sale.quantity());
    BigDecimal netProfit = netProceeds.subtract(landedCost);
    return new SaleProfit(
        revenue,
        netProceeds,
        landedCost,
        netProfit,
        Cents.percentage(netProfit, landedCost),
        Cents.percentage(netProfit, revenue),
        days(sale.acquiredOn(), sale.soldOn()),
        days(sale.listedOn(), sale.soldOn()));
  }

  /**
   * The landed cost of {@code unitsSold} units of an item of {@code itemQuantity} units costing
   * {@code itemCost} in total, after {@code unitsSoldBefore} units were sold: the item's cost is
   * split into equal unit shares by {@link CostAllocator} (the first units carry the extra cents)
   * and this sale takes the next units in order.
   */
  public static BigDecimal landedCostOfUnits(
      BigDecimal itemCost, int itemQuantity, int unitsSoldBefore, int unitsSold) {
    if (itemQuantity < 1) throw new IllegalArgumentException("itemQuantity must be at least 1");
    if (unitsSold < 1) throw new IllegalArgumentException("quantity sold must be at least 1");
    if (unitsSoldBefore < 0 || unitsSoldBefore + unitsSold > itemQuantity) {
      throw new IllegalArgumentException(
          "cannot sell units %d to %d of an item with %d units"
              .formatted(unitsSoldBefore + 1, unitsSoldBefore + unitsSold, itemQuantity));
    }
    List<BigDecimal> unitCosts =
        CostAllocator.allocate(itemCost, Collections.nCopies(itemQuantity, BigDecimal.ONE));
    return unitCosts.subList(unitsSoldBefore, unitsSoldBefore + unitsSold).stream()
        .reduce(Cents.ZERO, BigDecimal::add);
  }

  private static Long days(LocalDate from, LocalDate to) {
    return from == null || to == null ? null : ChronoUnit.DAYS.between(from, to);
  }
}

package app.resell.analytics.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a reseller copies into a Schedule C (Profit or Loss From Business) for one calendar
 * year (UTC), with the line each belongs to. Cost of goods sold is the landed cost recorded on each
 * sale ({@code sales.cost_of_goods}); sales tax paid on purchases is part of that landed cost,
 * shown for information and not deducted a second time. {@code platformReports} is the 1099-K
 * check: per platform whose sales reports were imported, the gross those reports told next to the
 * sales recorded ({@link PlatformGross}).
 */
public class TaxYear {

  public int year;
  public BigDecimal grossReceipts;
  public BigDecimal returnsAndAllowances;
  public BigDecimal netReceipts;
  public BigDecimal costOfGoodsSold;
  public BigDecimal grossProfit;
  public BigDecimal platformFees;
  public BigDecimal shippingCosts;
  public BigDecimal totalExpenses;
  public BigDecimal netProfit;
  public BigDecimal beginningInventory;
  public BigDecimal purchases;
  public BigDecimal salesTaxPaidOnPurchases;
  public BigDecimal endingInventory;
  public long salesCount;
  public long itemsPurchased;
  public List<PlatformGross> platformReports = List.of();

  /** The report as labelled lines, in form order, for CSV and PDF. */
  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("1", "Gross receipts or sales", grossReceipts));
    lines.add(new Line("2", "Returns and allowances", returnsAndAllowances));
    lines.add(new Line("3", "Subtract line 2 from line 1", netReceipts));
    lines.add(new Line("4", "Cost of goods sold", costOfGoodsSold));
    lines.add(new Line("5", "Gross profit", grossProfit));
    lines.add(new Line("10", "Commissions and fees (platform fees)", platformFees));
    lines.add(new Line("27a", "Other expenses: shipping", shippingCosts));
    lines.add(new Line("28", "Total expenses", totalExpenses));
    lines.add(new Line("31", "Net profit (or loss)", netProfit));
    lines.add(new Line("35", "Inventory at beginning of year", beginningInventory));
    lines.add(new Line("36", "Purchases (landed cost)", purchases));
    lines.add(new Line("-", "of which sales tax paid on purchases", salesTaxPaidOnPurchases));
    lines.add(new Line("41", "Inventory at end of year", endingInventory));
    return lines;
  }

  /** One labelled amount of the form. */
  public record Line(String line, String label, BigDecimal amount) {}
}

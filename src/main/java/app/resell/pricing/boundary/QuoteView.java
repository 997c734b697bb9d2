package app.resell.pricing.boundary;

import app.resell.money.entity.FeeBreakdown;
import app.resell.pricing.entity.PriceQuote;
import java.math.BigDecimal;

/** A sale at one price on one platform as the API shows it (platform in its wire spelling). */
public class QuoteView {

  public String platform;
  public BigDecimal listPrice;
  public BigDecimal salesTax;
  public FeeBreakdown fees;
  public BigDecimal netProceeds;
  public BigDecimal landedCost;
  public BigDecimal netProfit;
  public BigDecimal roiPercent;
  public BigDecimal marginPercent;

  static QuoteView of(PriceQuote q) {
    QuoteView v = new QuoteView();
    v.platform = q.platform().value();
    v.listPrice = q.listPrice();
    v.salesTax = q.salesTax();
    v.fees = q.fees();
    v.netProceeds = q.netProceeds();
    v.landedCost = q.landedCost();
    v.netProfit = q.netProfit();
    v.roiPercent = q.roiPercent();
    v.marginPercent = q.marginPercent();
    return v;
  }
}

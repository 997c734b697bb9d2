package app.resell.listings.boundary;

import app.resell.listings.control.SaleRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A sale as the API shows it: {@code sold_price} per unit as entered, {@code item_total} for the
 * order, the fees (and whether Resell computed them), the landed cost of the units sold and what
 * the sale made (docs/MONEY.md section 6).
 */
public class SaleView {

  public UUID id;
  public UUID listingId;
  public UUID lotId;
  public String platform;
  public int quantity;
  public BigDecimal soldPrice;
  public BigDecimal itemTotal;
  public BigDecimal shippingPaid;
  public BigDecimal actualShipping;
  public BigDecimal platformFees;
  public boolean feesComputed;
  public BigDecimal salesTaxCollected;
  public BigDecimal costOfGoods;
  public BigDecimal refundAmount;
  public BigDecimal netProceeds;
  public BigDecimal netProfit;
  public BigDecimal roiPercent;
  public BigDecimal marginPercent;
  public String buyerUsername;
  public OffsetDateTime soldDate;

  public static SaleView of(SaleRecord s) {
    SaleView v = new SaleView();
    v.id = s.id();
    v.listingId = s.listingId();
    v.lotId = s.lotId();
    v.platform = s.platform();
    v.quantity = s.quantity();
    v.soldPrice = s.unitPrice();
    v.itemTotal = s.itemTotal();
    v.shippingPaid = s.shippingPaid();
    v.actualShipping = s.actualShipping();
    v.platformFees = s.platformFees();
    v.feesComputed = s.feesComputed();
    v.salesTaxCollected = s.salesTaxCollected();
    v.costOfGoods = s.costOfGoods();
    v.refundAmount = s.refundAmount();
    v.netProceeds = s.netProceeds();
    v.netProfit = s.netProfit();
    v.roiPercent = s.roiPercent();
    v.marginPercent = s.marginPercent();
    v.buyerUsername = s.buyerUsername();
    v.soldDate = s.soldDate();
    return v;
  }
}

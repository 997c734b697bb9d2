package app.resell.listings.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of {@code sales} and what it made. The table keeps the order's item amount in {@code
 * sold_price} (its generated {@code net_proceeds} needs the whole amount); {@link #unitPrice()} is
 * that amount per unit, as the seller entered it. Profit figures follow docs/MONEY.md section 6:
 * net profit = net proceeds - cost of the units sold, ROI on that cost, margin on the revenue (item
 * amount + shipping paid - refunds).
 */
public record SaleRecord(
    UUID id,
    UUID listingId,
    UUID lotId,
    String platform,
    int quantity,
    BigDecimal itemTotal,
    BigDecimal shippingPaid,
    BigDecimal actualShipping,
    BigDecimal platformFees,
    boolean feesComputed,
    BigDecimal salesTaxCollected,
    BigDecimal costOfGoods,
    BigDecimal refundAmount,
    String buyerUsername,
    OffsetDateTime soldDate) {

  static final String COLUMNS =
      "id, listing_id, lot_id, CAST(platform AS text), quantity, sold_price, shipping_paid,"
          + " actual_shipping, platform_fees, fees_computed, sales_tax_collected, cost_of_goods,"
          + " refund_amount, buyer_username, sold_date";

  static SaleRecord read(ResultSet rs) throws SQLException {
    return new SaleRecord(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getInt(5),
        rs.getBigDecimal(6),
        rs.getBigDecimal(7),
        rs.getBigDecimal(8),
        rs.getBigDecimal(9),
        rs.getBoolean(10),
        rs.getBigDecimal(11),
        rs.getBigDecimal(12),
        rs.getBigDecimal(13),
        rs.getString(14),
        rs.getObject(15, OffsetDateTime.class));
  }

  public BigDecimal unitPrice() {
    return itemTotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
  }

  public BigDecimal revenue() {
    return itemTotal.add(shippingPaid).subtract(refundAmount);
  }

  /** As the table computes it: revenue - platform fees - actual shipping. */
  public BigDecimal netProceeds() {
    return revenue().subtract(platformFees).subtract(actualShipping);
  }

  public BigDecimal netProfit() {
    return netProceeds().subtract(costOfGoods);
  }

  public BigDecimal roiPercent() {
    return percentage(netProfit(), costOfGoods);
  }

  public BigDecimal marginPercent() {
    return percentage(netProfit(), revenue());
  }

  /** {@code part / whole x 100}, half-up to 2 decimals; null when whole is zero. */
  public static BigDecimal percentage(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) return null;
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
  }
}

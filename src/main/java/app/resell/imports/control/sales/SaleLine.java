package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/**
 * A sale as a marketplace report tells it, in the platform's own terms but our units: {@code
 * unitPrice} is the price of one unit after the seller's discounts; {@code shippingPaid} what the
 * buyer paid for shipping and {@code shippingCost} the label the seller paid (null when the report
 * does not say), both for the line; {@code platformFees} the platform's fees for the line, null
 * when the report has none (the fee schedule then estimates them); {@code salesTax} tax the
 * marketplace collected, never income; {@code refund} what was given back, null when the report
 * does not say; {@code net} what the seller received, for reports that only know that (fees are the
 * difference).
 *
 * <p>{@link Kind#ADJUSTMENT} lines change sales recorded before (a refund, the fees or the label of
 * an order): their {@code lineId} is null when they concern the whole order.
 */
public record SaleLine(
    int row,
    String rawText,
    Platform platform,
    Kind kind,
    String orderId,
    String lineId,
    String title,
    String sku,
    String listingRef,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal shippingPaid,
    BigDecimal shippingCost,
    BigDecimal platformFees,
    BigDecimal salesTax,
    BigDecimal refund,
    BigDecimal net,
    String currency,
    OffsetDateTime soldAt,
    String buyer)
    implements ReportLine {

  /** What a line does: record a sale, report one cancelled, or change sales recorded before. */
  public enum Kind {
    SALE,
    CANCELLED,
    ADJUSTMENT
  }

  /** The line's item amount: unit price times units. */
  public BigDecimal itemTotal() {
    return unitPrice == null
        ? null
        : unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
  }

  /** The key that makes a line unique on its platform. */
  public String key() {
    return platform.value() + "|" + orderId + "|" + lineId;
  }
}

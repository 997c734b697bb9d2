package app.resell.imports.control.sales;

import app.resell.taxonomy.entity.Platform;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A {@link SaleLine} being read, field by field, then checked once by {@link #line}. A report
 * without order ids (some Depop exports) gets a key made of the line's date, buyer, title and
 * price, so importing it again still finds the same lines.
 */
public final class SaleLineDraft {

  public SaleLine.Kind kind = SaleLine.Kind.SALE;
  public String orderId;
  public String lineId;
  public String title;
  public String sku;
  public String listingRef;
  public int quantity = 1;

  /** The amount for all units, after discounts; {@link #line} divides it by the units. */
  public BigDecimal itemTotal;

  public BigDecimal shippingPaid;
  public BigDecimal shippingCost;
  public BigDecimal platformFees;
  public BigDecimal salesTax;
  public BigDecimal refund;
  public BigDecimal net;
  public String currency;
  public OffsetDateTime soldAt;
  public String buyer;

  private final ReportRow row;
  private final Platform platform;

  public SaleLineDraft(ReportRow row, Platform platform) {
    this.row = row;
    this.platform = platform;
  }

  /** The line refused, with the reason: for readers that finish lines after reading them all. */
  public RejectedLine refused(String reason) {
    return new RejectedLine(row.number(), row.rawText(), reason);
  }

  /** The line, or {@link ReportRow.LineRefused} naming what is missing. */
  public SaleLine line() {
    if (kind == SaleLine.Kind.SALE) {
      if (itemTotal == null) throw new ReportRow.LineRefused("the line has no price");
      if (itemTotal.signum() < 0) throw new ReportRow.LineRefused("the price is negative");
    }
    if (orderId == null) {
      if (kind == SaleLine.Kind.ADJUSTMENT) {
        throw new ReportRow.LineRefused("the line names no order");
      }
      orderId = "line-" + fingerprint();
    }
    if (lineId == null && kind != SaleLine.Kind.ADJUSTMENT) lineId = orderId;
    String money = currency != null ? currency : row.currencySeen();
    return new SaleLine(
        row.number(),
        row.rawText(),
        platform,
        kind,
        clip(orderId),
        clip(lineId),
        title,
        sku,
        clip(listingRef),
        quantity,
        itemTotal == null
            ? null
            : itemTotal.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP),
        positive(shippingPaid),
        shippingCost == null ? null : shippingCost.abs(),
        platformFees == null ? null : platformFees.abs(),
        positive(salesTax),
        refund == null ? null : refund.abs(),
        net,
        money == null ? null : money.toUpperCase(Locale.ROOT),
        soldAt,
        buyer);
  }

  private static BigDecimal positive(BigDecimal amount) {
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount.abs();
  }

  private static String clip(String id) {
    return id == null || id.length() <= 100 ? id : id.substring(0, 100);
  }

  private String fingerprint() {
    String basis = soldAt + "|" + buyer + "|" + title + "|" + itemTotal;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invoice-level facts as printed. Every field is null when the invoice does not print it; rates
 * are percentages (18.00 for 18 %), amounts are scale 2. {@code fees} keeps the printed label of
 * each fee in document order; {@code creditsTotal} is negative.
 */
public record InvoiceHeader(
    String auctionHouse,
    String invoiceNumber,
    String auctionId,
    LocalDate invoiceDate,
    String bidderNumber,
    BigDecimal premiumRate,
    BigDecimal taxRate,
    BigDecimal subtotal,
    BigDecimal premiumTotal,
    BigDecimal taxTotal,
    BigDecimal feesTotal,
    BigDecimal shippingTotal,
    BigDecimal creditsTotal,
    BigDecimal total,
    Map<String, BigDecimal> fees) {

  public InvoiceHeader {
    fees = Collections.unmodifiableMap(new LinkedHashMap<>(fees == null ? Map.of() : fees));
  }
}

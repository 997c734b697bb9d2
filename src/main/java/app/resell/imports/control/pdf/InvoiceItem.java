package app.resell.imports.control.pdf;

import java.math.BigDecimal;

/**
 * One purchased lot. {@code bid} is the hammer price for the whole line (quantity included); {@code
 * premium}, {@code tax} and {@code shipping} (shipping, packing, crating, handling, delivery) are
 * either printed on the line or allocated from the invoice totals. {@code lotFees} are fees printed
 * against this lot; {@code feeShare} is its share of the fees printed only as an invoice total
 * (loading, card surcharge...), which stay on the invoice unless the user capitalises them. {@code
 * lineTotal} is the fully capitalised cost bid + premium + tax + shipping + lot fees + fee share,
 * the figure the printed totals are checked against.
 */
public record InvoiceItem(
    int line,
    String rawText,
    String lotNumber,
    String description,
    int quantity,
    BigDecimal bid,
    BigDecimal premium,
    BigDecimal tax,
    BigDecimal shipping,
    BigDecimal lotFees,
    BigDecimal feeShare,
    BigDecimal lineTotal) {

  /** Every fee on the lot: its own and its share of the invoice's. */
  public BigDecimal fees() {
    return lotFees.add(feeShare);
  }
}

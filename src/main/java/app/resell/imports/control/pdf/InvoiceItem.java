package app.resell.imports.control.pdf;

import java.math.BigDecimal;

/**
 * One purchased lot. {@code bid} is the hammer price for the whole line (quantity included); {@code
 * premium}, {@code tax}, {@code shipping} (shipping, packing, crating, handling, delivery) and
 * {@code fees} are either printed on the line or allocated from the invoice totals; {@code
 * lineTotal} is the landed cost bid + premium + tax + shipping + fees.
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
    BigDecimal fees,
    BigDecimal lineTotal) {}

package app.resell.imports.control.pdf;

import java.math.BigDecimal;

/** A credit or adjustment printed on the invoice; negative amounts reduce what is owed. */
public record InvoiceAdjustment(int line, String description, BigDecimal amount) {}

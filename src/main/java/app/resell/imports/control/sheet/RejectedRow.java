package app.resell.imports.control.sheet;

/**
 * A row that cannot be imported, with its text and a reason the reseller can act on ("'twelve' in
 * column 'Paid' is not an amount of money"). Every problem in the row is listed, not just the
 * first, so one fix covers the row.
 */
public record RejectedRow(int rowNumber, String rawText, String reason) implements RowResult {}

package app.resell.imports.control.sheet;

/** A row that holds no item by design: blank, a totals line, a repeated header. */
public record SkippedRow(int rowNumber, String reason) implements RowResult {}

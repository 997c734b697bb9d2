package app.resell.imports.control.sales;

/** A report line that cannot be a sale, and why, in words a reseller understands. */
public record RejectedLine(int row, String rawText, String reason) implements ReportLine {}

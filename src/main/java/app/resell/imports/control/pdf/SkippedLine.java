package app.resell.imports.control.pdf;

/** A lot the invoice lists but the reseller did not buy (voided, passed, withdrawn, no sale). */
public record SkippedLine(int line, String rawText, String reason) {}

package app.resell.imports.control.pdf;

/** A line that looked like a purchased lot but could not be read; it needs a human. */
public record RejectedLine(int line, String rawText, String reason) {}

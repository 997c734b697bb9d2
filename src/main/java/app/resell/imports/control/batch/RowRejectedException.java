package app.resell.imports.control.batch;

/**
 * A line that cannot become an item, with the reason a reseller reads in the import result.
 * Declared skippable in the job XML: the skip listener records it and the import goes on.
 */
public class RowRejectedException extends Exception {

  private final int line;
  private final String rawText;

  public RowRejectedException(int line, String rawText, String reason) {
    super(reason);
    this.line = line;
    this.rawText = rawText;
  }

  public int line() {
    return line;
  }

  public String rawText() {
    return rawText;
  }
}

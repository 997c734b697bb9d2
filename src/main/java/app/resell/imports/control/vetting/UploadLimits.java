package app.resell.imports.control.vetting;

/**
 * What an upload may hold before it is refused, from configuration ({@code resell.import.*}).
 *
 * @param maxRows rows below the header of a worksheet, lines below the header of a csv
 * @param maxLineBytes bytes of one csv line
 * @param maxZipEntries entries of an xlsx container
 * @param maxEntryBytes inflated bytes of one xlsx entry
 * @param maxSharedStringsBytes inflated bytes of the shared strings table (held in memory whole)
 * @param maxInflateRatio inflated to compressed bytes of one xlsx entry
 * @param maxPdfPages pages of an invoice PDF
 * @param maxPdfStreamBytes decoded bytes of one PDF stream other than an image
 */
public record UploadLimits(
    int maxRows,
    long maxLineBytes,
    int maxZipEntries,
    long maxEntryBytes,
    long maxSharedStringsBytes,
    int maxInflateRatio,
    int maxPdfPages,
    long maxPdfStreamBytes) {

  /** How far down the header may be: rows above it do not count against {@link #maxRows}. */
  static final int HEADER_WINDOW = 20;

  /**
   * The most rows a file may have, header and the rows above it included: a file is refused only
   * when it holds more than {@code maxRows} rows wherever its header is.
   */
  public long rowCap() {
    return (long) maxRows + HEADER_WINDOW;
  }
}

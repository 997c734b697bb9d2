package app.resell.tabular;

/**
 * The rows of one file, in order, one at a time: {@link CsvRowSource} here, and the workbook
 * sources of the inventory import. Rows without any content are not returned; row numbers keep
 * counting them, so a rejected row's number is the one the reseller sees in their program.
 */
public interface RowSource extends AutoCloseable {

  /** The next row with some content, or null at the end. */
  RawRow next() throws SheetReadException;

  @Override
  void close();
}

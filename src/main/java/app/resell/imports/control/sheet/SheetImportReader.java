package app.resell.imports.control.sheet;

import app.resell.tabular.CsvRowSource;
import app.resell.tabular.DateOrderVotes;
import app.resell.tabular.RawRow;
import app.resell.tabular.RowSource;
import app.resell.tabular.SheetReadException;
import app.resell.tabular.UncheckedSheetReadException;
import app.resell.taxonomy.entity.Platform;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Reads a reseller's xlsx or csv inventory one row at a time, for a checkpointing batch reader.
 * Opening the file finds the header row, maps the columns and settles the file's date order;
 * iterating then yields each row below the header as a {@link SheetRow}. Nothing but a look-ahead
 * of {@value #LOOKAHEAD} rows is held in memory.
 *
 * <p>To resume after a checkpoint, open the file again and {@link #skipTo(int)} the row after the
 * last one processed: rows are numbered as in the sheet, and the same file gives the same rows and
 * the same layout every time it is opened.
 *
 * <p>Failures met below the header (the row cap, a damaged zip entry, a broken csv quote) surface
 * while iterating, after the rows before them, as {@link UncheckedSheetReadException} carrying the
 * same codes as {@link SheetReadException}. {@code open} itself fails when the file cannot be
 * opened, has no header, or — when it reads the whole file to settle the date order — is damaged or
 * too long anywhere.
 */
public final class SheetImportReader implements AutoCloseable, Iterator<SheetRow> {

  /**
   * The most rows (title and header rows included) a sheet may have: Excel's own worksheet limit,
   * so any sheet Excel can save imports whole, a million data rows with their title lines included.
   */
  public static final int DEFAULT_MAX_ROWS = 1_048_576;

  /** Rows read ahead at open, to judge ambiguous headers and the date order from real values. */
  static final int LOOKAHEAD = 1000;

  private final RowSource source;
  private final SheetLayout layout;
  private final Deque<RawRow> buffered;
  private RawRow peeked;

  /** A failure met while reading ahead, raised where the reader reaches it. */
  private SheetReadException pending;

  private boolean exhausted;

  private SheetImportReader(
      RowSource source, SheetLayout layout, Deque<RawRow> buffered, SheetReadException pending) {
    this.source = source;
    this.layout = layout;
    this.buffered = buffered;
    this.pending = pending;
  }

  /**
   * Opens a csv, or the first sheet with a header of an xlsx or xls workbook.
   *
   * @param format XLSX, CSV or DETECT; the content decides in every case (uploads are often
   *     misnamed), so a declared format is a hint, never a reason to misread a file
   * @param userMapping header text to field key ({@code "Paid" -> "bid_amount"}, {@code "Etsy $" ->
   *     "etsy_price"}, {@code "Junk" -> "ignore"}); may be null or empty
   * @param maxRows refuse files with more rows than this ({@link #DEFAULT_MAX_ROWS} is sensible)
   */
  public static SheetImportReader open(
      Path file, SheetFormat format, Map<String, String> userMapping, int maxRows)
      throws SheetReadException {
    return open(file, format, userMapping, maxRows, null, Executors.defaultThreadFactory());
  }

  /**
   * Opens a named sheet (null for the first with a header) with threads from the given factory; in
   * Jakarta EE pass a {@code ManagedThreadFactory}. Only xlsx parsing uses a thread.
   */
  public static SheetImportReader open(
      Path file,
      SheetFormat format,
      Map<String, String> userMapping,
      int maxRows,
      String sheetName,
      ThreadFactory threads)
      throws SheetReadException {
    Map<String, String> mapping = userMapping == null ? Map.of() : Map.copyOf(userMapping);
    validate(mapping);
    if (maxRows < 1) throw new IllegalArgumentException("maxRows must be positive");
    SheetFormat actual = FormatSniffer.sniff(file);
    if (sheetName != null || actual == SheetFormat.CSV) {
      return openSheet(file, actual, mapping, maxRows, sheetName, threads);
    }
    try {
      return openSheet(file, actual, mapping, maxRows, null, threads);
    } catch (SheetReadException e) {
      if (!SheetReadException.NO_HEADER.equals(e.code())) throw e;
      List<String> names =
          actual == SheetFormat.XLSX
              ? XlsxRowSource.sheetNames(file)
              : XlsRowSource.sheetNames(file);
      for (String name : names.subList(Math.min(1, names.size()), names.size())) {
        try {
          return openSheet(file, actual, mapping, maxRows, name, threads);
        } catch (SheetReadException next) {
          if (!SheetReadException.NO_HEADER.equals(next.code())) throw next;
        }
      }
      throw e;
    }
  }

  /**
   * One sheet; the first when {@code sheetName} is null. Workbooks often open on an empty "Sheet1"
   * or an instructions tab, so {@link #open} tries the next sheets in order when the first has no
   * header; the choice is the same at every reopen and reported in the layout.
   */
  private static SheetImportReader openSheet(
      Path file,
      SheetFormat actual,
      Map<String, String> mapping,
      int maxRows,
      String sheetName,
      ThreadFactory threads)
      throws SheetReadException {
    RowSource source = openSource(file, actual, maxRows, sheetName, threads);
    String chosen =
        source instanceof XlsxRowSource x
            ? x.sheetName()
            : source instanceof XlsRowSource xls ? xls.sheetName() : null;
    try {
      Deque<RawRow> ahead = new ArrayDeque<>();
      Top top = findHeader(source, ahead, mapping);
      RawRow header = top.header();
      SheetReadException pending = top.failure() != null ? top.failure() : fill(source, ahead);
      List<RawRow> below = List.copyOf(ahead);
      ColumnMapper.Mapping m = ColumnMapper.map(header, mapping, below);
      if (!m.columns().containsValue(ColumnTarget.of(SheetField.ITEM_NAME))) {
        throw new SheetReadException(
            SheetReadException.NO_HEADER,
            "Row "
                + header.rowNumber()
                + " looks like the header, but no column holds the item name (Item, Name, Title or"
                + " Description). Name one in the column mapping.");
      }
      DateOrderVotes votes = votes(m.columns(), below);
      boolean moreRows = pending == null && ahead.size() >= LOOKAHEAD;
      if (!votes.decided() && votes.sawUndecided() && moreRows) {
        votes = votesOverWholeFile(file, actual, maxRows, chosen, threads, header, m.columns());
      }
      SheetLayout layout = layout(actual, chosen, source, header, m, votes);
      return new SheetImportReader(source, layout, ahead, pending);
    } catch (SheetReadException | RuntimeException e) {
      source.close();
      throw e;
    }
  }

  public SheetLayout layout() {
    return layout;
  }

  /**
   * Positions the reader so that the next row returned is the first with a row number at or after
   * {@code rowNumber}; rows before it are read and dropped. Call it before iterating, with the row
   * after the last checkpointed one.
   */
  public void skipTo(int rowNumber) {
    while (hasNext() && peeked.rowNumber() < rowNumber) peeked = null;
  }

  /**
   * Reads the rest of the sheet and answers the number of its last row (the header's when no row
   * follows): a row count for progress, without sorting any row into fields.
   */
  public int lastRowNumber() {
    int last = layout.headerRowNumber();
    while (hasNext()) {
      last = peeked.rowNumber();
      peeked = null;
    }
    return last;
  }

  @Override
  public boolean hasNext() {
    if (peeked != null) return true;
    if (!buffered.isEmpty()) {
      peeked = buffered.poll();
      return true;
    }
    if (exhausted) return false;
    if (pending != null) {
      exhausted = true;
      throw new UncheckedSheetReadException(pending);
    }
    try {
      peeked = source.next();
    } catch (SheetReadException e) {
      exhausted = true;
      throw new UncheckedSheetReadException(e);
    }
    exhausted = peeked == null;
    return !exhausted;
  }

  @Override
  public SheetRow next() {
    if (!hasNext()) throw new NoSuchElementException();
    RawRow raw = peeked;
    peeked = null;
    return toSheetRow(raw, layout.columns());
  }

  @Override
  public void close() {
    source.close();
  }

  static SheetRow toSheetRow(RawRow raw, Map<Integer, ColumnTarget> columns) {
    Map<SheetField, String> cells = new EnumMap<>(SheetField.class);
    Map<Platform, Map<SheetField, String>> perPlatform = new LinkedHashMap<>();
    for (Map.Entry<Integer, ColumnTarget> e : columns.entrySet()) {
      String v = raw.cell(e.getKey()).strip();
      if (v.isEmpty()) continue;
      ColumnTarget t = e.getValue();
      if (t.general()) cells.put(t.field(), v);
      else
        perPlatform
            .computeIfAbsent(t.platform(), p -> new EnumMap<>(SheetField.class))
            .put(t.field(), v);
    }
    Map<Platform, Map<SheetField, String>> frozen = new LinkedHashMap<>();
    perPlatform.forEach((p, m) -> frozen.put(p, Map.copyOf(m)));
    return new SheetRow(raw.rowNumber(), raw.text(), cells, frozen, raw.cells());
  }

  private static void validate(Map<String, String> mapping) throws SheetReadException {
    for (Map.Entry<String, String> e : mapping.entrySet()) {
      try {
        ColumnMapper.resolve(e.getValue());
      } catch (IllegalArgumentException bad) {
        throw new SheetReadException(
            SheetReadException.BAD_MAPPING,
            "Column '" + e.getKey() + "' is mapped to an " + bad.getMessage());
      }
    }
  }

  private static RowSource openSource(
      Path file, SheetFormat format, int maxRows, String sheetName, ThreadFactory threads)
      throws SheetReadException {
    return switch (format) {
      case XLSX -> XlsxRowSource.open(file, sheetName, maxRows, threads);
      case XLS -> XlsRowSource.open(file, sheetName, maxRows);
      case CSV, DETECT -> CsvRowSource.open(file, maxRows);
    };
  }

  /** The header row, the rows read below it, and a failure met while reading them. */
  private record Top(RawRow header, SheetReadException failure) {}

  /**
   * Reads the first rows, keeps those below the header in {@code ahead}, returns the header. A
   * failure after the header is kept for later, as in {@link #fill}; before any header it is
   * raised, since it is the better explanation than "no header".
   */
  private static Top findHeader(RowSource source, Deque<RawRow> ahead, Map<String, String> map)
      throws SheetReadException {
    List<RawRow> top = new ArrayList<>();
    SheetReadException failure = null;
    try {
      RawRow r;
      while (top.size() < HeaderDetector.SCAN_ROWS && (r = source.next()) != null) top.add(r);
    } catch (SheetReadException e) {
      failure = e;
    }
    java.util.Optional<RawRow> found = HeaderDetector.find(top, map);
    if (found.isEmpty() && failure != null) throw failure;
    RawRow header =
        found.orElseThrow(
            () ->
                new SheetReadException(
                    SheetReadException.NO_HEADER,
                    top.isEmpty()
                        ? "The sheet is empty."
                        : "No header row found in the first "
                            + HeaderDetector.SCAN_ROWS
                            + " rows. Add a row naming the columns (Item, Cost, Date...)."));
    for (RawRow row : top) if (row.rowNumber() > header.rowNumber()) ahead.add(row);
    return new Top(header, failure);
  }

  /**
   * Reads ahead below the header. A failure here (damage, the row cap) is kept and raised when
   * iteration reaches it, so a file fails at the same row whether the damage lies inside the
   * look-ahead or beyond it.
   */
  private static SheetReadException fill(RowSource source, Deque<RawRow> ahead) {
    try {
      RawRow r;
      while (ahead.size() < LOOKAHEAD && (r = source.next()) != null) ahead.add(r);
      return null;
    } catch (SheetReadException e) {
      return e;
    }
  }

  private static DateOrderVotes votes(Map<Integer, ColumnTarget> columns, List<RawRow> rows) {
    DateOrderVotes votes = new DateOrderVotes();
    List<Integer> dateColumns = dateColumns(columns);
    for (RawRow row : rows) for (int c : dateColumns) votes.observe(row.cell(c));
    return votes;
  }

  /**
   * No date in the look-ahead settled the order, so read the rest of the file once for one that
   * does: the order must hold for the whole file, and be the same at every reopen.
   */
  private static DateOrderVotes votesOverWholeFile(
      Path file,
      SheetFormat format,
      int maxRows,
      String sheetName,
      ThreadFactory threads,
      RawRow header,
      Map<Integer, ColumnTarget> columns)
      throws SheetReadException {
    DateOrderVotes votes = new DateOrderVotes();
    List<Integer> dateColumns = dateColumns(columns);
    try (RowSource all = openSource(file, format, maxRows, sheetName, threads)) {
      RawRow r;
      while ((r = all.next()) != null) {
        if (r.rowNumber() <= header.rowNumber()) continue;
        for (int c : dateColumns) votes.observe(r.cell(c));
      }
    }
    return votes;
  }

  private static List<Integer> dateColumns(Map<Integer, ColumnTarget> columns) {
    List<Integer> dateColumns = new ArrayList<>();
    columns.forEach(
        (c, t) -> {
          if (t.field().kind() == SheetField.Kind.DATE) dateColumns.add(c);
        });
    return dateColumns;
  }

  private static SheetLayout layout(
      SheetFormat format,
      String sheetName,
      RowSource source,
      RawRow header,
      ColumnMapper.Mapping m,
      DateOrderVotes votes) {
    boolean csv = source instanceof CsvRowSource;
    return new SheetLayout(
        format,
        sheetName,
        header.rowNumber(),
        header.cells(),
        m.columns(),
        m.unmapped(),
        votes.order(),
        votes.ambiguous(),
        votes.conflict(),
        csv ? ((CsvRowSource) source).delimiter() : null,
        csv ? ((CsvRowSource) source).charset().name() : null);
  }
}

package app.resell.comps.control;

import app.resell.comps.entity.ComparableSale;
import app.resell.problems.control.Checks;
import app.resell.tabular.CsvTable;
import app.resell.tabular.DateOrder;
import app.resell.tabular.MoneyText;
import app.resell.tabular.SheetReadException;
import app.resell.taxonomy.entity.Condition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads a csv of sold listings (a Terapeak or WorthPoint export, or a reseller's own sheet) into
 * comparable sales. The header row is found among the first {@value #SCAN_ROWS} rows by column
 * names and their synonyms; a row that cannot be a comp is rejected with its row number and the
 * reason, and the others are kept. Reading (encoding, delimiter, dates in the file's order) and
 * amounts ({@link MoneyText}) are the inventory import's own.
 */
public final class CompsCsv {

  static final int SCAN_ROWS = 20;
  private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  static final int TITLE_LENGTH = 500;

  /** The columns a comp is read from; earlier synonyms win over later ones. */
  enum Column {
    TITLE(true, "title", "item title", "listing title", "item", "item name", "name"),
    PRICE(
        true,
        "sold price",
        "price sold",
        "sale price",
        "sold for",
        "avg sold price",
        "average sold price",
        "final price",
        "item price",
        "price",
        "total price",
        "total"),
    SOLD_DATE(
        false,
        "sold date",
        "date sold",
        "sale date",
        "sold on",
        "last sold date",
        "last sold",
        "end date",
        "date ended",
        "ended",
        "date"),
    URL(false, "url", "link", "item url", "listing url", "item link", "listing link"),
    CONDITION(false, "condition", "item condition"),
    SHIPPING(
        false,
        "shipping",
        "shipping cost",
        "shipping price",
        "avg shipping",
        "avg shipping cost",
        "average shipping",
        "postage");

    final boolean required;
    final List<String> synonyms;

    Column(boolean required, String... synonyms) {
      this.required = required;
      this.synonyms = List.of(synonyms);
    }

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A row that was not imported: its number in the file, why, and its text. */
  public record Rejected(int row, String reason, String text) {}

  /**
   * What the file held.
   *
   * @param columns the field each header was read into, e.g. {@code price -> "Sold Price"}
   */
  public record Result(
      int headerRow,
      Map<String, String> columns,
      List<ComparableSale> comps,
      List<Rejected> rejected) {}

  private CompsCsv() {}

  /**
   * The comps of a file, each attached to {@code lotId} (may be null) with {@code source}.
   *
   * @throws SheetReadException when the file cannot be read or has no recognisable header row
   */
  public static Result read(Path file, String source, UUID lotId, int maxRows)
      throws SheetReadException {
    List<CsvTable.Row> rows = new ArrayList<>();
    try (CsvTable table = CsvTable.open(file, maxRows)) {
      for (CsvTable.Row r; (r = table.next()) != null; ) rows.add(r);
    }
    int headerIndex = -1;
    Map<Column, Integer> columns = null;
    for (int i = 0; i < Math.min(rows.size(), SCAN_ROWS); i++) {
      Map<Column, Integer> found = columns(rows.get(i).cells());
      if (found.containsKey(Column.TITLE) && found.containsKey(Column.PRICE)) {
        headerIndex = i;
        columns = found;
        break;
      }
    }
    if (columns == null) {
      throw new SheetReadException(
          SheetReadException.NO_HEADER,
          "No header row with a title column (Title, Item, ...) and a price column (Sold Price,"
              + " Price, Total, ...) in the first "
              + SCAN_ROWS
              + " rows.");
    }
    CsvTable.Row header = rows.get(headerIndex);
    List<CsvTable.Row> data = rows.subList(headerIndex + 1, rows.size());
    Integer dateColumn = columns.get(Column.SOLD_DATE);
    DateOrder order =
        CsvTable.dateOrder(
            dateColumn == null ? List.of() : data.stream().map(r -> r.cell(dateColumn)).toList());
    List<ComparableSale> comps = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (CsvTable.Row row : data) {
      try {
        comps.add(comp(row, columns, order, source, lotId));
      } catch (IllegalArgumentException e) {
        rejected.add(new Rejected(row.number(), e.getMessage(), row.text()));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    columns.forEach((c, index) -> names.put(c.wire(), header.cell(index).strip()));
    return new Result(header.number(), names, comps, rejected);
  }

  /** Which column holds each field, by the best synonym among the headers. */
  static Map<Column, Integer> columns(List<String> headers) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      int best = Integer.MAX_VALUE;
      for (int i = 0; i < headers.size(); i++) {
        int rank = c.synonyms.indexOf(normalize(headers.get(i)));
        if (rank >= 0 && rank < best && !found.containsValue(i)) {
          best = rank;
          found.put(c, i);
        }
      }
    }
    return found;
  }

  static String normalize(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    String bare = PARENTHESES.matcher(lower).replaceAll(" ");
    return NOT_ALPHANUMERIC.matcher(bare).replaceAll(" ").strip();
  }

  private static ComparableSale comp(
      CsvTable.Row row, Map<Column, Integer> columns, DateOrder order, String source, UUID lotId) {
    String title = cell(row, columns, Column.TITLE);
    if (title.isEmpty()) throw new IllegalArgumentException("no title");
    if (title.length() > TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "the title is longer than " + TITLE_LENGTH + " characters");
    }
    BigDecimal price = money(cell(row, columns, Column.PRICE), "price", true);
    BigDecimal shipping = money(cell(row, columns, Column.SHIPPING), "shipping", false);
    String dateText = cell(row, columns, Column.SOLD_DATE);
    LocalDate sold = null;
    if (!dateText.isEmpty()) {
      sold =
          CsvTable.date(dateText, order)
              .orElseThrow(() -> new IllegalArgumentException("'" + dateText + "' is not a date"));
      if (sold.isAfter(LocalDate.now().plusDays(1))) {
        throw new IllegalArgumentException("the sold date " + sold + " is in the future");
      }
    }
    String url = cell(row, columns, Column.URL);
    if (!url.isEmpty() && !Checks.isWebAddress(url)) {
      throw new IllegalArgumentException("the link '" + url + "' is not an http(s) address");
    }
    return new ComparableSale(
        null,
        lotId,
        source,
        title,
        price,
        shipping,
        sold,
        url.isEmpty() ? null : url,
        condition(cell(row, columns, Column.CONDITION)).orElse(null),
        null,
        null);
  }

  private static BigDecimal money(String text, String field, boolean required) {
    if (text.isEmpty()) {
      if (required) throw new IllegalArgumentException("no " + field);
      return null;
    }
    BigDecimal amount =
        MoneyText.parse(text)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the " + field + " '" + text + "' is not an amount"));
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("the " + field + " " + amount + " is negative");
    }
    return amount;
  }

  /**
   * Our condition for a listing's condition text: our own spellings as they are; marketplace
   * wording where it is unambiguous ("New ..." is mint, "For parts ..." is parts); anything else
   * (including "Used" / "Pre-owned", which say nothing of the grade) is unknown.
   */
  static Optional<String> condition(String text) {
    if (text.isEmpty()) return Optional.empty();
    Optional<Condition> own = Condition.parse(text);
    if (own.isPresent()) return Optional.of(own.get().value());
    String t = normalize(text);
    if (t.startsWith("new") || t.startsWith("brand new")) return Optional.of("mint");
    if (t.startsWith("for parts") || t.equals("parts only")) return Optional.of("parts");
    return Optional.of(Condition.UNKNOWN.value());
  }

  private static String cell(CsvTable.Row row, Map<Column, Integer> columns, Column c) {
    Integer index = columns.get(c);
    return index == null ? "" : row.cell(index).strip();
  }
}

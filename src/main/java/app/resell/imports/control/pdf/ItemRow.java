package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line split into the parts of a line item, either by table columns or, when the invoice has no
 * recognisable heading row, by token patterns: an optional lot number at the start, amounts at the
 * end (with cents or a currency sign), an optional "6 @ 1.00" before them, and the words in between
 * as the description or label.
 */
record ItemRow(
    String lot,
    String text,
    String quantityText,
    BigDecimal bid,
    BigDecimal unitPrice,
    BigDecimal premium,
    BigDecimal tax,
    BigDecimal shipping,
    BigDecimal fees,
    BigDecimal total,
    String status,
    List<BigDecimal> amounts,
    boolean lotPrefixed,
    Boolean taxable) {

  private static final Pattern CURRENCY = Pattern.compile("(?i)USD|US\\$|\\$|CAD|EUR|GBP");
  private static final Pattern COUNT = Pattern.compile("\\d{1,5}");
  private static final Pattern PERCENT = Pattern.compile("\\(?(\\d{1,2}(?:\\.\\d{1,3})?)\\s*%\\)?");
  private static final Pattern FLAG = Pattern.compile("[TENX*]");
  private static final Pattern TRAILING = Pattern.compile("[.:)\\-]+$");
  private static final Pattern LEADING = Pattern.compile("^[#(]");
  private static final String ROLE =
      "(?:hammer(?: price)?|(?:high |winning )?bid|sold(?: for)?|(?:sale )?price|amount|(?:lot )?total)";
  private static final Pattern ROLE_LABEL =
      Pattern.compile("(?i)(?:^" + ROLE + ":?|\\s" + ROLE + ":)$");
  private static final Pattern ROLE_CELL = Pattern.compile("(?i)^" + ROLE + ":?$");
  private static final Pattern WORDS_THEN_COUNT =
      Pattern.compile("((?:[A-Za-z][A-Za-z,.;'-]*\\s+)*[A-Za-z][A-Za-z,.;'-]*)\\s+(\\d{1,5})");

  boolean hasPositiveAmount() {
    return amounts.stream().anyMatch(a -> a.signum() > 0);
  }

  boolean onlyCredits() {
    return !amounts.isEmpty()
        && amounts.stream().anyMatch(a -> a.signum() < 0)
        && amounts.stream().noneMatch(a -> a.signum() > 0);
  }

  /** Splits a line by the columns of a headed table. */
  static ItemRow fromColumns(ColumnLayout layout, TextLine line) {
    Map<Column, String> parts = layout.split(line);
    List<String> label = new ArrayList<>();
    String lotText = parts.get(Column.LOT);
    String lot =
        lotText == null
            ? null
            : LotText.lot(lotText.replaceAll("[.:]$", ""))
                .or(() -> LotText.subLot(lotText))
                .orElse(null);
    if (lotText != null && lot == null) {
      // Lot and title printed too close to be two cells: "12 Roseville vase" under "Lot".
      String[] firstAndRest = lotText.split(" ", 2);
      lot = firstAndRest.length == 2 ? LotText.lot(strip(firstAndRest[0])).orElse(null) : null;
      label.add(lot == null ? lotText : firstAndRest[1]);
    }
    String qty = parts.get(Column.QUANTITY);
    String description = parts.get(Column.DESCRIPTION);
    Matcher overrun = qty == null || description == null ? null : WORDS_THEN_COUNT.matcher(qty);
    if (overrun != null && overrun.matches()) {
      // Justified text pushed its last words into the quantity band: "... sewing box with | 1".
      description = description + " " + overrun.group(1);
      qty = overrun.group(2);
    }
    if (lot == null && description != null && !layout.has(Column.LOT)) {
      // "Lot Description" over "12 | Oak table": a lot number in a cell of its own leads the title
      String[] firstAndRest = description.split(" ", 2);
      boolean ownCell =
          firstAndRest.length == 2
              && line.cells().stream()
                  .anyMatch(c -> c.words().size() == 1 && c.text().equals(firstAndRest[0]));
      Optional<String> leading = ownCell ? LotText.lot(firstAndRest[0]) : Optional.empty();
      if (leading.isPresent()) {
        lot = leading.get();
        description = firstAndRest[1];
      }
    }
    if (description != null) label.add(description);
    List<BigDecimal> amounts = new ArrayList<>();
    BigDecimal[] money = new BigDecimal[7];
    Column[] roles = {
      Column.BID,
      Column.UNIT_PRICE,
      Column.PREMIUM,
      Column.TAX,
      Column.TOTAL,
      Column.SHIPPING,
      Column.FEE
    };
    String status = parts.get(Column.STATUS);
    String taxFlag =
        status != null && FLAG.matcher(status.strip()).matches() ? status.strip() : null;
    if (taxFlag != null) status = null;
    for (int i = 0; i < roles.length; i++) {
      String t = parts.get(roles[i]);
      // A "Bid + BP" column fills the bid slot; AmountRoles takes the premium out of it.
      if (i == 0 && t == null) t = parts.get(Column.BID_PREMIUM);
      if (t == null) continue;
      if (LotText.nothingCharged(t)) {
        money[i] = BigDecimal.ZERO.setScale(2);
        continue;
      }
      String[] words = t.split(" ");
      if (words.length >= 2 && FLAG.matcher(words[words.length - 1]).matches()) {
        // "185.00 T": the tax flag of a narrow column printed against the amount
        taxFlag = words[words.length - 1];
        words = java.util.Arrays.copyOf(words, words.length - 1);
      }
      int cut = words.length;
      Optional<BigDecimal> m = Optional.empty();
      // The amount is the longest run of trailing words that reads as money ("$ 12.00", "5.00
      // CR"); anything before it ("3%", a label that strayed into the column) is label text.
      for (int from = 0; from < words.length && m.isEmpty(); from++) {
        m =
            LotText.money(
                String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)));
        cut = from;
      }
      String rest =
          m.isPresent() ? String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)) : t;
      if (m.isPresent()) {
        money[i] = m.get();
        amounts.add(m.get());
      }
      if (rest.isBlank() || CURRENCY.matcher(rest).matches()) continue;
      if (LotText.status(rest).isPresent()) status = rest;
      else label.add(rest);
    }
    String rate = parts.get(Column.PER_LINE_RATE);
    Matcher percent = rate == null ? null : PERCENT.matcher(rate.strip());
    if (percent != null && percent.matches()) {
      // the premium printed only as the lot's rate ("BP Rate 23%"): rate x hammer, to the cent
      if (money[2] == null && money[0] != null && !layout.taxRates()) {
        money[2] =
            money[0]
                .multiply(new BigDecimal(percent.group(1)))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
      }
    } else if (rate != null && amounts.isEmpty()) {
      // an amount of the totals box under the rate heading ("Buyer's Premium  $1,937.57")
      LotText.strictMoney(rate).ifPresent(amounts::add);
    }
    if (qty != null && amounts.isEmpty() && !COUNT.matcher(qty).matches()) {
      // An amount from a totals box that happens to sit under the quantity heading.
      Optional<BigDecimal> strayAmount = LotText.strictMoney(qty);
      if (strayAmount.isPresent()) {
        amounts.add(strayAmount.get());
        qty = null;
      }
    }
    if (qty != null && lot == null && !COUNT.matcher(qty).matches()) {
      // A totals label ("Subtotal", "Freight") printed over the table's narrow quantity column.
      label.add(qty);
      qty = null;
    }
    if (lot == null
        && label.stream().allMatch(String::isBlank)
        && parts.containsKey(Column.OTHER)) {
      // A totals label printed under a column of no known role ("Subtotal" under "Consignor").
      label.add(parts.get(Column.OTHER));
    }
    List<TextLine.Word> words = line.words();
    if (amounts.isEmpty() && words.size() >= 2) {
      // A totals box under the table ("Subtotal: $288.50") may print its amount in a text column.
      String lastWord = words.get(words.size() - 1).text();
      Optional<BigDecimal> last = LotText.strictMoney(lastWord);
      String joined = String.join(" ", label);
      if (last.isPresent() && joined.endsWith(lastWord)) {
        amounts.add(last.get());
        label.clear();
        label.add(joined.substring(0, joined.length() - lastWord.length()).strip());
        if (lot != null) money[0] = last.get();
      }
    }
    return new ItemRow(
        lot,
        String.join(" ", label).strip(),
        qty,
        money[0],
        money[1],
        money[2],
        money[3],
        money[5],
        money[6],
        money[4],
        status,
        amounts,
        false,
        taxFlag == null ? null : !taxFlag.equals("E") && !taxFlag.equals("X"));
  }

  /** Splits a line with no table heading by the shape of its words. */
  static ItemRow fromTokens(TextLine line) {
    List<String> words = new ArrayList<>(line.words().stream().map(TextLine.Word::text).toList());
    // a lot's labelled amounts name its hammer ("Subtotal: 565.00  Premium: 101.70" is a totals
    // line), or are its "Lot total" alone
    Optional<LabelledAmounts> labelled =
        LabelledAmounts.of(words).filter(a -> a.bid() != null || a.amounts().size() == 1);
    if (labelled.isPresent()) return fromLabelled(words, labelled.get());
    List<BigDecimal> trailing = new ArrayList<>();
    int end = words.size();
    while (end > 0) {
      String w = words.get(end - 1);
      int take = 1;
      if (w.equalsIgnoreCase("CR") && end >= 2) {
        w = words.get(end - 2) + " CR";
        take = 2;
      }
      if (end - take >= 1 && words.get(end - take - 1).matches("\\$|USD|US\\$")) {
        w = words.get(end - take - 1) + w;
        take++;
      }
      Optional<BigDecimal> m = LotText.strictMoney(w);
      if (m.isEmpty()
          && LotText.nothingCharged(w)
          && !trailing.isEmpty()
          && end - take >= 1
          && LotText.strictMoney(words.get(end - take - 1)).isPresent()) {
        // "$110.00  $27.50  -  $8.25": a dash between amounts is a column with nothing charged
        m = Optional.of(BigDecimal.ZERO.setScale(2));
      }
      if (m.isEmpty()) break;
      trailing.add(0, m.get());
      end -= take;
    }
    BigDecimal unit = null;
    String qtyText = null;
    if (!trailing.isEmpty()
        && end >= 2
        && words.get(end - 1).matches("@|[xX\u00d7]")
        && words.get(end - 2).matches("\\d{1,5}")) {
      // "6 @ 1.00", "2 x $7.50": the quantity and the unit price
      unit = trailing.remove(0);
      qtyText = words.get(end - 2);
      end -= 2;
    } else if (!trailing.isEmpty() && end >= 1 && words.get(end - 1).matches("\\d{1,5}@")) {
      unit = trailing.remove(0);
      qtyText = words.get(end - 1).replace("@", "");
      end -= 1;
    }
    Leading leading = leading(words, end);
    String lot = leading.lot();
    boolean prefixed = leading.prefixed();
    String text = leading.text();
    Matcher role = ROLE_LABEL.matcher(text);
    if (lot != null && !trailing.isEmpty() && role.find()) {
      // "Lot 137-3  Hammer $1,250.00": the amount's label, not the lot's title (which follows).
      text = text.substring(0, role.start()).strip();
    } else if (lot != null && trailing.size() == 1 && labelCellBeforeAmount(line, text)) {
      // "Lot 11 | Cut glass punch bowl | Hammer | 110.00": a label printed as a cell of its own
      // ("Ball peen hammer 12.00" keeps its word: it is part of the title's cell)
      String[] cellWords = line.cells().get(line.cells().size() - 2).text().strip().split("\\s+");
      text = text.substring(0, text.length() - String.join(" ", cellWords).length()).strip();
    }
    BigDecimal bid = null;
    BigDecimal premium = null;
    BigDecimal tax = null;
    BigDecimal shipping = null;
    BigDecimal total = null;
    List<BigDecimal> a = trailing;
    switch (a.size()) {
      case 0 -> {}
      case 1 -> bid = a.get(0);
      case 2 -> {
        bid = a.get(0);
        if (a.get(1).compareTo(a.get(0)) >= 0) total = a.get(1);
        else premium = a.get(1);
      }
      case 3 -> {
        bid = a.get(0);
        premium = a.get(1);
        if (a.get(0).add(a.get(1)).compareTo(a.get(2)) == 0) total = a.get(2);
        else tax = a.get(2);
      }
      default -> {
        bid = a.get(0);
        premium = a.get(1);
        tax = a.get(2);
        if (a.size() >= 5) shipping = a.get(3);
        total = a.get(a.size() - 1);
      }
    }
    List<BigDecimal> amounts = new ArrayList<>(a);
    if (unit != null) amounts.add(0, unit);
    return new ItemRow(
        lot, text, qtyText, bid, unit, premium, tax, shipping, null, total, null, amounts, prefixed,
        null);
  }

  /** Whether the cell before the line's one amount is only an amount's label ("Hammer"). */
  private static boolean labelCellBeforeAmount(TextLine line, String text) {
    List<TextLine.Cell> cells = line.cells();
    if (cells.size() < 3) return false;
    String label = String.join(" ", cells.get(cells.size() - 2).text().strip().split("\\s+"));
    return ROLE_CELL.matcher(label).matches()
        && text.endsWith(label)
        && text.length() > label.length();
  }

  /**
   * A lot line whose amounts carry their own labels, "Lot 14 Hammer $120.00 Premium $21.60 Total
   * $141.60": each amount takes the role its label names, and the labels never reach the title.
   */
  private static ItemRow fromLabelled(List<String> words, LabelledAmounts a) {
    Leading leading = leading(words, a.start());
    return new ItemRow(
        leading.lot(),
        leading.text(),
        null,
        a.bid(),
        null,
        a.premium(),
        a.tax(),
        a.shipping(),
        null,
        a.total(),
        null,
        a.amounts(),
        leading.prefixed(),
        null);
  }

  /**
   * The lot a line's first words give ("12", "#12", "Lot 12", "Lot # 12"), and the title after it.
   */
  private record Leading(String lot, String text, boolean prefixed) {}

  /** The lot and title of {@code words} up to {@code end}, where the line's amounts begin. */
  private static Leading leading(List<String> words, int end) {
    int start = 0;
    String lot = null;
    boolean prefixed = false;
    if (end > 0) {
      if (end > 1 && LotText.isLotPrefix(words.get(0))) {
        lot = LotText.lot(strip(words.get(1))).orElse(null);
        start = lot == null ? 0 : 2;
        prefixed = lot != null;
      } else if (end > 2 && LotText.isLotPrefix(words.get(0) + " " + words.get(1))) {
        lot = LotText.lot(strip(words.get(2))).orElse(null);
        start = lot == null ? 0 : 3;
        prefixed = lot != null;
      } else {
        lot = LotText.lot(strip(words.get(0))).orElse(null);
        start = lot == null ? 0 : 1;
        prefixed = lot != null && words.get(0).startsWith("#");
      }
    }
    String text = String.join(" ", words.subList(start, end)).replaceAll("^[-:.|]\\s*", "").strip();
    return new Leading(lot, text, prefixed);
  }

  /** The same row under a lot id found around it (a lot id broken over two lines). */
  ItemRow withLot(String joinedLot, String title) {
    return new ItemRow(
        joinedLot,
        title,
        quantityText,
        bid,
        unitPrice,
        premium,
        tax,
        shipping,
        fees,
        total,
        status,
        amounts,
        false,
        taxable);
  }

  private static String strip(String word) {
    return LEADING.matcher(TRAILING.matcher(word).replaceAll("")).replaceAll("");
  }
}

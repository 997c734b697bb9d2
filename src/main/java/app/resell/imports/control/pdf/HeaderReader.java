package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the identifying fields of an invoice: auction house, invoice number, sale, date, bidder and
 * the printed premium and tax rates.
 *
 * <p>Labels are matched by synonyms in three arrangements seen in practice: on one line ("Invoice
 * #: 10234"), in neighbouring cells ("Invoice No." | "10234"), and as a box whose labels sit on one
 * line with the values right below them; the last is turned into label-value text by pairing each
 * label cell with the value cell under it. The first match in reading order wins. The auction house
 * is the labelled seller when printed, else the first line near the top of page 1 that reads like a
 * business name.
 */
final class HeaderReader {

  private static final Pattern TITLE =
      Pattern.compile("(?i)(buyer'?s?\\s+)?(invoice|receipt|statement)");
  private static final Pattern NUMBER_ONLY =
      Pattern.compile("(?i)(?:no\\.?|#|number:?)\\s*[A-Z0-9-]*\\d[A-Z0-9-]*");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final String VALUE = "([A-Z0-9][A-Z0-9/_.-]*\\d[A-Z0-9/_.-]*|\\d[A-Z0-9/_.-]*)";
  private static final Pattern INVOICE =
      Pattern.compile(
          "(?i)\\b(?:invoice|inv|receipt|statement|bill|settlement)"
              + "\\s*(?:#|no\\b\\.?|num(?:ber)?\\b\\.?|id\\b)?"
              + "\\s*[:#]?\\s*"
              + VALUE);
  private static final Pattern AUCTION =
      Pattern.compile(
          "(?i)\\b(?:auction|sale|event)\\s*(?:#|no\\b\\.?|num(?:ber)?\\b|id\\b|code\\b|ref\\b)\\s*[:#]?\\s*"
              + VALUE
              + "|(?i)\\b(?:auction|sale)\\s*:?\\s+"
              + VALUE
              + "|(?i)\\b(?:auction|sale)\\s*:[^#(]{0,60}\\(#\\s*"
              + VALUE
              + "\\)"
              // "Sale: Spring Consignment 2025-04": a sale's name that ends in its code
              + "|(?i)\\b(?:auction|sale)\\s*:\\s*[A-Za-z][^#(:\\d]{0,60}\\s"
              + "(\\d{2,4}[-/]\\d{1,4}|[A-Z]{0,4}-?\\d{3,})(?=\\s*$|\\s{2,}|\\s*\\|)");
  private static final Pattern BIDDER =
      Pattern.compile(
          "(?i)\\b(?:bidder|paddle|buyer(?!'?s)|customer|client)\\s*(?:#|no\\b\\.?|num(?:ber)?\\b"
              + "|id\\b)?\\s*[:#]?\\s*"
              + VALUE);
  private static final Pattern INVOICE_DATE =
      Pattern.compile("(?i)\\b(?:invoice\\s*date|inv\\.?\\s*date|date\\s*of\\s*invoice|billed)\\b");
  private static final Pattern ANY_DATE =
      Pattern.compile("(?i)\\b(?:date|dated|sale\\s*date|auction\\s*date|sold\\s*on)\\b");
  private static final Pattern PREMIUM_RATE =
      Pattern.compile(
          "(?i)(?:premium|\\bprem\\b|\\bbp\\b|b\\.p\\.)[^%\\d]{0,20}?(\\d{1,2}(?:\\.\\d{1,3})?)\\s*%");
  private static final Pattern PREMIUM_RATE_AFTER =
      Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d{1,3})?) ?% (?:buyer'?s )?(?:premium|bp\\b)");
  private static final Pattern TAX_RATE =
      Pattern.compile(
          "(?i)(?:tax|\\bvat\\b|\\bgst\\b|\\bhst\\b)[^%\\d]{0,20}?(\\d{1,2}(?:\\.\\d{1,3})?)\\s*%");
  private static final Pattern TAX_RATE_AFTER =
      Pattern.compile("(?i)(\\d{1,2}(?:\\.\\d{1,3})?) ?% (?:sales )?(?:tax|vat|gst)\\b");
  private static final Pattern HOUSE_LABEL =
      Pattern.compile(
          "(?i)^(?:auction\\s*house|auctioneer|auction\\s*company|seller|sold\\s*by)\\s*:\\s*(.+)$");
  private static final Pattern BUSINESS =
      Pattern.compile(
          "(?i)\\b(auctions?|auctioneers?|galler(y|ies)|estates?|sales|exchange|company|co\\.|llc|inc"
              + "\\.?|ltd|house|barn|market|trading|liquidators?|brokers?|antiques|fine art)\\b");
  // A document title made only of generic words ("Online Auction Invoice", "Buyer Statement") is
  // not the house's name.
  private static final Pattern GENERIC_TITLE =
      Pattern.compile(
          "(?i)((online|live|timed|internet|public|absentee|estate|auction|sale|buyer'?s?|bidder"
              + "|purchaser'?s?|invoice|receipt|statement|settlement|summary|of|and|&)\\s*)+");
  private static final Pattern TAGLINE =
      Pattern.compile(
          "(?i)((auctioneers?|auctions?|appraisers?|appraisals?|estate|estates|liquidators?|brokers?"
              + "|consignments?|antiques|fine art|realty|real estate|services|sales|&|and|,)\\s*)+");
  private static final Pattern NAME_SUFFIX =
      Pattern.compile(
          "(?i)(company|co\\.|llc|l\\.l\\.c\\.|inc\\.?|ltd\\.?|auctions?|auctioneers?|galler(y|ies)"
              + "|& sons|and sons|group|associates)(,? (llc|inc\\.?|ltd\\.?))?");
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)^(invoice|receipt|statement|bill\\s+to|sold\\s+to|ship\\s+to|page|date|tel|phone|fax|"
              + "email|www\\.|http|buyer|bidder)\\b|@|:|#");

  /** The identifying fields; amounts are filled in elsewhere. */
  record Fields(
      String auctionHouse,
      String invoiceNumber,
      String auctionId,
      LocalDate invoiceDate,
      String bidderNumber,
      BigDecimal premiumRate,
      BigDecimal taxRate) {}

  private final boolean dayFirst;

  HeaderReader() {
    this(false);
  }

  /** A reader for a document whose numeric dates put the day first ("03-12-2025"). */
  HeaderReader(boolean dayFirst) {
    this.dayFirst = dayFirst;
  }

  /** Reads the fields from the first and the last page, where invoices print them. */
  Fields read(List<TextLine> lines) {
    int lastPage = lines.get(lines.size() - 1).page();
    lines = lines.stream().filter(l -> l.page() == 1 || l.page() == lastPage).toList();
    List<String> texts = labelledTexts(lines);
    String invoice = first(texts, INVOICE).orElse(null);
    String auction = first(texts, AUCTION).orElse(null);
    String bidder = first(texts, BIDDER).orElse(null);
    LocalDate date = date(texts);
    BigDecimal premiumRate = rate(texts, PREMIUM_RATE, PREMIUM_RATE_AFTER);
    BigDecimal taxRate = rate(texts, TAX_RATE, TAX_RATE_AFTER);
    return new Fields(house(lines), invoice, auction, date, bidder, premiumRate, taxRate);
  }

  /** Each line's text, plus "label value" pairs read off label rows with values underneath. */
  private static List<String> labelledTexts(List<TextLine> lines) {
    List<String> out = new ArrayList<>();
    int titleLine = -10;
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      out.add(line.text());
      // "INVOICE" as a title with "No. 778812" a line or two below it.
      if (line.cells().stream().anyMatch(c -> TITLE.matcher(c.text()).matches())) titleLine = i;
      if (i - titleLine <= 3) {
        for (TextLine.Cell c : line.cells()) {
          if (NUMBER_ONLY.matcher(c.text()).matches()) out.add("Invoice " + c.text());
        }
      }
      if (i + 1 < lines.size() && isLabelRow(line) && lines.get(i + 1).page() == line.page()) {
        TextLine values = lines.get(i + 1);
        for (TextLine.Cell label : line.cells()) {
          below(label, values).ifPresent(v -> out.add(label.text() + ": " + v));
        }
      }
    }
    return out;
  }

  private static boolean isLabelRow(TextLine line) {
    return line.cells().size() >= 2
        && line.cells().stream()
            .allMatch(c -> !DIGIT.matcher(c.text()).find() || c.text().endsWith("#"));
  }

  private static Optional<String> below(TextLine.Cell label, TextLine values) {
    TextLine.Cell best = null;
    float bestOverlap = 0;
    for (TextLine.Cell v : values.cells()) {
      float overlap = Math.min(label.x1(), v.x1()) - Math.max(label.x0(), v.x0());
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = v;
      }
    }
    return Optional.ofNullable(best).map(TextLine.Cell::text);
  }

  private static Optional<String> first(List<String> texts, Pattern pattern) {
    for (String t : texts) {
      Matcher m = pattern.matcher(t);
      while (m.find()) {
        String v = null;
        for (int g = 1; g <= m.groupCount() && v == null; g++) v = m.group(g);
        if (v == null) continue;
        v = v.replaceAll("[.]+$", "");
        if (InvoiceDates.find(v).isPresent() && !v.matches("\\d{4}-\\d{1,3}")) continue;
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private LocalDate date(List<String> texts) {
    for (Pattern label : List.of(INVOICE_DATE, ANY_DATE)) {
      for (String t : texts) {
        Matcher m = label.matcher(t);
        if (m.find()) {
          Optional<LocalDate> d = InvoiceDates.find(t.substring(m.end()), dayFirst);
          if (d.isPresent()) return d.get();
        }
      }
    }
    for (String t : texts.subList(0, Math.min(texts.size(), 25))) {
      Optional<LocalDate> d = InvoiceDates.find(t, dayFirst);
      if (d.isPresent()) return d.get();
    }
    return null;
  }

  /** The first rate printed after its label, else the first printed before it ("18% BP"). */
  private static BigDecimal rate(List<String> texts, Pattern... patterns) {
    for (Pattern pattern : patterns) {
      for (String t : texts) {
        Matcher m = pattern.matcher(t);
        if (m.find()) {
          // Scale 2 like every rate shown to resellers, but never rounded: 8.875 % is a real rate.
          BigDecimal rate = new BigDecimal(m.group(1));
          return rate.scale() < 2 ? rate.setScale(2, RoundingMode.UNNECESSARY) : rate;
        }
      }
    }
    return null;
  }

  private static String house(List<TextLine> lines) {
    for (TextLine line : lines) {
      Matcher m = HOUSE_LABEL.matcher(line.cells().get(0).text());
      if (m.matches()) return m.group(1).strip();
    }
    List<TextLine> top = lines.stream().filter(l -> l.page() == 1).limit(12).toList();
    List<String> names = top.stream().map(HeaderReader::nameOf).toList(); // null: no name
    int at =
        java.util.stream.IntStream.range(0, names.size())
            .filter(i -> names.get(i) != null && BUSINESS.matcher(names.get(i)).find())
            .findFirst()
            .orElse(
                java.util.stream.IntStream.range(0, names.size())
                    .filter(i -> names.get(i) != null)
                    .findFirst()
                    .orElse(-1));
    if (at < 0) return null;
    // "Hollis & Reed" over "Auctioneers & Appraisers": a tagline of trade words names no house
    if (TAGLINE.matcher(names.get(at)).matches() && at > 0 && names.get(at - 1) != null) at--;
    return names.get(at) + wrappedSuffix(top.get(at), top);
  }

  /**
   * The end of a house name wrapped in a narrow header cell ("Meadowbrook Auction" / "Company"): a
   * line starting at the name's left edge, just below it, that holds only a business word.
   */
  private static String wrappedSuffix(TextLine name, List<TextLine> top) {
    float x0 = name.cells().get(0).x0();
    for (TextLine l : top) {
      if (l.y() <= name.y() || l.y() > name.y() + 3 * name.height()) continue;
      TextLine.Cell first = l.cells().get(0);
      if (Math.abs(first.x0() - x0) <= 2 && NAME_SUFFIX.matcher(first.text().strip()).matches()) {
        return " " + first.text().strip();
      }
    }
    return "";
  }

  /** The first cell of a line when it can be a business name, without a trailing "Invoice". */
  private static String nameOf(TextLine line) {
    String t = line.cells().get(0).text().strip();
    t =
        t.replaceAll(
            "(?i)\\s*[-|:]?\\s*(invoice|receipt|statement|buyer'?s? (invoice|receipt))$", "");
    long letters = t.chars().filter(Character::isLetter).count();
    if (letters < 3 || letters < t.length() / 2 || NOT_A_NAME.matcher(t).find()) return null;
    if (GENERIC_TITLE.matcher(t).matches()) return null;
    if (InvoiceDates.find(t).isPresent()
        || t.toLowerCase(Locale.ROOT)
            .matches(
                ".*\\b(street|st\\.|road|rd\\.|ave|avenue|suite|hwy|highway|drive|dr\\.|lane)\\b.*")) {
      return null;
    }
    return t;
  }
}

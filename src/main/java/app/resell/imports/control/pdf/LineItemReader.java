package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the lines of an invoice once and sorts each into an item, a skipped lot, an adjustment, an
 * invoice-level amount (subtotal, premium, tax, fee, total...), a wrapped description, or noise.
 *
 * <p>A heading row switches to column mode until the next heading; before any heading, lines are
 * read by token patterns. A line with a lot number and an amount is an item; one whose status says
 * voided/passed/withdrawn is skipped; one whose only amounts are negative is an adjustment; a line
 * without a lot whose short label names a charge is an invoice amount. A line with neither amount
 * nor lot, close below the previous lot and in its description column, continues that lot's
 * description. Charge lines printed between lots (a receipt with "Premium 18% 21.60" under each
 * lot) belong to the lot above them.
 */
final class LineItemReader {

  private static final Pattern STATUS_AS_STATUS =
      Pattern.compile(
          "\\b(VOID(ED)?|PASS(ED)?|WITHDRAWN|NO[ -]?SALE|NOT SOLD|UNSOLD|SCRATCHED|CANCELL?ED)\\b"
              + "|[(\\[]\\s*(?i:void(ed)?|passed|withdrawn|no sale|not sold|unsold)\\s*[)\\]]");
  private static final Pattern EMBEDDED_LOT =
      Pattern.compile(
          "(?i)^(?:lot|item|tag)\\s*(?:#|no\\.?)?\\s*([A-Z]{0,4}-?\\d[\\w-]{0,10})\\s*[-:.)]\\s*(.+)$"
              + "|^#\\s*([A-Z]{0,4}-?\\d[\\w-]{0,10})\\s*[-:.)]?\\s+(.+)$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TOTAL_WORD = Pattern.compile("(?i)\\btotal");

  /** An item being assembled from its first line and any continuation lines. */
  static final class Draft {
    final TextLine first;
    final String lot;
    final List<String> chargeLines = new ArrayList<>();
    final List<Part> description = new ArrayList<>();
    Integer quantity;
    BigDecimal unitPrice;
    BigDecimal bid;
    BigDecimal premium;
    BigDecimal tax;
    BigDecimal fees;
    BigDecimal printedTotal;
    float lastY;
    boolean mustReject; // set when it has no amount yet and is a lot for sure

    Draft(TextLine first, String lot) {
      this.first = first;
      this.lot = lot;
      this.lastY = first.y();
    }

    String descriptionText() {
      List<String> parts =
          description.stream()
              .sorted(java.util.Comparator.comparingDouble(Part::y))
              .map(Part::text)
              .toList();
      return SPACES.matcher(String.join(" ", parts)).replaceAll(" ").strip();
    }

    /** The printed lines of the lot in reading order, then any charge lines printed under it. */
    String rawText() {
      List<Part> lines =
          new ArrayList<>(description.stream().filter(p -> p.raw() != null).toList());
      lines.add(new Part(first.y(), first.text(), first.text()));
      lines.sort(java.util.Comparator.comparingDouble(Part::y));
      List<String> out = new ArrayList<>(lines.stream().map(Part::raw).toList());
      out.addAll(chargeLines);
      return String.join("\n", out);
    }
  }

  /** A piece of description, where it was printed and its whole line (null for the lot's row). */
  record Part(float y, String text, String raw) {}

  /** Description-only lines under a heading, waiting for the lot row they belong to. */
  static final class Waiting {
    int page;
    final List<Part> parts = new ArrayList<>();
  }

  /** An invoice-level amount line and how many items preceded it. */
  record Summary(SummaryLabel kind, String label, BigDecimal amount, int line, int itemsBefore) {}

  /** What the walk found. */
  record Result(
      List<Draft> items,
      List<SkippedLine> skipped,
      List<RejectedLine> rejected,
      List<InvoiceAdjustment> adjustments,
      List<Summary> summaries,
      boolean premiumPerLine,
      boolean taxPerLine) {}

  Result read(List<TextLine> lines, Set<Integer> furniture) {
    List<Draft> items = new ArrayList<>();
    List<SkippedLine> skipped = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    List<InvoiceAdjustment> adjustments = new ArrayList<>();
    List<Summary> summaries = new ArrayList<>();
    ColumnLayout layout = null;
    Draft last = null;
    Draft previous = null;
    Waiting pending = new Waiting();
    boolean premiumColumn = false;
    boolean taxColumn = false;

    for (int index = 0; index < lines.size(); index++) {
      TextLine line = lines.get(index);
      TextLine next = index + 1 < lines.size() ? lines.get(index + 1) : null;
      Optional<TextLine> twoLineHeading = ColumnLayout.joinHeadingRows(line, next);
      Optional<ColumnLayout> heading =
          twoLineHeading
              .flatMap(ColumnLayout::fromHeading)
              .or(() -> ColumnLayout.fromHeading(line));
      if (heading.isPresent() && twoLineHeading.flatMap(ColumnLayout::fromHeading).isPresent()) {
        index++; // the second heading row is consumed with the first
      }
      if (heading.isPresent()) {
        layout = heading.get();
        premiumColumn |= layout.has(Column.PREMIUM);
        taxColumn |= layout.has(Column.TAX);
        last = null;
        previous = null;
        pending.parts.clear();
        continue;
      }
      if (furniture.contains(line.number())) continue;
      ItemRow row = layout != null ? ItemRow.fromColumns(layout, line) : ItemRow.fromTokens(line);
      boolean lotless = layout != null && !layout.has(Column.LOT);
      boolean hasLot = row.lot() != null;
      Optional<String> status = status(row, line.text());

      if ((hasLot || (lotless && !row.text().isEmpty())) && status.isPresent()) {
        skipped.add(new SkippedLine(line.number(), line.text(), status.get()));
        Draft skippedLot = new Draft(line, row.lot()); // absorbs its wrapped description
        claimDescription(previous, pending, skippedLot);
        last = previous = skippedLot;
        continue;
      }
      Optional<SummaryLabel> kind =
          !hasLot && row.text().split("\\s+").length <= 8
              ? SummaryLabel.of(row.text())
              : Optional.empty();
      // Payments and balances are often printed in brackets; they are not credits.
      boolean paymentLike =
          kind.isPresent()
              && (kind.get() == SummaryLabel.PAYMENT || kind.get() == SummaryLabel.BALANCE);
      if (row.onlyCredits() && !paymentLike) {
        BigDecimal amount = lastNonZero(row.amounts());
        String what = (hasLot ? "Lot " + row.lot() + " " : "") + row.text();
        adjustments.add(new InvoiceAdjustment(line.number(), what.strip(), amount));
        last = null;
        continue;
      }
      if (!hasLot) {
        if (kind.isPresent() && !row.amounts().isEmpty()) {
          BigDecimal amount = row.amounts().get(row.amounts().size() - 1);
          if (paymentLike) amount = amount.abs();
          if (kind.get() == SummaryLabel.CREDIT && !TOTAL_WORD.matcher(row.text()).find()) {
            adjustments.add(
                new InvoiceAdjustment(line.number(), row.text(), amount.abs().negate()));
          } else {
            summaries.add(new Summary(kind.get(), row.text(), amount, line.number(), items.size()));
          }
          last = null;
          continue;
        }
        if (lotless && row.bid() != null && !row.text().isEmpty() && kind.isEmpty()) {
          last = item(line, row, items, rejected, previous, pending);
          previous = last == null ? previous : last;
          continue;
        }
        if (row.amounts().isEmpty() && continues(last, line, layout)) {
          continueDescription(last, line);
          continue;
        }
        if (fillsWrappedCells(last, line, row)) continue;
        if (row.amounts().isEmpty()
            && last == null
            && layout != null
            && layout.onlyDescription(line)) {
          if (pending.page != line.page()) pending.parts.clear();
          pending.page = line.page();
          pending.parts.add(new Part(line.y(), row.text(), line.text()));
          continue;
        }
        // After the totals, stray numbers (a PO box, a phone extension) are not lost lots.
        boolean inTable =
            summaries.isEmpty() || summaries.get(summaries.size() - 1).itemsBefore() < items.size();
        if (layout != null && row.bid() != null && !row.text().isEmpty() && inTable) {
          rejected.add(new RejectedLine(line.number(), line.text(), "amount without a lot number"));
        }
        continue;
      }
      // A lot row without an amount is kept open: its amount may follow on a wrapped line.
      Draft lot = item(line, row, items, rejected, previous, pending);
      if (lot != null && !hasAmount(lot)) {
        lot.mustReject = layout != null || row.lotPrefixed();
      }
      last = lot;
      previous = last == null ? previous : last;
    }
    attachChargesBetweenLots(items, summaries);
    dropLotsWithoutAmount(items, rejected, summaries);
    boolean premiumPerLine = premiumColumn || items.stream().anyMatch(d -> d.premium != null);
    boolean taxPerLine = taxColumn || items.stream().anyMatch(d -> d.tax != null);
    return new Result(items, skipped, rejected, adjustments, summaries, premiumPerLine, taxPerLine);
  }

  private static Draft item(
      TextLine line,
      ItemRow row,
      List<Draft> items,
      List<RejectedLine> rejected,
      Draft previous,
      Waiting pending) {
    String lot = row.lot();
    String text = row.text();
    Matcher embedded = EMBEDDED_LOT.matcher(text);
    if (lot == null && embedded.matches()) {
      // "Lot 14 - Cast iron doorstop" in an Item column: only with an explicit "Lot"/"#" prefix,
      // since a bare leading number is as often part of the title ("1920s dresser").
      int g = embedded.group(1) != null ? 1 : 3;
      lot = LotText.lot(embedded.group(g)).orElse(null);
      text = lot == null ? text : embedded.group(g + 1);
    }
    Draft d = new Draft(line, lot);
    if (row.quantityText() != null && !row.quantityText().isBlank()) {
      String q = row.quantityText().replaceAll("(?i)\\s*(x|pcs|pc|ea)$", "").strip();
      if (!q.matches("\\d{1,5}") || Integer.parseInt(q) == 0) {
        rejected.add(
            new RejectedLine(
                line.number(),
                line.text(),
                "quantity '" + row.quantityText() + "' is not a count"));
        return null;
      }
      d.quantity = Integer.parseInt(q);
    }
    d.unitPrice = row.unitPrice();
    d.bid = row.bid();
    d.premium = row.premium();
    d.tax = row.tax();
    d.printedTotal = row.total();
    if (!text.isEmpty()) d.description.add(new Part(line.y(), text, null));
    claimDescription(previous, pending, d);
    items.add(d);
    return d;
  }

  /**
   * Tables whose cells are vertically centred print part of a wrapped description above the lot's
   * own baseline. Those lines were either kept waiting (right under a heading) or taken as the
   * previous lot's continuation; they belong to this lot when they sit closer to its row than to
   * the line above them. Evenly spaced lines stay with the lot above, as in top-aligned tables.
   */
  private static void claimDescription(Draft previous, Waiting pending, Draft current) {
    float y = current.first.y();
    float lineGap = 1.6f * current.first.height();
    if (!pending.parts.isEmpty()) {
      boolean chained = pending.page == current.first.page();
      for (int i = pending.parts.size() - 1; i >= 0 && chained; i--) {
        chained = y - pending.parts.get(i).y() <= lineGap;
        y = pending.parts.get(i).y();
      }
      if (chained) current.description.addAll(pending.parts);
      pending.parts.clear();
      if (chained) return;
    }
    if (previous == null || previous.first.page() != current.first.page()) return;
    List<Part> parts = new ArrayList<>(previous.description);
    parts.sort(java.util.Comparator.comparingDouble(Part::y));
    float below = current.first.y();
    float tolerance = 0.1f * current.first.height();
    for (int k = parts.size() - 1; k >= 0; k--) {
      Part p = parts.get(k);
      if (p.y() <= previous.first.y()) break;
      float above = k == 0 ? previous.first.y() : parts.get(k - 1).y();
      if (below - p.y() >= (p.y() - above) - tolerance) break;
      previous.description.remove(p);
      current.description.add(p);
      below = p.y();
    }
  }

  /**
   * A narrow amount column can wrap too ("USD" on the lot's row, "109.00" below it). A lot-less
   * line close under a lot whose amounts only fill that lot's empty columns completes the lot.
   */
  private static boolean fillsWrappedCells(Draft last, TextLine line, ItemRow row) {
    if (last == null || last.lot == null || line.page() != last.first.page()) return false;
    if (line.y() - last.lastY > 1.6f * line.height() || row.amounts().isEmpty()) return false;
    boolean fits =
        (row.bid() == null || last.bid == null)
            && (row.premium() == null || last.premium == null)
            && (row.tax() == null || last.tax == null)
            && (row.total() == null || last.printedTotal == null)
            && (row.unitPrice() == null || last.unitPrice == null)
            && row.amounts().size()
                == count(row.bid(), row.premium(), row.tax(), row.total(), row.unitPrice());
    if (!fits) return false;
    if (row.bid() != null) last.bid = row.bid();
    if (row.premium() != null) last.premium = row.premium();
    if (row.tax() != null) last.tax = row.tax();
    if (row.total() != null) last.printedTotal = row.total();
    if (row.unitPrice() != null) last.unitPrice = row.unitPrice();
    last.description.add(new Part(line.y(), row.text(), line.text()));
    last.lastY = line.y();
    return true;
  }

  private static int count(Object... values) {
    int n = 0;
    for (Object v : values) if (v != null) n++;
    return n;
  }

  private static boolean hasAmount(Draft d) {
    return d.bid != null || d.unitPrice != null || d.printedTotal != null;
  }

  /**
   * Lots whose amount never came: rejected when they are lots for sure (a table row, "Lot 12",
   * "#12"), dropped otherwise, since outside a table a leading number is as often a street number.
   * Summary positions are recounted over the remaining items.
   */
  private static void dropLotsWithoutAmount(
      List<Draft> items, List<RejectedLine> rejected, List<Summary> summaries) {
    int[] kept = new int[items.size() + 1];
    for (int i = 0; i < items.size(); i++) {
      kept[i + 1] = kept[i] + (hasAmount(items.get(i)) ? 1 : 0);
    }
    for (Draft d : items) {
      if (!hasAmount(d) && d.mustReject) {
        rejected.add(new RejectedLine(d.first.number(), d.rawText(), "no bid amount on the line"));
      }
    }
    rejected.sort(java.util.Comparator.comparingInt(RejectedLine::line));
    summaries.replaceAll(
        s -> new Summary(s.kind(), s.label(), s.amount(), s.line(), kept[s.itemsBefore()]));
    items.removeIf(d -> !hasAmount(d));
  }

  private static boolean continues(Draft last, TextLine line, ColumnLayout layout) {
    if (last == null || line.page() != last.first.page()) return false;
    if (line.y() - last.lastY > 2.6f * line.height()) return false;
    return layout == null || layout.onlyDescription(line);
  }

  private static void continueDescription(Draft last, TextLine line) {
    String text = line.text();
    Optional<LotText.QtyAt> qtyAt = LotText.qtyAt(text);
    if (qtyAt.isPresent() && last.quantity == null) {
      last.quantity = qtyAt.get().quantity();
      last.unitPrice = qtyAt.get().unitPrice();
      text = text.replace(qtyAt.get().matched(), "").strip();
    }
    last.description.add(new Part(line.y(), text, line.text()));
    last.lastY = line.y();
  }

  /**
   * A status word only counts when it is printed as a status: in a status column, on a line with no
   * positive amount, in capitals, or in brackets. "Passed down walnut chest" stays an item.
   */
  private static Optional<String> status(ItemRow row, String text) {
    if (row.status() != null) {
      Optional<String> s = LotText.status(row.status());
      if (s.isPresent()) return s;
    }
    Optional<String> s = LotText.status(text);
    if (s.isEmpty()) return s;
    if (!row.hasPositiveAmount()) return s;
    Matcher caps = STATUS_AS_STATUS.matcher(text);
    return caps.find() ? s : Optional.empty();
  }

  private static BigDecimal lastNonZero(List<BigDecimal> amounts) {
    for (int i = amounts.size() - 1; i >= 0; i--) {
      if (amounts.get(i).signum() != 0) return amounts.get(i);
    }
    return amounts.get(amounts.size() - 1);
  }

  /**
   * Premium, tax and fee lines printed among the lots are the lot's own charges. The same kind
   * printed right after the last lot, before any other invoice amount, is the last lot's too when
   * earlier lots had theirs.
   */
  private static void attachChargesBetweenLots(List<Draft> items, List<Summary> summaries) {
    List<Summary> attached = new ArrayList<>();
    java.util.EnumSet<SummaryLabel> perLotKinds = java.util.EnumSet.noneOf(SummaryLabel.class);
    for (Summary s : summaries) {
      if (isCharge(s) && s.itemsBefore() > 0 && s.itemsBefore() < items.size()) {
        attached.add(s);
        perLotKinds.add(s.kind());
      }
    }
    boolean otherSeen = false;
    for (Summary s : summaries) {
      if (s.itemsBefore() != items.size() || items.isEmpty()) continue;
      if (!perLotKinds.contains(s.kind())) otherSeen = true;
      else if (!otherSeen) attached.add(s);
    }
    for (Summary s : attached) {
      Draft d = items.get(s.itemsBefore() - 1);
      switch (s.kind()) {
        case PREMIUM -> d.premium = add(d.premium, s.amount());
        case TAX -> d.tax = add(d.tax, s.amount());
        default -> d.fees = add(d.fees, s.amount());
      }
      d.chargeLines.add(s.label() + " " + s.amount().toPlainString());
    }
    summaries.removeAll(attached);
  }

  private static boolean isCharge(Summary s) {
    return s.kind() == SummaryLabel.PREMIUM
        || s.kind() == SummaryLabel.TAX
        || s.kind() == SummaryLabel.FEE;
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null ? b : a.add(b);
  }
}

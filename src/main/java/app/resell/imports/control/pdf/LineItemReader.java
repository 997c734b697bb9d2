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
 * description ({@link WrappedLines} decides which lot a wrapped line belongs to). Charge lines
 * printed between lots (a receipt with "Premium 18% 21.60" under each lot) belong to the lot above
 * them. A heading wrapped over two lines is joined first ({@link ColumnLayout#joinHeadingRows}).
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
  private static final Pattern TOTAL_WORD = Pattern.compile("(?i)\\btotal");

  /** An invoice-level amount line and how many items preceded it. */
  record Summary(SummaryLabel kind, String label, BigDecimal amount, int line, int itemsBefore) {}

  /** What the walk found. */
  record Result(
      List<ItemDraft> items,
      List<SkippedLine> skipped,
      List<RejectedLine> rejected,
      List<InvoiceAdjustment> adjustments,
      List<Summary> summaries,
      boolean premiumPerLine,
      boolean taxPerLine,
      boolean shippingPerLine,
      boolean combinedColumn) {}

  Result read(List<TextLine> lines, Set<Integer> furniture) {
    List<ItemDraft> items = new ArrayList<>();
    List<SkippedLine> skipped = new ArrayList<>();
    List<RejectedLine> rejected = new ArrayList<>();
    List<InvoiceAdjustment> adjustments = new ArrayList<>();
    List<Summary> summaries = new ArrayList<>();
    ColumnLayout layout = null;
    ItemDraft last = null;
    ItemDraft previous = null;
    WrappedLines.Waiting pending = new WrappedLines.Waiting();
    Set<Integer> lotEnds = new java.util.HashSet<>();
    TextLine above = null;
    ItemRow aboveRow = null;
    boolean premiumColumn = false;
    boolean taxColumn = false;
    boolean shippingColumn = false;
    boolean combinedColumn = false;
    boolean amountsApart = false;
    List<RejectedLine> apart = new ArrayList<>();

    for (int index = 0; index < lines.size(); index++) {
      TextLine line = lines.get(index);
      TextLine next = index + 1 < lines.size() ? lines.get(index + 1) : null;
      TextLine third = index + 2 < lines.size() ? lines.get(index + 2) : null;
      Optional<TextLine> twoLineHeading = ColumnLayout.joinHeadingRows(line, next);
      // headings wrapped above and below a middle row ("Sales" / "Item Title Price" / "Tax")
      Optional<ColumnLayout> threeRowsRead =
          twoLineHeading
              .flatMap(joined -> ColumnLayout.joinHeadingRows(joined, third))
              .flatMap(ColumnLayout::fromHeading);
      Optional<ColumnLayout> twoRowsRead = twoLineHeading.flatMap(ColumnLayout::fromHeading);
      Optional<ColumnLayout> oneRow = ColumnLayout.fromHeading(line);
      // a heading complete on its own line keeps it when the line below (a category heading
      // such as "FURNITURE" under "Lot") would make one of its columns unknown
      int known = oneRow.map(ColumnLayout::known).orElse(0);
      Optional<ColumnLayout> threeRows = threeRowsRead.filter(l -> l.known() >= known);
      Optional<ColumnLayout> twoRows = twoRowsRead.filter(l -> l.known() >= known);
      Optional<ColumnLayout> heading = threeRows.or(() -> twoRows).or(() -> oneRow);
      if (threeRows.isPresent()) index += 2; // the rows below are consumed with the first
      else if (twoRows.isPresent()) index++;
      if (heading.isPresent()) {
        layout = heading.get();
        premiumColumn |= layout.has(Column.PREMIUM);
        taxColumn |= layout.has(Column.TAX);
        shippingColumn |= layout.has(Column.SHIPPING);
        combinedColumn |= layout.has(Column.BID_PREMIUM);
        last = null;
        previous = null;
        pending.parts.clear();
        amountsApart = false;
        continue;
      }
      if (ColumnLayout.headsAmountsOnly(line)) {
        layout = null;
        last = null;
        amountsApart = true;
        continue;
      }
      if (furniture.contains(line.number()) || lotEnds.contains(line.number())) continue;
      if (layout == null && WrappedLines.continuesUnderDescription(last, line)) {
        WrappedLines.continueDescription(last, line);
        continue;
      }
      ItemRow row = layout != null ? ItemRow.fromColumns(layout, line) : ItemRow.fromTokens(line);
      if (amountsApart && !row.amounts().isEmpty()) {
        apart.add(
            new RejectedLine(
                line.number(), line.text(), "amounts printed apart from their lots (a new page)"));
        continue;
      }
      boolean wrappedLot = false;
      if (layout != null && row.lot() == null) {
        ItemRow joined = WrappedLines.wrappedLot(layout, row, line, lines, index, lotEnds);
        wrappedLot = joined != row;
        row = joined;
      }
      boolean lotless = layout != null && !layout.has(Column.LOT);
      boolean hasLot = row.lot() != null;
      Optional<String> status = status(row, line.text());

      if ((hasLot || (lotless && !row.text().isEmpty())) && status.isPresent()) {
        skipped.add(new SkippedLine(line.number(), line.text(), status.get()));
        ItemDraft skippedLot = new ItemDraft(line, row.lot()); // absorbs its wrapped description
        WrappedLines.claimDescription(previous, pending, skippedLot);
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
        if (kind.isPresent()
            && kind.get() == SummaryLabel.CARRIED
            && (!row.amounts().isEmpty() || row.text().split("\\s+").length <= 5)) {
          continue; // "Brought forward 1,234.00", "Continued on next page"
        }
        if (kind.isPresent() && !row.amounts().isEmpty()) {
          BigDecimal amount = row.amounts().get(row.amounts().size() - 1);
          if (paymentLike) amount = amount.abs();
          if (kind.get() == SummaryLabel.CREDIT && !TOTAL_WORD.matcher(row.text()).find()) {
            adjustments.add(
                new InvoiceAdjustment(line.number(), row.text(), amount.abs().negate()));
          } else {
            Summary summary =
                new Summary(kind.get(), row.text(), amount, line.number(), items.size());
            summaries.add(summary);
            // a lot's charge line inside its block ("Premium 4.00" in a box beside the title)
            // does not end the lot: its title may go on below it
            if (isCharge(summary) && layout == null) continue;
          }
          last = null;
          continue;
        }
        if (lotless && row.bid() != null && !row.text().isEmpty() && kind.isEmpty()) {
          last = item(line, row, items, rejected, previous, pending);
          previous = last == null ? previous : last;
          continue;
        }
        if (row.amounts().isEmpty() && WrappedLines.continues(last, line, layout)) {
          WrappedLines.continueDescription(last, line);
          continue;
        }
        if (layout != null
            && !row.amounts().isEmpty()
            && WrappedLines.nearerNextLot(last, line, lines, index, layout)) {
          above = line; // the next lot's amounts, printed above its line
          aboveRow = row;
          continue;
        }
        if (WrappedLines.fillsWrappedCells(last, line, row)) continue;
        if (row.amounts().isEmpty() && layout != null && layout.groupHeading(line)) {
          pending.parts.clear(); // a heading of the lots below, no lot's text
          last = null;
          continue;
        }
        // text that continues no lot above waits for the lot below (a title printed above its
        // lot's line, at the top of a page too); the next lot takes it only if it is close
        if (row.amounts().isEmpty() && layout != null && layout.onlyDescription(line)) {
          if (pending.page != line.page()) pending.parts.clear();
          pending.page = line.page();
          pending.parts.add(new WrappedLines.Part(line.y(), row.text(), line.text()));
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
      if (!wrappedLot && WrappedLines.numberContinues(last, line, row)) {
        WrappedLines.continueDescription(last, line);
        continue;
      }
      // A lot row without an amount is kept open: its amount may follow on a wrapped line.
      ItemDraft lot = item(line, row, items, rejected, previous, pending);
      if (lot != null && wrappedLot) {
        // the lot id's last piece, printed below: part of the lot's raw text, not of its title
        for (int k = index + 1; k < Math.min(lines.size(), index + 3); k++) {
          TextLine tail = lines.get(k);
          if (lotEnds.contains(tail.number())) {
            String words = layout.split(tail).getOrDefault(Column.DESCRIPTION, "");
            lot.description.add(new WrappedLines.Part(tail.y(), words, tail.text()));
          }
        }
      }
      if (above != null && !WrappedLines.fillsFromAbove(lot, above, aboveRow)) {
        rejected.add(new RejectedLine(above.number(), above.text(), "amount without a lot number"));
      }
      above = null;
      if (lot != null && !hasAmount(lot)) {
        lot.mustReject = layout != null || row.lotPrefixed();
      }
      last = lot;
      previous = last == null ? previous : last;
    }
    // one row under "Subtotal | Premium | Tax | Total" is a totals box; rows of them are the
    // columns of a sheet printed too wide for its page
    if (apart.size() >= 2) rejected.addAll(apart);
    attachChargesBetweenLots(items, summaries);
    dropTotalOfLotFees(items, summaries);
    dropLotsWithoutAmount(items, rejected, summaries);
    boolean premiumPerLine = premiumColumn || items.stream().anyMatch(d -> d.premium != null);
    boolean taxPerLine = taxColumn || items.stream().anyMatch(d -> d.tax != null);
    boolean shippingPerLine = shippingColumn || items.stream().anyMatch(d -> d.shipping != null);
    return new Result(
        items,
        skipped,
        rejected,
        adjustments,
        summaries,
        premiumPerLine,
        taxPerLine,
        shippingPerLine,
        combinedColumn);
  }

  private static ItemDraft item(
      TextLine line,
      ItemRow row,
      List<ItemDraft> items,
      List<RejectedLine> rejected,
      ItemDraft previous,
      WrappedLines.Waiting pending) {
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
    ItemDraft d = new ItemDraft(line, lot);
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
    d.shipping = row.shipping();
    d.fees = row.fees();
    d.taxable = row.taxable();
    d.printedTotal = row.total();
    if (!text.isEmpty()) d.description.add(new WrappedLines.Part(line.y(), text, null));
    WrappedLines.claimDescription(previous, pending, d);
    items.add(d);
    return d;
  }

  private static boolean hasAmount(ItemDraft d) {
    return d.bid != null || d.unitPrice != null || d.printedTotal != null;
  }

  /**
   * Lots whose amount never came: rejected when they are lots for sure (a table row, "Lot 12",
   * "#12"), dropped otherwise, since outside a table a leading number is as often a street number.
   * Summary positions are recounted over the remaining items.
   */
  private static void dropLotsWithoutAmount(
      List<ItemDraft> items, List<RejectedLine> rejected, List<Summary> summaries) {
    int[] kept = new int[items.size() + 1];
    for (int i = 0; i < items.size(); i++) {
      kept[i + 1] = kept[i] + (hasAmount(items.get(i)) ? 1 : 0);
    }
    for (ItemDraft d : items) {
      if (!hasAmount(d) && d.mustReject) {
        rejected.add(new RejectedLine(d.first.number(), d.rawText(), "no bid amount on the line"));
      }
    }
    rejected.sort(java.util.Comparator.comparingInt(RejectedLine::line));
    summaries.replaceAll(
        s -> new Summary(s.kind(), s.label(), s.amount(), s.line(), kept[s.itemsBefore()]));
    items.removeIf(d -> !hasAmount(d));
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
  private static void attachChargesBetweenLots(List<ItemDraft> items, List<Summary> summaries) {
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
      ItemDraft d = items.get(s.itemsBefore() - 1);
      switch (s.kind()) {
        case PREMIUM -> d.premium = add(d.premium, s.amount());
        case TAX -> d.tax = add(d.tax, s.amount());
        case SHIPPING -> d.shipping = add(d.shipping, s.amount());
        default -> d.fees = add(d.fees, s.amount());
      }
      d.chargeLines.add(s.label() + " " + s.amount().toPlainString());
    }
    summaries.removeAll(attached);
  }

  /**
   * "Lot Fees 64.00" under a table whose lots each print their fee is the total of those fees, not
   * one more fee for the invoice.
   */
  private static void dropTotalOfLotFees(List<ItemDraft> items, List<Summary> summaries) {
    if (items.stream().allMatch(d -> d.fees == null)) return;
    BigDecimal lotFees =
        items.stream()
            .map(d -> d.fees)
            .filter(f -> f != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    summaries.removeIf(s -> s.kind() == SummaryLabel.FEE && s.amount().compareTo(lotFees) == 0);
  }

  private static boolean isCharge(Summary s) {
    return s.kind() == SummaryLabel.PREMIUM
        || s.kind() == SummaryLabel.TAX
        || s.kind() == SummaryLabel.SHIPPING
        || s.kind() == SummaryLabel.FEE;
  }

  private static BigDecimal add(BigDecimal a, BigDecimal b) {
    return a == null ? b : a.add(b);
  }
}

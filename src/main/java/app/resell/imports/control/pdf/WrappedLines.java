package app.resell.imports.control.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Descriptions and amounts that wrap onto following lines, and the lines printed above a lot's own
 * row by tables with vertically centred cells. Kept apart from the line classification because it
 * is all about vertical geometry: which lot a line of text belongs to.
 */
final class WrappedLines {

  private WrappedLines() {}

  /** A piece of description, where it was printed and its whole line (null for the lot's row). */
  record Part(float y, String text, String raw) {}

  /** Description-only lines under a heading, waiting for the lot row they belong to. */
  static final class Waiting {
    int page;
    final List<Part> parts = new ArrayList<>();
  }

  /**
   * Tables whose cells are vertically centred print part of a wrapped description above the lot's
   * own baseline. Those lines were either kept waiting (right under a heading) or taken as the
   * previous lot's continuation; they belong to this lot when they sit closer to its row than to
   * the line above them. Evenly spaced lines stay with the lot above, as in top-aligned tables.
   */
  static void claimDescription(ItemDraft previous, Waiting pending, ItemDraft current) {
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
    if (current.first.y() < previous.first.y()) return; // the next column of a two-column page
    List<Part> parts = new ArrayList<>(previous.description);
    parts.sort(Comparator.comparingDouble(Part::y));
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
  static boolean fillsWrappedCells(ItemDraft last, TextLine line, ItemRow row) {
    if (last == null || last.lot == null || line.page() != last.first.page()) return false;
    if (line.y() < last.lastY) return false;
    if (line.y() - last.lastY > 1.6f * line.height() || row.amounts().isEmpty()) return false;
    return fill(last, line, row);
  }

  /**
   * Vertically centred cells: amounts printed on a line just above their lot's line (a one-line
   * cell centred beside a two-line title) fill the lot's empty columns when the lot is read.
   */
  static boolean fillsFromAbove(ItemDraft lot, TextLine above, ItemRow row) {
    if (lot == null || lot.lot == null || above.page() != lot.first.page()) return false;
    float gap = lot.first.y() - above.y();
    if (gap <= 0 || gap > 1.6f * above.height() || row.amounts().isEmpty()) return false;
    return fill(lot, above, row);
  }

  /**
   * Whether a lot-less line of amounts in a table sits nearer the next lot's line below it than the
   * lot above: in a table whose cells are centred, its amounts are the next lot's.
   */
  static boolean nearerNextLot(
      ItemDraft last, TextLine line, List<TextLine> lines, int index, ColumnLayout layout) {
    for (int k = index + 1; k < Math.min(lines.size(), index + 3); k++) {
      TextLine next = lines.get(k);
      if (next.page() != line.page()) return false;
      if (ItemRow.fromColumns(layout, next).lot() == null) continue;
      float below = next.y() - line.y();
      if (below > 1.6f * line.height()) return false;
      return last == null || last.first.page() != line.page() || below < line.y() - last.lastY;
    }
    return false;
  }

  private static boolean fill(ItemDraft last, TextLine line, ItemRow row) {
    boolean fits =
        (row.bid() == null || last.bid == null)
            && (row.premium() == null || last.premium == null)
            && (row.tax() == null || last.tax == null)
            && (row.total() == null || last.printedTotal == null)
            && (row.unitPrice() == null || last.unitPrice == null)
            && (row.shipping() == null || last.shipping == null)
            && (row.quantityText() == null
                || (last.quantity == null && row.quantityText().strip().matches("\\d{1,5}")))
            && row.amounts().size()
                == count(
                    row.bid(),
                    row.premium(),
                    row.tax(),
                    row.total(),
                    row.unitPrice(),
                    row.shipping());
    if (!fits) return false;
    if (row.quantityText() != null) last.quantity = Integer.valueOf(row.quantityText().strip());
    if (row.shipping() != null) last.shipping = row.shipping();
    if (row.bid() != null) last.bid = row.bid();
    if (row.premium() != null) last.premium = row.premium();
    if (row.tax() != null) last.tax = row.tax();
    if (row.total() != null) last.printedTotal = row.total();
    if (row.unitPrice() != null) last.unitPrice = row.unitPrice();
    last.description.add(new Part(line.y(), row.text(), line.text()));
    last.lastY = Math.max(last.lastY, line.y());
    return true;
  }

  private static int count(Object... values) {
    int n = 0;
    for (Object v : values) if (v != null) n++;
    return n;
  }

  /**
   * A wrapped line that starts with a number ("12 in. tall", "1920", "18 figures") is no lot when
   * it has no amount, follows right under a lot that has its amount, and the number is not shaped
   * like that lot's number ("0094", "R3-186-2" or "211-4" above "12"): lots of one invoice share a
   * shape, the numbers inside descriptions do not.
   */
  static boolean numberContinues(ItemDraft last, TextLine line, ItemRow row) {
    if (last == null || last.lot == null || row.lot() == null || row.lotPrefixed()) return false;
    if (!row.amounts().isEmpty() || row.quantityText() != null) return false;
    if (last.bid == null && last.unitPrice == null && last.printedTotal == null) return false;
    if (line.page() != last.first.page() || line.y() < last.lastY) return false;
    if (line.y() - last.lastY > 1.6f * line.height()) return false;
    return !shape(row.lot()).equals(shape(last.lot));
  }

  /** "0094" -> "0999", "R3-186-2" -> "A9-999-9", "12" and "12A" -> "99" (a suffix is no shape). */
  private static String shape(String lot) {
    if (lot.matches(".*\\d[A-Za-z]{1,2}")) lot = lot.replaceAll("[A-Za-z]{1,2}$", "");
    String rest = lot.substring(1).replaceAll("\\d", "9").replaceAll("[A-Za-z]", "A");
    char first = lot.charAt(0);
    String head =
        first == '0' ? "0" : Character.isDigit(first) ? "9" : Character.isLetter(first) ? "A" : "-";
    return head + rest;
  }

  static boolean continues(ItemDraft last, TextLine line, ColumnLayout layout) {
    if (last == null || line.page() != last.first.page()) return false;
    // Below the lot, not too far, and not back up at the top of the next column.
    if (line.y() < last.lastY || line.y() - last.lastY > 2.6f * line.height()) return false;
    return layout == null || layout.onlyDescription(line);
  }

  /**
   * A wrapped description whose next line begins with a number ("service for" / "12", "lot of" /
   * "18 figures") reads like an amount without a lot. It is the description's continuation when it
   * is one cell printed where the lot's description starts, close under the lot, with no money in
   * it (no decimals): a wrapped amount sits under its own column, to the right.
   */
  static boolean continuesUnderDescription(ItemDraft last, TextLine line) {
    if (line.cells().size() != 1 || MONEY.matcher(line.text()).find()) return false;
    if (!continues(last, line, null) || prefixedLot(line)) return false;
    float x = line.cells().get(0).x0();
    float tolerance = 0.3f * line.height();
    for (TextLine.Cell c : last.first.cells()) {
      if (c.text().strip().equals(last.lot) || !LETTER.matcher(c.text()).find()) continue;
      return Math.abs(c.x0() - x) <= tolerance;
    }
    return false;
  }

  /** "Lot: 46", "Lot # 46": a line that announces a lot never continues the one above. */
  private static boolean prefixedLot(TextLine line) {
    List<TextLine.Word> words = line.words();
    return words.size() >= 2
        && LotText.isLotPrefix(words.get(0).text())
        && LotText.lot(words.get(1).text().replaceAll("[.:)]$", "")).isPresent();
  }

  private static final Pattern MONEY = Pattern.compile("\\d[.,]\\d{2}\\b");
  private static final Pattern LETTER = Pattern.compile("\\p{L}{2}");
  private static final Pattern CURRENCY_CELL = Pattern.compile("(?i)USD|US\\$|\\$|CAD|EUR|GBP");

  static void continueDescription(ItemDraft last, TextLine line) {
    // a currency code wrapped under its amount ("1,100.00" / "USD") is no part of the title
    String text =
        String.join(
            " ",
            line.cells().stream()
                .map(TextLine.Cell::text)
                .filter(t -> !CURRENCY_CELL.matcher(t.strip()).matches())
                .toList());
    Optional<LotText.QtyAt> qtyAt = LotText.qtyAt(text);
    if (qtyAt.isPresent() && last.quantity == null) {
      last.quantity = qtyAt.get().quantity();
      last.unitPrice = qtyAt.get().unitPrice();
      text = text.replace(qtyAt.get().matched(), "").strip();
    }
    last.description.add(new Part(line.y(), text, line.text()));
    last.lastY = Math.max(last.lastY, line.y());
  }

  /**
   * A lot id too long for its narrow column, broken after a hyphen: "R2-105-" on this line, "3" on
   * a line a little below with no amount (perhaps the title's last words beside it), the lot's
   * title and amounts between or beside them. Answers the row with the joined lot and its fragment
   * out of the title, and adds the continuation's line number to {@code consumed}; the row as it
   * was when the lot is not so broken.
   */
  static ItemRow wrappedLot(
      ColumnLayout layout,
      ItemRow row,
      TextLine line,
      List<TextLine> lines,
      int index,
      java.util.Set<Integer> consumed) {
    String head = layout.split(line).get(Column.LOT);
    if (head == null || !head.endsWith("-") || head.contains(" ")) return row;
    for (int k = index + 1; k < Math.min(lines.size(), index + 3); k++) {
      TextLine below = lines.get(k);
      if (below.page() != line.page() || below.y() - line.y() > 2.5f * line.height()) break;
      java.util.Map<Column, String> parts = layout.split(below);
      String tail = parts.get(Column.LOT);
      boolean onlyText =
          parts.keySet().stream().allMatch(c -> c == Column.LOT || c == Column.DESCRIPTION);
      if (tail == null || !onlyText || tail.contains(" ")) continue;
      Optional<String> lot = LotText.lot(head + tail);
      if (lot.isEmpty()) return row;
      consumed.add(below.number());
      return row.withLot(lot.get(), row.text().replace(head, "").strip());
    }
    return row;
  }
}

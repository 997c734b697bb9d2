package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roles by arithmetic, headings as hints: decides which printed amount of a lot is its hammer,
 * premium, tax, shipping or line total by checking the numbers, not only the headings above them.
 *
 * <p>The amounts read from each line sit in five slots (what the headings, or the token order of a
 * table without headings, made of them). When the lines under that reading do not reconcile (see
 * {@link RoleCheck}), every other assignment of the slots to roles is tried, including a combined
 * "bid + premium" column from which the hammer is derived with the premium rate; the first one, in
 * order of fewest slots moved, under which every line is consistent and every printed invoice
 * figure it can be compared with matches is kept. When none does, the headings stand and the totals
 * check reports the difference, so the job ends {@code needs_review}.
 */
final class AmountRoles {

  /** Where a line's amounts were put by the headings or the token order. */
  enum Slot {
    BID,
    PREMIUM,
    TAX,
    SHIPPING,
    TOTAL
  }

  /** What an amount can be. */
  enum Role {
    HAMMER,
    PREMIUM,
    TAX,
    SHIPPING,
    TOTAL,
    BID_PLUS_PREMIUM
  }

  private AmountRoles() {}

  /**
   * Reassigns the drafts' amounts when another assignment reconciles and the headings' does not;
   * answers the result with its per-line flags recomputed, or the same result.
   */
  static LineItemReader.Result reconcile(
      LineItemReader.Result read, InvoiceAmounts printed, HeaderReader.Fields fields) {
    Optional<LineItemReader.Result> found = reconciled(read, printed, fields);
    if (found.isPresent()) return found.get();
    List<ItemDraft> moved = totalsReadAsCharges(read.items());
    if (moved.isEmpty()) return read;
    found = reconciled(read, printed, fields);
    if (found.isPresent()) return found.get();
    for (ItemDraft d : moved) {
      d.printedTotal = d.premium;
      d.premium = null;
    }
    return read;
  }

  /**
   * A column has one role on every line. A line of two amounts without headings puts the second in
   * the total slot when it is at least the first and in the premium slot when it is less, so a
   * charge column whose amount exceeds the hammer on a few cheap lots (shipping of 54.15 on a lot
   * knocked down at 1.00) splits over two slots and no assignment can reconcile. When both kinds of
   * two-amount line are present, the totals are moved to the premium slot, to be tried as a charge;
   * answers the drafts moved (empty when the lines are not so split).
   */
  private static List<ItemDraft> totalsReadAsCharges(List<ItemDraft> drafts) {
    List<ItemDraft> asTotal = new ArrayList<>();
    boolean asCharge = false;
    for (ItemDraft d : drafts) {
      if (d.bid == null || d.tax != null || d.shipping != null) continue;
      if (d.premium == null && d.printedTotal != null) asTotal.add(d);
      else if (d.premium != null && d.printedTotal == null) asCharge = true;
    }
    if (!asCharge) return List.of();
    for (ItemDraft d : asTotal) {
      d.premium = d.printedTotal;
      d.printedTotal = null;
    }
    return asTotal;
  }

  private static Optional<LineItemReader.Result> reconciled(
      LineItemReader.Result read, InvoiceAmounts printed, HeaderReader.Fields fields) {
    List<ItemDraft> drafts = read.items();
    if (drafts.isEmpty() || !RoleCheck.printsAFigure(printed)) return Optional.empty();
    List<Slot> used = new ArrayList<>();
    for (Slot s : Slot.values()) {
      if (drafts.stream().anyMatch(d -> value(d, s) != null)) used.add(s);
    }
    Map<Slot, Role> headings = new EnumMap<>(Slot.class);
    used.forEach(s -> headings.put(s, Role.values()[s.ordinal()]));
    RoleCheck check = new RoleCheck(drafts, printed, fields, read.adjustments());
    Map<Slot, Role> preferred = headings;
    if (read.combinedColumn() && headings.containsKey(Slot.BID)) {
      preferred = new EnumMap<>(headings);
      preferred.put(Slot.BID, Role.BID_PLUS_PREMIUM);
    }
    if (check.reconciles(preferred)) return Optional.of(apply(read, check, preferred, headings));
    if (preferred != headings && check.reconciles(headings)) return Optional.of(read);
    return assignments(used).stream()
        .filter(a -> !a.equals(headings))
        .sorted(java.util.Comparator.comparingInt(a -> moved(a, headings)))
        .filter(check::reconciles)
        .findFirst()
        .map(a -> apply(read, check, a, headings));
  }

  static BigDecimal value(ItemDraft d, Slot s) {
    return switch (s) {
      case BID -> d.bid;
      case PREMIUM -> d.premium;
      case TAX -> d.tax;
      case SHIPPING -> d.shipping;
      case TOTAL -> d.printedTotal;
    };
  }

  private static int moved(Map<Slot, Role> a, Map<Slot, Role> headings) {
    int n = 0;
    for (Map.Entry<Slot, Role> e : a.entrySet()) if (headings.get(e.getKey()) != e.getValue()) n++;
    return n;
  }

  /** Every injective assignment of the used slots to roles with exactly one source of hammer. */
  private static List<Map<Slot, Role>> assignments(List<Slot> used) {
    List<Map<Slot, Role>> out = new ArrayList<>();
    extend(used, 0, new EnumMap<>(Slot.class), out);
    out.removeIf(
        a ->
            a.containsValue(Role.HAMMER) == a.containsValue(Role.BID_PLUS_PREMIUM)
                || (a.containsValue(Role.BID_PLUS_PREMIUM) && a.containsValue(Role.PREMIUM)));
    return out;
  }

  private static void extend(
      List<Slot> used, int i, Map<Slot, Role> partial, List<Map<Slot, Role>> out) {
    if (i == used.size()) {
      out.add(new EnumMap<>(partial));
      return;
    }
    for (Role r : Role.values()) {
      if (partial.containsValue(r)) continue;
      partial.put(used.get(i), r);
      extend(used, i + 1, partial, out);
      partial.remove(used.get(i));
    }
  }

  private static LineItemReader.Result apply(
      LineItemReader.Result read,
      RoleCheck check,
      Map<Slot, Role> chosen,
      Map<Slot, Role> headings) {
    if (chosen.equals(headings)) return read;
    for (ItemDraft d : read.items()) {
      RoleCheck.Priced p = check.price(d, chosen).orElseThrow();
      d.bid = p.hammer();
      d.premium = p.premium();
      d.tax = p.tax();
      d.shipping = p.shipping();
      d.printedTotal = p.total();
    }
    List<ItemDraft> items = read.items();
    return new LineItemReader.Result(
        items,
        read.skipped(),
        read.rejected(),
        read.adjustments(),
        read.summaries(),
        items.stream().anyMatch(d -> d.premium != null),
        items.stream().anyMatch(d -> d.tax != null),
        items.stream().anyMatch(d -> d.shipping != null),
        read.combinedColumn());
  }
}

package app.resell.imports.control.pdf;

import app.resell.imports.control.pdf.AmountRoles.Role;
import app.resell.imports.control.pdf.AmountRoles.Slot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the lines of an invoice are consistent under one assignment of their amounts to roles.
 *
 * <p>Each line must hold together: line total = hammer + premium + tax + shipping; premium = rate x
 * hammer and tax = rate x (hammer + premium), or x hammer, when the rate is printed (else neither
 * may exceed the hammer); nothing negative. The column sums must match every printed invoice figure
 * they can be compared with (subtotal, premium, tax, shipping, total) and at least one must be
 * compared. A combined "bid + premium" amount c gives the hammer h for which h + rate x h = c.
 */
final class RoleCheck {

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal CENT = new BigDecimal("0.01");

  /** One line's amounts under an assignment. */
  record Priced(
      BigDecimal hammer,
      BigDecimal premium,
      BigDecimal tax,
      BigDecimal shipping,
      BigDecimal total) {}

  private final List<ItemDraft> drafts;
  private final InvoiceAmounts printed;
  private final BigDecimal premiumRate;
  private final BigDecimal taxRate;
  private final BigDecimal otherCharges;

  RoleCheck(
      List<ItemDraft> drafts,
      InvoiceAmounts printed,
      HeaderReader.Fields fields,
      List<InvoiceAdjustment> adjustments) {
    this.drafts = drafts;
    this.printed = printed;
    this.taxRate = fields.taxRate();
    this.premiumRate =
        fields.premiumRate() != null
            ? fields.premiumRate()
            : printed.premiumTotal() != null
                    && printed.subtotal() != null
                    && printed.subtotal().signum() > 0
                ? printed.premiumTotal().multiply(HUNDRED).divide(printed.subtotal(), 2, HALF)
                : null;
    BigDecimal other = printed.feesTotal() == null ? BigDecimal.ZERO : printed.feesTotal();
    for (ItemDraft d : drafts) other = d.fees == null ? other : other.add(d.fees);
    for (InvoiceAdjustment a : adjustments) other = other.add(a.amount());
    this.otherCharges = other;
  }

  private static final RoundingMode HALF = RoundingMode.HALF_UP;

  static boolean printsAFigure(InvoiceAmounts p) {
    return p.subtotal() != null
        || p.premiumTotal() != null
        || p.taxTotal() != null
        || p.shippingTotal() != null
        || p.total() != null;
  }

  boolean reconciles(Map<Slot, Role> assignment) {
    BigDecimal[] sums = new BigDecimal[4];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (ItemDraft d : drafts) {
      Optional<Priced> p = price(d, assignment);
      if (p.isEmpty() || !consistent(p.get())) return false;
      sums[0] = sums[0].add(p.get().hammer());
      sums[1] = sums[1].add(orZero(p.get().premium()));
      sums[2] = sums[2].add(orZero(p.get().tax()));
      sums[3] = sums[3].add(orZero(p.get().shipping()));
    }
    boolean perPremium = assignment.containsValue(Role.PREMIUM) || combined(assignment);
    boolean perTax = assignment.containsValue(Role.TAX);
    boolean perShipping = assignment.containsValue(Role.SHIPPING);
    int compared = 0;
    BigDecimal[] figures = {
      printed.subtotal(),
      perPremium ? printed.premiumTotal() : null,
      perTax ? printed.taxTotal() : null,
      perShipping ? printed.shippingTotal() : null
    };
    for (int i = 0; i < figures.length; i++) {
      if (figures[i] == null) continue;
      if (figures[i].compareTo(sums[i]) != 0) return false;
      compared++;
    }
    if (printed.total() != null) {
      BigDecimal total =
          sums[0]
              .add(perPremium ? sums[1] : orZero(printed.premiumTotal()))
              .add(perTax ? sums[2] : orZero(printed.taxTotal()))
              .add(perShipping ? sums[3] : orZero(printed.shippingTotal()))
              .add(otherCharges);
      if (total.compareTo(printed.total()) != 0) return false;
      compared++;
    }
    return compared > 0;
  }

  /** The line's amounts under the assignment; empty when a combined amount has no hammer. */
  Optional<Priced> price(ItemDraft d, Map<Slot, Role> assignment) {
    BigDecimal[] byRole = new BigDecimal[Role.values().length];
    for (Map.Entry<Slot, Role> e : assignment.entrySet()) {
      byRole[e.getValue().ordinal()] = AmountRoles.value(d, e.getKey());
    }
    BigDecimal premium = byRole[Role.PREMIUM.ordinal()];
    BigDecimal combined = byRole[Role.BID_PLUS_PREMIUM.ordinal()];
    ItemDraft probe = new ItemDraft(d.first, d.lot);
    probe.quantity = d.quantity;
    probe.unitPrice = d.unitPrice;
    probe.bid = byRole[Role.HAMMER.ordinal()];
    probe.tax = byRole[Role.TAX.ordinal()];
    probe.shipping = byRole[Role.SHIPPING.ordinal()];
    probe.printedTotal = byRole[Role.TOTAL.ordinal()];
    probe.description.addAll(d.description);
    if (combined != null) {
      Optional<BigDecimal> h = hammerInside(combined);
      if (h.isEmpty()) return Optional.empty();
      probe.bid = h.get();
      premium = combined.subtract(h.get());
    }
    probe.premium = premium;
    if (probe.bid == null && probe.unitPrice == null && probe.printedTotal == null) {
      return Optional.empty();
    }
    BigDecimal hammer = ChargeAllocator.bid(probe);
    return Optional.of(new Priced(hammer, premium, probe.tax, probe.shipping, probe.printedTotal));
  }

  private Optional<BigDecimal> hammerInside(BigDecimal combined) {
    if (premiumRate == null || premiumRate.signum() <= 0) return Optional.empty();
    BigDecimal guess =
        combined.multiply(HUNDRED).divide(HUNDRED.add(premiumRate), 2, RoundingMode.HALF_UP);
    for (BigDecimal h : List.of(guess, guess.subtract(CENT), guess.add(CENT))) {
      if (h.add(percent(premiumRate, h)).compareTo(combined) == 0) return Optional.of(h);
    }
    return Optional.empty();
  }

  private boolean consistent(Priced p) {
    BigDecimal h = p.hammer();
    if (h.signum() < 0) return false;
    for (BigDecimal v : new BigDecimal[] {p.premium(), p.tax(), p.shipping()}) {
      if (v != null && v.signum() < 0) return false;
    }
    if (p.total() != null
        && (p.premium() != null || p.tax() != null || p.shipping() != null)
        && p.total()
                .compareTo(
                    h.add(orZero(p.premium())).add(orZero(p.tax())).add(orZero(p.shipping())))
            != 0) {
      return false;
    }
    if (p.total() != null && p.total().compareTo(h) < 0) return false;
    if (p.premium() != null && !chargeFits(p.premium(), premiumRate, h, h)) return false;
    BigDecimal withPremium = h.add(orZero(p.premium()));
    return p.tax() == null || chargeFits(p.tax(), taxRate, h, withPremium);
  }

  /** A charge printed at a known rate is that rate of one of its bases; else at most the hammer. */
  private static boolean chargeFits(
      BigDecimal charge, BigDecimal rate, BigDecimal base, BigDecimal other) {
    if (rate == null) return charge.compareTo(base) <= 0;
    return charge.compareTo(percent(rate, base)) == 0
        || charge.compareTo(percent(rate, other)) == 0;
  }

  private static boolean combined(Map<Slot, Role> a) {
    return a.containsValue(Role.BID_PLUS_PREMIUM);
  }

  static BigDecimal percent(BigDecimal rate, BigDecimal base) {
    return base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}

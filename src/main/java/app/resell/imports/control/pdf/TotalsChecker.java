package app.resell.imports.control.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what was extracted with what the invoice prints, so a missed or misread lot surfaces as
 * a difference instead of a silently wrong inventory.
 *
 * <p>Each printed figure is checked when present: subtotal against the sum of bids, premium and tax
 * totals against the items' premiums and taxes, fees, every printed line total against that line's
 * bid + premium + tax, and the total against bids + premium + tax + fees + adjustments. The result
 * matches only when every check passes and at least one could be made; an invoice that prints
 * nothing to compare against needs review, as do lines rejected along the way.
 */
final class TotalsChecker {

  private TotalsChecker() {}

  static TotalsCheck check(
      List<InvoiceItem> items,
      List<ItemDraft> drafts,
      List<InvoiceAdjustment> adjustments,
      List<RejectedLine> rejected,
      InvoiceAmounts printed) {
    List<String> problems = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    BigDecimal bids = ChargeAllocator.sum(items.stream().map(InvoiceItem::bid).toList());
    BigDecimal premium = ChargeAllocator.sum(items.stream().map(InvoiceItem::premium).toList());
    BigDecimal tax = ChargeAllocator.sum(items.stream().map(InvoiceItem::tax).toList());
    BigDecimal fees = ChargeAllocator.sum(items.stream().map(InvoiceItem::fees).toList());
    BigDecimal shipping = ChargeAllocator.sum(items.stream().map(InvoiceItem::shipping).toList());
    BigDecimal credits =
        ChargeAllocator.sum(adjustments.stream().map(InvoiceAdjustment::amount).toList());
    BigDecimal landed = ChargeAllocator.sum(items.stream().map(InvoiceItem::lineTotal).toList());
    BigDecimal computedTotal = landed.add(credits);

    // a "Subtotal" printed below the premium line adds the premium to the bids
    boolean afterPremium =
        printed.subtotal() != null
            && printed.subtotal().compareTo(bids) != 0
            && printed.subtotal().compareTo(bids.add(premium)) == 0;
    compare(
        "subtotal", printed.subtotal(), afterPremium ? bids.add(premium) : bids, passed, problems);
    compare("premium", printed.premiumTotal(), premium, passed, problems);
    compare("tax", printed.taxTotal(), tax, passed, problems);
    compare("fees", printed.feesTotal(), fees, passed, problems);
    compare("shipping", printed.shippingTotal(), shipping, passed, problems);
    compare("total", printed.total(), computedTotal, passed, problems);
    for (int i = 0; i < items.size(); i++) {
      BigDecimal lineTotal = drafts.get(i).printedTotal;
      InvoiceItem item = items.get(i);
      if (lineTotal == null
          || (drafts.get(i).premium == null
              && drafts.get(i).tax == null
              && drafts.get(i).shipping == null)) {
        continue;
      }
      ItemDraft d = drafts.get(i);
      BigDecimal printedCharges =
          item.bid()
              .add(d.premium == null ? BigDecimal.ZERO : d.premium)
              .add(d.tax == null ? BigDecimal.ZERO : d.tax)
              .add(d.shipping == null ? BigDecimal.ZERO : d.shipping);
      BigDecimal sum = item.bid().add(item.premium()).add(item.tax()).add(item.shipping());
      if (printedCharges.compareTo(lineTotal) != 0
          && sum.compareTo(lineTotal) != 0
          && item.lineTotal().compareTo(lineTotal) != 0) {
        problems.add(
            "line "
                + item.line()
                + ": printed line total "
                + lineTotal.toPlainString()
                + " but bid + premium + tax + shipping is "
                + sum.toPlainString());
      }
    }
    if (!rejected.isEmpty()) {
      problems.add(rejected.size() + " line(s) could not be read as items");
    }

    BigDecimal expected = printed.total() != null ? printed.total() : printed.subtotal();
    BigDecimal computed = printed.total() != null ? computedTotal : bids;
    BigDecimal difference = expected == null ? null : computed.subtract(expected);
    boolean checked =
        !passed.isEmpty() || problems.stream().anyMatch(p -> !p.contains("could not"));
    if (!checked) problems.add("the invoice prints no subtotal or total to check against");
    String detail =
        problems.isEmpty()
            ? "matches: " + String.join(", ", passed)
            : "does not match: "
                + String.join("; ", problems)
                + (passed.isEmpty() ? "" : " (matching: " + String.join(", ", passed) + ")");
    return new TotalsCheck(
        problems.isEmpty(), expected, expected == null ? null : computed, difference, detail);
  }

  private static void compare(
      String what,
      BigDecimal printed,
      BigDecimal computed,
      List<String> passed,
      List<String> problems) {
    if (printed == null) return;
    if (printed.compareTo(computed) == 0) {
      passed.add(what + " " + printed.toPlainString());
    } else {
      problems.add(
          what
              + " printed "
              + printed.toPlainString()
              + " but items add up to "
              + computed.toPlainString()
              + " (difference "
              + computed.subtract(printed).toPlainString()
              + ")");
    }
  }
}

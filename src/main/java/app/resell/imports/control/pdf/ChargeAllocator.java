package app.resell.imports.control.pdf;

import app.resell.money.control.CostAllocator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives every item its premium, tax and fees, and with them its landed cost.
 *
 * <p>Printed per-line amounts are used as printed. Otherwise the invoice-level figure is split by
 * hammer with one rule for every charge ({@link CostAllocator#allocateRemainderLast}: each lot but
 * the last its share rounded half-up to the cent, the last imported lot in printed order the rest,
 * so the shares add up to the printed figure): the printed total when there is one, else the
 * printed rate applied once to the whole invoice, rounded half-up to the cent: premium = rate x sum
 * of bids, tax = rate x (sum of bids + premium), since US auction houses tax the premium too.
 * Shipping, packing, crating, handling and delivery printed only as a total are spread the same way
 * (per lot, they go to that lot). Fees printed only as an invoice total are computed as each lot's
 * share, which the import leaves on the invoice unless the user capitalises them. Credits are not
 * spread; they stay adjustments on the invoice.
 */
final class ChargeAllocator {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private ChargeAllocator() {}

  static List<InvoiceItem> allocate(
      LineItemReader.Result read, InvoiceAmounts amounts, HeaderReader.Fields fields) {
    List<ItemDraft> drafts = read.items();
    if (drafts.isEmpty()) return List.of();
    List<BigDecimal> bids = drafts.stream().map(ChargeAllocator::bid).toList();
    BigDecimal bidSum = sum(bids);
    // A negative bid is a misread line; it keeps its amount but takes no share of the charges.
    List<BigDecimal> weights = bids.stream().map(b -> b.max(BigDecimal.ZERO)).toList();

    List<BigDecimal> premiums =
        charges(
            drafts.stream().map(d -> d.premium).toList(),
            read.premiumPerLine(),
            amounts.premiumTotal(),
            rateOf(fields.premiumRate(), bidSum),
            weights);
    // lots flagged tax-exempt ("E") take no share of a tax printed only as a total
    boolean flagged = drafts.stream().anyMatch(d -> Boolean.TRUE.equals(d.taxable));
    List<BigDecimal> taxWeights = new ArrayList<>();
    BigDecimal taxBase = BigDecimal.ZERO;
    for (int i = 0; i < drafts.size(); i++) {
      boolean exempt = flagged && Boolean.FALSE.equals(drafts.get(i).taxable);
      taxWeights.add(exempt ? BigDecimal.ZERO : weights.get(i));
      if (!exempt) taxBase = taxBase.add(bids.get(i)).add(premiums.get(i));
    }
    List<BigDecimal> taxes =
        onlyWhereWeighed(
            charges(
                drafts.stream().map(d -> d.tax).toList(),
                read.taxPerLine(),
                amounts.taxTotal(),
                rateOf(fields.taxRate(), taxBase),
                taxWeights),
            taxWeights,
            flagged && !read.taxPerLine());
    List<BigDecimal> shipping =
        read.shippingPerLine()
            ? drafts.stream().map(d -> d.shipping == null ? zero() : d.shipping).toList()
            : amounts.shippingTotal() == null
                ? zeros(drafts.size())
                : CostAllocator.allocateRemainderLast(amounts.shippingTotal(), weights);
    List<BigDecimal> fees =
        amounts.feesTotal() == null
            ? zeros(drafts.size())
            : CostAllocator.allocateRemainderLast(amounts.feesTotal(), weights);

    List<InvoiceItem> items = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ItemDraft d = drafts.get(i);
      BigDecimal lotFees = d.fees == null ? zero() : d.fees;
      BigDecimal landed =
          bids.get(i)
              .add(premiums.get(i))
              .add(taxes.get(i))
              .add(shipping.get(i))
              .add(lotFees)
              .add(fees.get(i));
      items.add(
          new InvoiceItem(
              d.first.number(),
              d.rawText(),
              d.lot,
              d.descriptionText(),
              quantity(d),
              bids.get(i),
              premiums.get(i),
              taxes.get(i),
              shipping.get(i),
              lotFees,
              fees.get(i),
              landed));
    }
    return items;
  }

  /**
   * The hammer for the whole line: printed, else quantity x unit price, else total less charges.
   */
  static BigDecimal bid(ItemDraft d) {
    if (d.bid != null && d.printedTotal != null && d.premium == null && d.tax == null) {
      // "6  Canning jars  1.00  6.00": the first amount is the unit price, the second the hammer.
      BigDecimal extended = d.bid.multiply(BigDecimal.valueOf(quantity(d)));
      if (quantity(d) > 1 && extended.compareTo(d.printedTotal) == 0) return d.printedTotal;
    }
    if (d.bid != null) return d.bid;
    if (d.unitPrice != null) {
      return d.unitPrice
          .multiply(BigDecimal.valueOf(quantity(d)))
          .setScale(2, RoundingMode.HALF_UP);
    }
    BigDecimal b = d.printedTotal;
    if (d.premium != null) b = b.subtract(d.premium);
    if (d.tax != null) b = b.subtract(d.tax);
    return b;
  }

  /**
   * A quantity column, else "N @ x", else a count leading the description ("Lot of 3", "(4)"), else
   * a count in the description that the amounts prove ("Set of 6 jars 1.00 6.00"), else 1: a piece
   * count inside a description ("40 pcs", "service for 12") describes one lot.
   */
  static int quantity(ItemDraft d) {
    if (d.quantity != null) return d.quantity;
    String text = d.descriptionText();
    return LotText.qtyAt(text)
        .map(LotText.QtyAt::quantity)
        .or(() -> LotText.qtyInDescription(text))
        .or(() -> provenCount(d, text))
        .orElse(1);
  }

  private static java.util.Optional<Integer> provenCount(ItemDraft d, String text) {
    if (d.bid == null || d.printedTotal == null || d.premium != null || d.tax != null) {
      return java.util.Optional.empty();
    }
    if (d.bid.signum() <= 0 || d.printedTotal.compareTo(d.bid) <= 0) {
      return java.util.Optional.empty();
    }
    BigDecimal[] qr = d.printedTotal.divideAndRemainder(d.bid);
    if (qr[1].signum() != 0) return java.util.Optional.empty();
    int n = qr[0].intValue();
    boolean printed = java.util.Arrays.asList(text.split("\\D+")).contains(String.valueOf(n));
    return printed ? java.util.Optional.of(n) : java.util.Optional.empty();
  }

  private static List<BigDecimal> charges(
      List<BigDecimal> perLine,
      boolean printedPerLine,
      BigDecimal printedTotal,
      BigDecimal fromRate,
      List<BigDecimal> bids) {
    if (printedPerLine) {
      return perLine.stream().map(p -> p == null ? BigDecimal.ZERO.setScale(2) : p).toList();
    }
    BigDecimal total = printedTotal != null ? printedTotal : fromRate;
    return total == null ? zeros(bids.size()) : CostAllocator.allocateRemainderLast(total, bids);
  }

  /**
   * With lots that may take no share (tax-exempt), the remainder of the split goes to the last lot
   * that takes one, not to an exempt last lot: the shares are recomputed over those lots alone.
   */
  private static List<BigDecimal> onlyWhereWeighed(
      List<BigDecimal> shares, List<BigDecimal> weights, boolean apply) {
    if (!apply || weights.stream().allMatch(w -> w.signum() == 0)) return shares;
    List<Integer> weighed = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) if (weights.get(i).signum() > 0) weighed.add(i);
    List<BigDecimal> sub =
        CostAllocator.allocateRemainderLast(
            sum(shares), weighed.stream().map(weights::get).toList());
    List<BigDecimal> out = new ArrayList<>(zeros(shares.size()));
    for (int k = 0; k < weighed.size(); k++) out.set(weighed.get(k), sub.get(k));
    return out;
  }

  private static BigDecimal rateOf(BigDecimal ratePercent, BigDecimal base) {
    if (ratePercent == null) return null;
    return base.multiply(ratePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static List<BigDecimal> zeros(int n) {
    List<BigDecimal> z = new ArrayList<>();
    for (int i = 0; i < n; i++) z.add(BigDecimal.ZERO.setScale(2));
    return z;
  }

  static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}

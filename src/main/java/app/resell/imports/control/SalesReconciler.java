package app.resell.imports.control;

import app.resell.imports.control.sales.SaleLine;
import app.resell.listings.control.ImportedSales;
import app.resell.listings.control.SaleCandidates;
import app.resell.listings.control.SaleOrigin;
import app.resell.listings.control.SaleRecord;
import app.resell.listings.control.SaleRequest;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Brings one report line into the books, in the caller's transaction: a line seen before changes
 * (or repeats) the sale recorded for it, a new line is matched to an item ({@link SaleCandidates})
 * and recorded through the listings' {@link ImportedSales} only when the match is unique and strong
 * and the item has the units; anything else waits for a person. Order-wide amounts (a refund, the
 * fees, the label of an order) are shared among the order's sales by their item amounts.
 */
@ApplicationScoped
public class SalesReconciler {

  @Inject ImportedSales sales;
  @Inject SaleCandidates candidates;

  public SaleLineOutcome apply(UUID jobId, SaleLine line, String booksCurrency) {
    return switch (line.kind()) {
      case SALE -> sale(jobId, line, booksCurrency);
      case CANCELLED -> cancelled(line);
      case ADJUSTMENT -> adjustment(line);
    };
  }

  /** Records a waiting line on the item a person chose. */
  public SaleLineOutcome recordOn(UUID jobId, SaleLine line, UUID lotId, String booksCurrency) {
    Optional<SaleRecord> before = sales.find(line.platform(), line.orderId(), line.lineId());
    if (before.isPresent()) return SaleLineOutcome.of(SaleLineOutcome.DUPLICATE, before.get().id());
    int left = sales.unitsLeft(lotId);
    if (left < line.quantity()) {
      throw ProblemException.conflict(
          "Item " + lotId + " has " + left + " units left; the sale is of " + line.quantity());
    }
    return SaleLineOutcome.of(SaleLineOutcome.RECORDED, record(jobId, line, lotId, booksCurrency));
  }

  private SaleLineOutcome sale(UUID jobId, SaleLine line, String booksCurrency) {
    Optional<SaleRecord> before = sales.find(line.platform(), line.orderId(), line.lineId());
    if (before.isPresent()) {
      SaleRecord sale = before.get();
      boolean changed =
          sales.amend(
              sale, line.refund(), line.platformFees(), line.shippingCost(), why(line, "report"));
      return SaleLineOutcome.of(
          changed ? SaleLineOutcome.UPDATED : SaleLineOutcome.DUPLICATE, sale.id());
    }
    SaleCandidates.Match match =
        candidates.find(line.platform(), line.sku(), line.listingRef(), line.title());
    UUID lot = match.automatic();
    if (lot == null) {
      return SaleLineOutcome.waiting(
          match.candidates().isEmpty()
              ? "no item matches"
              : match.strong()
                  ? "several items match by " + match.rule()
                  : "only similar titles match",
          match.candidates());
    }
    int left = sales.unitsLeft(lot);
    if (left < line.quantity()) {
      return new SaleLineOutcome(
          SaleLineOutcome.NEEDS_MATCH,
          null,
          "the matching item has "
              + left
              + " units left; the sale is of "
              + line.quantity()
              + " (was it entered by hand already?)",
          match.candidates());
    }
    try {
      return SaleLineOutcome.of(SaleLineOutcome.RECORDED, record(jobId, line, lot, booksCurrency));
    } catch (ProblemException refused) {
      // the sale rule said no before writing the sale (a sold listing): a person decides
      return new SaleLineOutcome(
          SaleLineOutcome.NEEDS_MATCH, null, refused.getMessage(), match.candidates());
    }
  }

  private UUID record(UUID jobId, SaleLine line, UUID lot, String booksCurrency) {
    SaleRecord sale =
        sales.record(
            lot,
            line.platform(),
            new ImportedSales.ListingHint(line.title(), line.listingRef(), line.unitPrice()),
            new SaleRequest(
                line.unitPrice(),
                line.quantity(),
                line.soldAt(),
                line.shippingPaid(),
                line.shippingCost() == null ? BigDecimal.ZERO.setScale(2) : line.shippingCost(),
                line.platformFees(),
                line.salesTax(),
                line.buyer() == null || line.buyer().length() <= 100 ? line.buyer() : null),
            new SaleOrigin(
                line.orderId(),
                line.lineId(),
                line.currency() == null ? booksCurrency : line.currency(),
                jobId));
    if (line.refund() != null && line.refund().signum() > 0) {
      sales.amend(sale, line.refund(), null, null, why(line, "refund"));
    }
    return sale.id();
  }

  private SaleLineOutcome cancelled(SaleLine line) {
    Optional<SaleRecord> before = sales.find(line.platform(), line.orderId(), line.lineId());
    if (before.isEmpty()) return SaleLineOutcome.of(SaleLineOutcome.CANCELLED, null);
    SaleRecord sale = before.get();
    BigDecimal all = sale.itemTotal().add(sale.shippingPaid());
    boolean changed = sales.amend(sale, all, null, null, why(line, "cancelled"));
    return SaleLineOutcome.of(
        changed ? SaleLineOutcome.UPDATED : SaleLineOutcome.DUPLICATE, sale.id());
  }

  private SaleLineOutcome adjustment(SaleLine line) {
    List<SaleRecord> order =
        line.lineId() != null
            ? sales.find(line.platform(), line.orderId(), line.lineId()).stream().toList()
            : sales.ofOrder(line.platform(), line.orderId());
    if (order.isEmpty()) {
      return new SaleLineOutcome(
          SaleLineOutcome.UNMATCHED,
          null,
          "no sale of order " + line.orderId() + " is recorded yet; import its sales report first",
          List.of());
    }
    BigDecimal items =
        order.stream().map(SaleRecord::itemTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal fees = line.platformFees();
    if (line.net() != null) fees = items.subtract(line.net()).max(BigDecimal.ZERO);
    List<BigDecimal> refunds = share(line.refund(), order, items);
    List<BigDecimal> feeShares = share(fees, order, items);
    List<BigDecimal> labels = share(line.shippingCost(), order, items);
    boolean changed = false;
    for (int i = 0; i < order.size(); i++) {
      changed |=
          sales.amend(
              order.get(i), refunds.get(i), feeShares.get(i), labels.get(i), why(line, "order"));
    }
    return SaleLineOutcome.of(
        changed ? SaleLineOutcome.UPDATED : SaleLineOutcome.DUPLICATE, order.get(0).id());
  }

  /**
   * An order-wide amount shared among its sales by item amount, in cents, the last taking what
   * rounding leaves; nulls when there is no amount.
   */
  static List<BigDecimal> share(BigDecimal amount, List<SaleRecord> order, BigDecimal items) {
    List<BigDecimal> shares = new ArrayList<>();
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < order.size(); i++) {
      if (amount == null) {
        shares.add(null);
        continue;
      }
      BigDecimal part =
          i == order.size() - 1
              ? amount.subtract(given)
              : items.signum() == 0
                  ? amount.divide(BigDecimal.valueOf(order.size()), 2, RoundingMode.DOWN)
                  : amount.multiply(order.get(i).itemTotal()).divide(items, 2, RoundingMode.DOWN);
      given = given.add(part);
      shares.add(part.setScale(2, RoundingMode.HALF_UP));
    }
    return shares;
  }

  private static String why(SaleLine line, String what) {
    return what + " in the " + line.platform().value() + " report, line " + line.row();
  }
}

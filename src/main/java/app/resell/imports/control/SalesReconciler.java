package app.resell.imports.control;

import app.resell.imports.control.sales.SaleLine;
import app.resell.listings.control.ImportedSales;
import app.resell.listings.control.SaleBatch;
import app.resell.listings.control.SaleCandidates;
import app.resell.listings.control.SaleOrigin;
import app.resell.listings.control.SaleRecord;
import app.resell.listings.control.SaleRequest;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
          "The chosen item has "
              + left
              + (left == 1 ? " unit" : " units")
              + " left; the sale is of "
              + line.quantity());
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
    if (lot == null) return waiting(match);
    return recorded(
        line, match, sales.unitsLeft(lot), () -> record(jobId, line, lot, booksCurrency));
  }

  /**
   * {@link #apply} for a chunk's lines, with the same outcomes in the same order, on the chunk's
   * connection. New sales (a sale line whose order line has no sale yet, its first in the chunk,
   * without a refund) are matched together ({@link SaleCandidates#findAll}) and recorded in bulk
   * ({@link SaleBatch}); a sale line an earlier import recorded, unchanged, is a duplicate at once
   * (its sale read with the chunk's order lines). Every other line (a sale seen before that it
   * changes, or seen earlier in the chunk, a cancellation, an adjustment, a new sale the batch does
   * not take) is applied alone by {@link #apply}, after the batch has written the lines before it,
   * so it finds them as it would line by line.
   */
  public List<SaleLineOutcome> applyAll(
      Connection c, UUID jobId, List<SaleLine> lines, String booksCurrency) throws SQLException {
    Map<ImportedSales.OrderLine, SaleRecord> before =
        sales.recorded(
            c, lines.stream().filter(SalesReconciler::keyed).map(this::orderLine).toList());
    List<SaleLine> fresh = fresh(lines, before);
    List<SaleCandidates.Match> matches =
        candidates.findAll(
            c,
            fresh.stream()
                .map(
                    l -> new SaleCandidates.Query(l.platform(), l.sku(), l.listingRef(), l.title()))
                .toList());
    Map<SaleLine, SaleCandidates.Match> matched = new IdentityHashMap<>();
    Set<UUID> lots = new LinkedHashSet<>();
    for (int i = 0; i < fresh.size(); i++) {
      matched.put(fresh.get(i), matches.get(i));
      if (matches.get(i).automatic() != null) lots.add(matches.get(i).automatic());
    }
    SaleBatch batch = sales.batch(c, lots);
    Set<UUID> sold = new HashSet<>();
    boolean aloneRecorded = false;
    Set<String> seen = new HashSet<>();
    List<SaleLineOutcome> outcomes = new ArrayList<>();
    for (SaleLine line : lines) {
      SaleCandidates.Match match = matched.get(line);
      SaleLineOutcome outcome = null;
      if (match == null) {
        outcome = repeated(line, before, seen);
      } else if (stillValid(match, sold, aloneRecorded || batch.listedAny())) {
        outcome = inBatch(batch, jobId, line, match, booksCurrency);
      }
      if (outcome == null) {
        batch.flush();
        sales.settle();
        outcome = apply(jobId, line, booksCurrency);
        sales.settle();
        aloneRecorded |= outcome.outcome().equals(SaleLineOutcome.RECORDED);
      } else if (outcome.outcome().equals(SaleLineOutcome.RECORDED)) {
        sold.add(match.automatic());
      }
      seen.add(line.kind() == SaleLine.Kind.SALE ? line.key() : orderKey(line));
      outcomes.add(outcome);
    }
    batch.flush();
    return outcomes;
  }

  /**
   * Whether a match made at the start of the chunk is the one the line would get now. A SKU match
   * is (sales change no SKU); the other rules look at listings and units, so their match is made
   * again, line by line, when a line before it in the chunk sold one of its candidates or added a
   * listing (a listing created for a sale, or one moved back to active).
   */
  private static boolean stillValid(
      SaleCandidates.Match match, Set<UUID> sold, boolean listingsAdded) {
    if (match.rule().equals("sku")) return true;
    return !listingsAdded
        && match.candidates().stream().noneMatch(candidate -> sold.contains(candidate.lotId()));
  }

  /** The chunk's new sales, in line order (see {@link #applyAll}). */
  private List<SaleLine> fresh(
      List<SaleLine> lines, Map<ImportedSales.OrderLine, SaleRecord> before) {
    Set<String> seen = new HashSet<>();
    List<SaleLine> fresh = new ArrayList<>();
    for (SaleLine line : lines) {
      if (line.kind() != SaleLine.Kind.SALE || !seen.add(line.key())) continue;
      if (newSaleShaped(line) && !before.containsKey(orderLine(line))) fresh.add(line);
    }
    return fresh;
  }

  /**
   * A sale line recorded by an earlier import that changes nothing of its sale: a duplicate, known
   * without writing the batch first. Null when a line before it in the chunk may have changed the
   * sale (the same order line, or a cancellation or adjustment of its order) or when it changes it.
   */
  private SaleLineOutcome repeated(
      SaleLine line, Map<ImportedSales.OrderLine, SaleRecord> before, Set<String> seen) {
    if (!keyed(line) || seen.contains(line.key()) || seen.contains(orderKey(line))) return null;
    SaleRecord sale = before.get(orderLine(line));
    if (sale == null
        || !ImportedSales.unchangedBy(
            sale, line.refund(), line.platformFees(), line.shippingCost())) {
      return null;
    }
    return SaleLineOutcome.of(SaleLineOutcome.DUPLICATE, sale.id());
  }

  /** A sale line with the order line that identifies its sale. */
  private static boolean keyed(SaleLine l) {
    return l.kind() == SaleLine.Kind.SALE && l.orderId() != null && l.lineId() != null;
  }

  private static String orderKey(SaleLine l) {
    return "order " + l.platform().value() + "|" + l.orderId();
  }

  /** A sale line the batch can record when its order line is new. */
  private static boolean newSaleShaped(SaleLine l) {
    return keyed(l) && l.quantity() > 0 && (l.refund() == null || l.refund().signum() <= 0);
  }

  private ImportedSales.OrderLine orderLine(SaleLine l) {
    return new ImportedSales.OrderLine(l.platform(), l.orderId(), l.lineId());
  }

  /** A new sale recorded in the batch; null when the batch does not take it. */
  private SaleLineOutcome inBatch(
      SaleBatch batch,
      UUID jobId,
      SaleLine line,
      SaleCandidates.Match match,
      String booksCurrency) {
    UUID lot = match.automatic();
    if (lot == null) return waiting(match);
    if (!batch.takes(lot, line.platform())) return null;
    int left = batch.unitsLeft(lot);
    return recorded(
        line,
        withUnitsLeft(match, lot, left),
        left,
        () ->
            batch
                .record(
                    lot,
                    line.platform(),
                    hint(line),
                    request(line),
                    origin(jobId, line, booksCurrency))
                .id());
  }

  /** The match with the units its item has left now (earlier lines of the chunk sold some). */
  private static SaleCandidates.Match withUnitsLeft(
      SaleCandidates.Match match, UUID lot, int left) {
    return new SaleCandidates.Match(
        match.rule(),
        match.strong(),
        match.candidates().stream()
            .map(
                c ->
                    c.lotId().equals(lot)
                        ? new SaleCandidates.Candidate(
                            c.lotId(), c.sku(), c.itemName(), left, c.totalCost(), c.score())
                        : c)
            .toList());
  }

  private static SaleLineOutcome waiting(SaleCandidates.Match match) {
    return SaleLineOutcome.waiting(
        match.candidates().isEmpty()
            ? "no item matches"
            : match.strong()
                ? "several items match by " + match.rule()
                : "only similar titles match",
        match.candidates());
  }

  /**
   * Records the sale on the one item it matched when the item has the units (the last-unit rule); a
   * sale the item cannot take, or the sale rules refuse (a sold listing), waits for a person.
   */
  private static SaleLineOutcome recorded(
      SaleLine line, SaleCandidates.Match match, int left, Supplier<UUID> record) {
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
      return SaleLineOutcome.of(SaleLineOutcome.RECORDED, record.get());
    } catch (ProblemException refused) {
      // the sale rule said no before writing the sale (a sold listing): a person decides
      return new SaleLineOutcome(
          SaleLineOutcome.NEEDS_MATCH, null, refused.getMessage(), match.candidates());
    }
  }

  private UUID record(UUID jobId, SaleLine line, UUID lot, String booksCurrency) {
    SaleRecord sale =
        sales.record(
            lot, line.platform(), hint(line), request(line), origin(jobId, line, booksCurrency));
    if (line.refund() != null && line.refund().signum() > 0) {
      sales.amend(sale, line.refund(), null, null, why(line, "refund"));
    }
    return sale.id();
  }

  private static ImportedSales.ListingHint hint(SaleLine line) {
    return new ImportedSales.ListingHint(line.title(), line.listingRef(), line.unitPrice());
  }

  private static SaleRequest request(SaleLine line) {
    return new SaleRequest(
        line.unitPrice(),
        line.quantity(),
        line.soldAt(),
        line.shippingPaid(),
        line.shippingCost() == null ? BigDecimal.ZERO.setScale(2) : line.shippingCost(),
        line.platformFees(),
        line.salesTax(),
        line.buyer() == null || line.buyer().length() <= 100 ? line.buyer() : null);
  }

  private static SaleOrigin origin(UUID jobId, SaleLine line, String booksCurrency) {
    return new SaleOrigin(
        line.orderId(),
        line.lineId(),
        line.currency() == null ? booksCurrency : line.currency(),
        jobId);
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

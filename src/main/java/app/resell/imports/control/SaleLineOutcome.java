package app.resell.imports.control;

import app.resell.listings.control.SaleCandidates;
import java.util.List;
import java.util.UUID;

/**
 * What a sales import did with one line: {@code recorded} a new sale, {@code updated} one recorded
 * before (a refund, fees, a cancellation), found it a {@code duplicate} of one recorded before,
 * reported it {@code cancelled} (not recorded), or left it waiting: {@code needs_match} (candidates
 * to choose from, or the one match cannot take it) or {@code unmatched} (no candidate at all).
 */
public record SaleLineOutcome(
    String outcome, UUID saleId, String reason, List<SaleCandidates.Candidate> candidates) {

  public static final String RECORDED = "recorded";
  public static final String UPDATED = "updated";
  public static final String DUPLICATE = "duplicate";
  public static final String CANCELLED = "cancelled";
  public static final String NEEDS_MATCH = "needs_match";
  public static final String UNMATCHED = "unmatched";

  public static SaleLineOutcome of(String outcome, UUID saleId) {
    return new SaleLineOutcome(outcome, saleId, null, List.of());
  }

  /** Waiting for a person: needs_match with candidates, unmatched without. */
  public static SaleLineOutcome waiting(String reason, List<SaleCandidates.Candidate> candidates) {
    return new SaleLineOutcome(
        candidates.isEmpty() ? UNMATCHED : NEEDS_MATCH, null, reason, List.copyOf(candidates));
  }

  public boolean waiting() {
    return outcome.equals(NEEDS_MATCH) || outcome.equals(UNMATCHED);
  }
}

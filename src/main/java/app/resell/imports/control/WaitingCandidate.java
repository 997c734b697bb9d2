package app.resell.imports.control;

import app.resell.listings.control.SaleCandidates;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate item of a line waiting for a match, as the status report shows it: what the matcher
 * offered when the line was read, and the item's first photo now, so a person recognises the item
 * without opening it.
 */
public record WaitingCandidate(
    UUID lotId,
    String sku,
    String itemName,
    @Schema(description = "Units not sold yet when the line was read") int unitsLeft,
    @Schema(description = "The item's landed cost, all units") BigDecimal totalCost,
    @Schema(description = "How alike: 1.00 for an exact match, 0.30 the least offered")
        BigDecimal score,
    @Schema(
            description =
                "The 320-pixel thumbnail of the item's first photo (GET it with the same sign-in);"
                    + " absent when the item has no photo",
            nullable = true)
        String thumbnailUrl) {

  static WaitingCandidate of(SaleCandidates.Candidate c) {
    return new WaitingCandidate(
        c.lotId(), c.sku(), c.itemName(), c.unitsLeft(), c.totalCost(), c.score(), null);
  }

  WaitingCandidate withThumbnail(String url) {
    return new WaitingCandidate(lotId, sku, itemName, unitsLeft, totalCost, score, url);
  }
}

package app.resell.inventory.boundary;

import app.resell.inventory.control.ItemStore;
import app.resell.inventory.entity.Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The answers of edits that change several items at once. */
public final class ItemResults {

  private ItemResults() {}

  /** What a bulk edit changed. */
  public record Bulk(int updated, List<ItemView> items) {}

  /** The items a lot was split into. */
  public record Split(UUID parentLotId, List<ItemView> items) {}

  /**
   * What a split would create, nothing written: the lot's cost and each piece's share of it,
   * component by component, for a person to check before confirming.
   */
  public record SplitPreview(
      UUID parentLotId, String itemName, BigDecimal totalCost, List<PieceCost> items) {

    static SplitPreview of(Item lot, List<ItemStore.PlannedPiece> planned) {
      return new SplitPreview(
          lot.lotId(),
          lot.itemName(),
          lot.totalCost(),
          planned.stream().map(PieceCost::of).toList());
    }
  }

  /** One piece of a split and the part of each of the lot's costs it takes. */
  public record PieceCost(
      String itemName,
      BigDecimal estimatedValue,
      BigDecimal bidAmount,
      BigDecimal buyersPremium,
      BigDecimal salesTax,
      BigDecimal shippingCost,
      BigDecimal otherFees,
      BigDecimal totalCost) {

    static PieceCost of(ItemStore.PlannedPiece piece) {
      var c = piece.costs();
      return new PieceCost(
          piece.fields().itemName,
          piece.fields().estimatedValue,
          c.bid(),
          c.premium(),
          c.tax(),
          c.shipping(),
          c.other(),
          c.total());
    }
  }
}

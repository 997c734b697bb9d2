package app.resell.imports.control;

import app.resell.listings.control.ImportedSales;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The result of a sales import in its status report: how many lines were recorded, updated, found
 * recorded before or cancelled; the lines waiting for a person ({@code needs_match} with up to
 * three candidate items and their scores, {@code unmatched} without); the rejected lines; and the
 * sales recorded, with where their fees came from ({@code report} or {@code estimated} from the fee
 * schedule).
 */
public record SalesImportResult(
    String format,
    String platform,
    Integer totalLines,
    int processed,
    int recorded,
    int updated,
    int duplicates,
    int cancelled,
    int rejected,
    int skipped,
    @Schema(
            description =
                "Lines waiting for a person to choose among up to 3 candidate items (POST"
                    + " /import/sales/{job_id}/matches); each candidate with its cost and the"
                    + " thumbnail_url of its first photo")
        List<SalesImportLines.Reported> needsMatch,
    List<SalesImportLines.Reported> unmatched,
    List<Sale> sales,
    List<ImportReport.Rejected> rejectedLines) {

  /** A sale the import recorded. {@code soldPrice} is per unit, as on a sale typed in. */
  public record Sale(
      UUID saleId,
      UUID lotId,
      String itemName,
      UUID listingId,
      String platform,
      String orderId,
      String lineId,
      BigDecimal soldPrice,
      int quantity,
      BigDecimal shippingPaid,
      BigDecimal actualShipping,
      BigDecimal platformFees,
      String feesSource,
      BigDecimal salesTaxCollected,
      BigDecimal refundAmount,
      String currency) {

    static Sale of(ImportedSales.Recorded r) {
      var s = r.sale();
      return new Sale(
          s.id(),
          s.lotId(),
          r.itemName(),
          s.listingId(),
          s.platform(),
          r.orderId(),
          r.lineId(),
          s.unitPrice(),
          s.quantity(),
          s.shippingPaid(),
          s.actualShipping(),
          s.platformFees(),
          s.feesComputed() ? "estimated" : "report",
          s.salesTaxCollected(),
          s.refundAmount(),
          r.currency());
    }
  }
}

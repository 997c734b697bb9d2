package app.resell.imports.control;

import app.resell.imports.control.batch.ImportItem;
import app.resell.listings.control.ListingRows;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import answers, while it runs, when it is done, and for a dry run (then nothing was
 * written: {@code job_id} is null and the items carry no {@code lot_id}). Invoices add their header
 * and the check of their lines against the printed totals; sheets add how columns were read. The
 * {@code result} of a sales report is a {@link SalesImportResult}, of anything else a {@link
 * Result}. A scanned invoice read by OCR adds {@code ocr}: its lines as read, with their
 * confidence, waiting for the user's confirmation ({@link OcrReview}).
 */
public record ImportReport(
    UUID jobId,
    String kind,
    String status,
    int progress,
    boolean dryRun,
    String fileName,
    Long executionId,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime completedAt,
    Failure error,
    Map<String, Object> layout,
    JsonObject invoice,
    JsonObject totalsCheck,
    @Schema(
            description = "A sales report's is a SalesImportResult, any other import's a Result",
            oneOf = {Result.class, SalesImportResult.class})
        Object result,
    JsonObject ocr) {

  /** A dry run that could not read its file: nothing would be imported, and why. */
  public static ImportReport failedPreview(String kind, String fileName, Failure failure) {
    return new ImportReport(
        null,
        kind,
        "failed",
        0,
        true,
        fileName,
        null,
        null,
        null,
        null,
        failure,
        null,
        null,
        null,
        new Result(0, 0, 0, 0, null, null, List.of(), List.of(), null),
        null);
  }

  /** Why an import failed, with a machine code (not_spreadsheet, zip_bomb, encrypted, ...). */
  public record Failure(String code, String message) {}

  /** The counts and lines of an import. {@code items} is one page of the created items. */
  public record Result(
      int processed,
      int imported,
      int rejected,
      int skipped,
      Integer totalLines,
      BigDecimal totalsDifference,
      List<Item> items,
      List<Rejected> rejectedLines,
      Existing existing) {}

  /**
   * A sheet's rows that were items already (by lot id or SKU): what the import did, or would do,
   * with them ({@code on_existing} skip or update), counted by outcome and listed (the first
   * 1,000). Null where no row was an item already.
   */
  public record Existing(
      String onExisting,
      int matched,
      int updated,
      int unchanged,
      int skipped,
      List<ExistingRow> rows) {

    /** From the job's result JSON, as the writer kept it. */
    static Existing of(JsonObject kept) {
      if (kept == null) return null;
      int updated = kept.getInt("updated", 0);
      int unchanged = kept.getInt("unchanged", 0);
      int skipped = kept.getInt("skipped", 0);
      List<ExistingRow> rows = new ArrayList<>();
      for (JsonObject r : kept.getJsonArray("rows").getValuesAs(JsonObject.class)) {
        rows.add(
            new ExistingRow(
                r.getInt("line"),
                UUID.fromString(r.getString("lot_id")),
                r.getString("item_name"),
                r.getString("outcome")));
      }
      return new Existing(
          kept.getString("on_existing"),
          updated + unchanged + skipped,
          updated,
          unchanged,
          skipped,
          rows);
    }
  }

  /** A row that was an item already: {@code outcome} updated, unchanged or skipped. */
  public record ExistingRow(int line, UUID lotId, String itemName, String outcome) {}

  /**
   * An item the import created (or would create), with the whole of its cost under the inventory's
   * own names: hammer ({@code bid_amount}), premium, tax, shipping, other fees, their sum ({@code
   * total_cost}) and the landed cost of one unit ({@code cost_per_item}). {@code ocr_confidence}
   * (0-1) only for a line OCR read from a scan.
   */
  public record Item(
      UUID lotId,
      int sourceRow,
      String lotNumber,
      String itemName,
      String category,
      String condition,
      boolean needsReview,
      int quantity,
      BigDecimal bidAmount,
      BigDecimal buyersPremium,
      BigDecimal salesTax,
      BigDecimal shippingCost,
      BigDecimal otherFees,
      BigDecimal totalCost,
      BigDecimal costPerItem,
      Double ocrConfidence,
      List<Listing> listings) {

    /** An item a dry run would create, as the database would cost it. */
    public static Item preview(ImportItem i, Double ocrConfidence) {
      BigDecimal cost = totalCost(i);
      return new Item(
          null,
          i.sourceLine(),
          i.lotNumber(),
          i.itemName(),
          i.category().value(),
          i.condition().value(),
          i.needsReview(),
          i.quantity(),
          i.bidAmount(),
          i.buyersPremium(),
          i.salesTax(),
          i.shippingCost(),
          i.otherFees(),
          cost,
          costPerItem(cost, i.quantity()),
          ocrConfidence,
          i.listings().stream()
              .map(
                  l ->
                      new Listing(
                          l.platform().value(),
                          ListingRows.status(l),
                          l.listPrice(),
                          l.soldPrice()))
              .toList());
    }

    /** Hammer + premium + tax + shipping + other fees, as the inventory's generated column. */
    public static BigDecimal totalCost(ImportItem i) {
      return i.bidAmount()
          .add(i.buyersPremium())
          .add(i.salesTax())
          .add(i.shippingCost())
          .add(i.otherFees());
    }

    /** The landed cost of one unit, rounded as the inventory's generated column rounds it. */
    public static BigDecimal costPerItem(BigDecimal total, int quantity) {
      return total.divide(BigDecimal.valueOf(Math.max(1, quantity)), 2, RoundingMode.HALF_UP);
    }
  }

  /** A listing an imported item came with. */
  public record Listing(
      String platform, String status, BigDecimal listPrice, BigDecimal soldPrice) {}

  /** A line that could not become an item, and why. */
  public record Rejected(int line, int row, String rawText, String reason) {}
}

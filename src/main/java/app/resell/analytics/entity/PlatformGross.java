package app.resell.analytics.entity;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The 1099-K check of one platform for a tax year: the gross its own sales reports told (what the
 * buyers paid: item amounts, buyer-paid shipping and the tax the marketplace collected, before
 * refunds, as a 1099-K counts it) next to the sales the books recorded for it, and the difference
 * explained. {@code difference = marketplace_tax + buyer_shipping + refunds + unexplained}; the
 * unexplained part is the item amounts the reports told less those the books recorded (a line not
 * matched yet, a sale typed in by hand, a report not imported).
 */
public record PlatformGross(
    String platform,
    @Schema(
            description =
                "Sale lines of the platform's imported reports sold in the year, each once")
        long reportedLines,
    @Schema(description = "What the buyers paid per the reports: items + shipping + tax")
        BigDecimal reportedGross,
    @Schema(description = "Sales recorded for the platform, sold in the year") long salesCount,
    @Schema(description = "Item amounts of those sales less their refunds")
        BigDecimal recordedSales,
    @Schema(description = "reported_gross - recorded_sales") BigDecimal difference,
    @Schema(description = "Sales tax the marketplace collected, per the reports")
        BigDecimal marketplaceTax,
    @Schema(description = "Shipping the buyers paid, per the reports") BigDecimal buyerShipping,
    @Schema(description = "Refunds of the sales recorded") BigDecimal refunds,
    @Schema(description = "difference - marketplace_tax - buyer_shipping - refunds")
        BigDecimal unexplained) {

  public static PlatformGross of(
      String platform,
      long reportedLines,
      BigDecimal reportedItems,
      BigDecimal buyerShipping,
      BigDecimal marketplaceTax,
      long salesCount,
      BigDecimal recordedItems,
      BigDecimal refunds) {
    BigDecimal reported = reportedItems.add(buyerShipping).add(marketplaceTax);
    BigDecimal recorded = recordedItems.subtract(refunds);
    BigDecimal difference = reported.subtract(recorded);
    return new PlatformGross(
        platform,
        reportedLines,
        reported,
        salesCount,
        recorded,
        difference,
        marketplaceTax,
        buyerShipping,
        refunds,
        difference.subtract(marketplaceTax).subtract(buyerShipping).subtract(refunds));
  }

  /** The check as labelled amounts, for CSV and PDF. */
  public java.util.List<TaxYear.Line> lines() {
    String line = "1099-K " + platform;
    return java.util.List.of(
        new TaxYear.Line(line, "Gross per the platform's reports", reportedGross),
        new TaxYear.Line(line, "Sales recorded (items less refunds)", recordedSales),
        new TaxYear.Line(line, "Difference", difference),
        new TaxYear.Line(line, "of which marketplace-collected tax", marketplaceTax),
        new TaxYear.Line(line, "of which buyer-paid shipping", buyerShipping),
        new TaxYear.Line(line, "of which refunds", refunds),
        new TaxYear.Line(line, "of which unexplained", unexplained));
  }
}

package app.resell.money.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one platform charges a seller for one sale, as data an administrator can read and edit
 * ({@code GET/PUT /fee-schedules}). Only strings, numbers, dates and lists, so it maps to JSON
 * without adapters; {@code FeeSchedules} validates it and names the offending field.
 *
 * <p>Costs that are not per sale (eBay Store or Shopify subscriptions, Ruby Lane's monthly
 * maintenance fee, booth rent) are deliberately absent: they belong to overhead, not to the profit
 * of one item. See docs/MONEY.md.
 *
 * @param platform the platform's wire spelling, e.g. {@code ebay}
 * @param plan which seller plan these figures are for, e.g. "no Store subscription"
 * @param source where the figures were published (URL or description)
 * @param checkedOn the day the figures were last compared with the source
 * @param verified {@code false} when a figure could not be confirmed on a published page that day
 * @param notes anything a reader needs to trust or adjust the figures
 * @param commission the commission groups; exactly one is named {@code default}
 * @param perOrder a fixed per-order fee by order total, or {@code null}
 * @param perItemFee a fixed fee per unit sold (Amazon individual plan $0.99), or {@code null}
 * @param listingFeePerItem a listing fee per unit sold (Etsy $0.20), or {@code null}
 * @param processing a payment processing fee, or {@code null}
 */
public record FeeSchedule(
    String platform,
    String plan,
    String source,
    LocalDate checkedOn,
    boolean verified,
    String notes,
    List<CommissionGroup> commission,
    PerOrderFee perOrder,
    BigDecimal perItemFee,
    BigDecimal listingFeePerItem,
    ProcessingFee processing) {

  public FeeSchedule {
    commission =
        commission == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(commission));
  }
}

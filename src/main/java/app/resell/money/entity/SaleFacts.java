package app.resell.money.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happened in one sale, as the profit calculation needs it.
 *
 * @param soldPrice the price of one unit
 * @param quantity units sold in this sale
 * @param shippingCharged what the buyer paid for shipping, or {@code null} for none
 * @param platformFees all platform fees of the sale (usually {@link FeeBreakdown#total()})
 * @param actualShippingCost what the seller paid for postage and packing, or {@code null}
 * @param itemCost the landed cost of the whole item, all its units together
 * @param itemQuantity how many units the item had when bought
 * @param unitsSoldBefore units of the item sold in earlier sales
 * @param acquiredOn when the item was bought, or {@code null}
 * @param listedOn when it was first listed, or {@code null}
 * @param soldOn when it sold, or {@code null}
 */
public record SaleFacts(
    BigDecimal soldPrice,
    int quantity,
    BigDecimal shippingCharged,
    BigDecimal platformFees,
    BigDecimal actualShippingCost,
    BigDecimal itemCost,
    int itemQuantity,
    int unitsSoldBefore,
    LocalDate acquiredOn,
    LocalDate listedOn,
    LocalDate soldOn) {}

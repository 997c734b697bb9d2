package app.resell.money.entity;

import java.math.BigDecimal;

/**
 * What one sale really made. Money at scale 2; percentages rounded half-up to two decimals.
 *
 * @param revenue sold price times quantity plus shipping charged
 * @param netProceeds revenue minus platform fees minus actual shipping
 * @param landedCost the landed cost of the units sold
 * @param netProfit net proceeds minus landed cost
 * @param roiPercent net profit / landed cost x 100, or {@code null} when the cost is zero
 * @param marginPercent net profit / revenue x 100, or {@code null} when the revenue is zero
 * @param daysToSell days from acquisition to sale, or {@code null} when a date is missing
 * @param daysListed days from first listing to sale, or {@code null} when a date is missing
 */
public record SaleProfit(
    BigDecimal revenue,
    BigDecimal netProceeds,
    BigDecimal landedCost,
    BigDecimal netProfit,
    BigDecimal roiPercent,
    BigDecimal marginPercent,
    Long daysToSell,
    Long daysListed) {}
